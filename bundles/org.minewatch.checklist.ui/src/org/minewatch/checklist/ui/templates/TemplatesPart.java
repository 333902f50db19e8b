package org.minewatch.checklist.ui.templates;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

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
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.minewatch.app.api.ShellContract;
import org.minewatch.checklist.InspectionException;
import org.minewatch.checklist.ui.ChecklistParts;
import org.minewatch.checklist.ui.Checklists;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.StoreException;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.ui.Columns;
import org.minewatch.ui.Editors;
import org.minewatch.ui.Labels;
import org.minewatch.ui.Layouts;
import org.minewatch.ui.RegistryAccess;
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

	private RegistryAccess access;
	private Checklists checklists;
	private Composite parent;
	private Label summary;
	private TableViewer table;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		summary.setText(Messages.templates_waiting);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		name(table.getTable(), ChecklistKeys.TEMPLATES_TABLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(table, ChecklistTemplate.class, Messages.templates_name, 280, ChecklistTemplate::getName);
		Columns.add(table, ChecklistTemplate.class, Messages.templates_edition, 170, ChecklistTemplate::getEdition);
		Columns.add(table, ChecklistTemplate.class, Messages.templates_origin, 80, t -> ChecklistText.origin(t.getOrigin()));
		Columns.add(table, ChecklistTemplate.class, Messages.templates_kinds, 160, ChecklistText::kinds);
		Columns.add(table, ChecklistTemplate.class, Messages.templates_validFrom, 100, t -> ChecklistText.date(t.getValidFrom()));
		Columns.add(table, ChecklistTemplate.class, Messages.templates_items, 60, t -> String.valueOf(t.getSections().stream().mapToInt(s -> s.getItems().size()).sum()));
		Columns.add(table, ChecklistTemplate.class, Messages.templates_starter, 80, t -> t.isStarter() ? Messages.templates_starterMark : ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addOpenListener(e -> open(selected()));
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		button(buttons, Messages.templates_open, ChecklistKeys.TEMPLATES_OPEN, () -> open(selected()));
		button(buttons, Messages.templates_new, ChecklistKeys.TEMPLATES_NEW, this::newTemplate);
		button(buttons, Messages.templates_newEdition, ChecklistKeys.TEMPLATES_EDITION, this::newEdition);
		load();
	}

	@Inject
	@Optional
	void registryReady(RegistryAccess ready) {
		this.access = ready;
		load();
	}

	@Inject
	@Optional
	void checklistsReady(Checklists ready) {
		this.checklists = ready;
		load();
	}

	/** A template saved in its editor shows its new name and items here. */
	@Inject
	@Optional
	void saved(@UIEventTopic(RecordEditor.SAVED_TOPIC) Object saved) {
		load();
	}

	private void button(Composite buttons, String label, String key, Runnable action) {
		Button button = name(new Button(buttons, SWT.PUSH), key);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void load() {
		if (parent == null || parent.isDisposed() || access == null || checklists == null) {
			return;
		}
		RegistryAccess current = access;
		org.eclipse.swt.widgets.Display display = parent.getDisplay(); // taken here: the part may be closed before the job ends
		Job job = Job.create(Messages.templates_loading, monitor -> {
			try {
				List<ChecklistTemplate> stored = checklists.templates().stored(current.actor());
				display.asyncExec(() -> {
					if (!table.getControl().isDisposed()) {
						boolean first = table.getInput() == null;
						table.setInput(stored.toArray());
						if (first) {
							Layouts.settle(parent, table.getControl());
						}
						summary.setText(NLS.bind(Messages.templates_summary, stored.size()));
					}
				});
				return Status.OK_STATUS;
			} catch (StoreException e) {
				display.asyncExec(() -> {
					if (!summary.isDisposed()) {
						summary.setText(NLS.bind(Messages.list_failed, e.getMessage()));
					}
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private ChecklistTemplate selected() {
		return table.getStructuredSelection().getFirstElement() instanceof ChecklistTemplate template ? template : null;
	}

	private void open(ChecklistTemplate template) {
		if (template != null) {
			Editors.open(parts, models, application, ChecklistParts.TEMPLATE, template.getId(), template.getName());
		}
	}

	private void newTemplate() {
		if (access == null || checklists == null) {
			return;
		}
		NewTemplateDialog dialog = new NewTemplateDialog(parent.getShell(), access, checklists);
		if (dialog.open() == Window.OK) {
			created(dialog.created());
		}
	}

	private void newEdition() {
		ChecklistTemplate template = selected();
		if (template == null || access == null || checklists == null) {
			return;
		}
		InputDialog edition = new InputDialog(parent.getShell(), Labels.plain(Messages.templates_newEdition),
				NLS.bind(Messages.templates_editionPrompt, template.getName(), template.getEdition()), "", //$NON-NLS-1$
				text -> text == null || text.isBlank() ? Messages.templates_editionPrompt2 : null);
		if (edition.open() != Window.OK) {
			return;
		}
		try {
			TemplateOrigin origin = template.getOrigin() == TemplateOrigin.NATIONAL || template.getOrigin() == TemplateOrigin.SUITE ? TemplateOrigin.PROVINCE : template.getOrigin();
			created(checklists.templates().newEdition(access.actor(), template.getId(), edition.getValue(), origin,
					java.time.LocalDate.now(access.registry().store().clock())));
		} catch (InspectionException | StoreException e) {
			MessageDialog.openError(parent.getShell(), Labels.plain(Messages.templates_newEdition), e.getMessage());
		}
	}

	private void created(ChecklistTemplate template) {
		events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.templates_created, ChecklistText.template(template)));
		load();
		open(template);
	}

	@Focus
	public void focus() {
		table.getControl().setFocus();
	}
}
