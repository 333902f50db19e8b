package org.minewatch.checklist.ui.templates;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.minewatch.checklist.TemplateLibrary;
import org.minewatch.checklist.ui.ChecklistParts;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.Page;
import org.minewatch.desk.Acting;
import org.minewatch.desk.ShellContract;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.ui.Editors;
import org.minewatch.ui.Labels;
import org.minewatch.ui.PagedTable;
import org.minewatch.ui.editors.RecordEditor;

/**
 * The checklist templates in the database, each edition a row (name, edition, origin, mine kinds, valid from,
 * starter or not). A bureau or province starts a template of its own, or a new edition of one, and edits it in
 * the template editor.
 */
public class TemplatesPart {

	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;
	@Inject
	private IEventBroker events;

	private TemplateLibrary templates;
	private Acting acting;
	private Composite parent;
	private PagedTable<ChecklistTemplate> table;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		table = new PagedTable<>(parent, ChecklistTemplate.class, 1, ChecklistKeys.TEMPLATES_SUMMARY, ChecklistKeys.TEMPLATES_TABLE);
		table.summary((shown, total, more) -> NLS.bind(Messages.templates_summary, shown), why -> NLS.bind(Messages.list_failed, why))
				.onOpen(this::open);
		table.say(Messages.templates_waiting);
		table.column(Messages.templates_name, 280, ChecklistTemplate::getName);
		table.column(Messages.templates_edition, 170, ChecklistTemplate::getEdition);
		table.column(Messages.templates_origin, 80, t -> ChecklistText.origin(t.getOrigin()));
		table.column(Messages.templates_kinds, 160, ChecklistText::kinds);
		table.column(Messages.templates_validFrom, 100, t -> ChecklistText.date(t.getValidFrom()));
		table.column(Messages.templates_items, 60, t -> String.valueOf(t.getSections().stream().mapToInt(s -> s.getItems().size()).sum()));
		table.column(Messages.templates_starter, 80, t -> t.isStarter() ? Messages.templates_starterMark : ""); //$NON-NLS-1$
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		button(buttons, Messages.templates_open, ChecklistKeys.TEMPLATES_OPEN, () -> open(table.selected()));
		button(buttons, Messages.templates_new, ChecklistKeys.TEMPLATES_NEW, this::newTemplate);
		button(buttons, Messages.templates_newEdition, ChecklistKeys.TEMPLATES_EDITION, this::newEdition);
		load();
	}

	/** The template library and the acting person arrive once the store is open. */
	@Inject
	void servicesReady(@Optional TemplateLibrary library, @Optional Acting person) {
		this.templates = library;
		this.acting = person;
		load();
	}

	/** A template saved in its editor shows its new name and items here. */
	@Inject
	@Optional
	void saved(@UIEventTopic(RecordEditor.SAVED_TOPIC) Object saved) {
		load();
	}

	private static void button(Composite buttons, String label, String key, Runnable action) {
		Button button = name(new Button(buttons, SWT.PUSH), key);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Reads every stored edition in the background: a few dozen, one page. */
	private void load() {
		if (parent == null || parent.isDisposed() || templates == null || acting == null) {
			return;
		}
		TemplateLibrary library = templates;
		org.minewatch.core.Actor actor = acting.actor();
		table.load(Messages.templates_loading, Messages.templates_loading, (request, first) -> {
			List<ChecklistTemplate> stored = library.stored(actor);
			return new PagedTable.Loaded<>(new Page<>(stored, null), stored.size());
		});
	}

	private void open(ChecklistTemplate template) {
		if (template != null) {
			Editors.open(parts, models, application, ChecklistParts.TEMPLATE, template.getId(), template.getName());
		}
	}

	private void newTemplate() {
		if (templates == null || acting == null) {
			return;
		}
		NewTemplateDialog dialog = new NewTemplateDialog(parent.getShell(), templates, acting.actor());
		if (dialog.open() == Window.OK && dialog.created() != null) {
			created(dialog.created());
		}
	}

	private void newEdition() {
		ChecklistTemplate template = table.selected();
		if (template == null || templates == null || acting == null) {
			return;
		}
		InputDialog edition = new InputDialog(parent.getShell(), Labels.plain(Messages.templates_newEdition),
				NLS.bind(Messages.templates_editionPrompt, template.getName(), template.getEdition()), "", //$NON-NLS-1$
				text -> text == null || text.isBlank() ? Messages.templates_editionPrompt2 : null);
		if (edition.open() != Window.OK) {
			return;
		}
		TemplateLibrary library = templates;
		org.minewatch.core.Actor actor = acting.actor();
		String named = edition.getValue();
		org.eclipse.swt.widgets.Display display = parent.getDisplay();
		Job job = Job.create(Labels.plain(Messages.templates_newEdition), monitor -> {
			try {
				ChecklistTemplate started = library.newEdition(actor, template.getId(), named, null, null);
				display.asyncExec(() -> {
					if (!parent.isDisposed()) {
						created(started);
					}
				});
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				ILog.of(TemplatesPart.class).info("New edition refused: " + e.logged()); //$NON-NLS-1$
				display.asyncExec(() -> MessageDialog.openError(parent.getShell(), Labels.plain(Messages.templates_newEdition), e.getMessage()));
				return Status.OK_STATUS;
			}
		});
		job.schedule();
	}

	private void created(ChecklistTemplate template) {
		events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.templates_created, ChecklistText.template(template)));
		load();
		open(template);
	}

	@Focus
	public void focus() {
		table.setFocus();
	}
}
