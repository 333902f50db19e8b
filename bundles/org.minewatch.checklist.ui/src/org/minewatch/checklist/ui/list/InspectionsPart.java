package org.minewatch.checklist.ui.list;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.minewatch.checklist.InspectionFilter;
import org.minewatch.checklist.InspectionPackages;
import org.minewatch.checklist.InspectionRow;
import org.minewatch.checklist.InspectionScope;
import org.minewatch.checklist.InspectionService;
import org.minewatch.checklist.TemplateLibrary;
import org.minewatch.checklist.ui.ChecklistParts;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.desk.Acting;
import org.minewatch.desk.ShellContract;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.ui.Debounce;
import org.minewatch.ui.Editors;
import org.minewatch.ui.PagedTable;

/**
 * The inspections the acting person sees (their mine's, their group's, their agency's area's:
 * {@link InspectionScope}), filtered by kind, status (with the self-inspections awaiting review first on offer),
 * part of the mine's name and the period they were planned to start in; 100 rows a page from the store's index
 * rows. Enter opens the runner; an inspection is planned here, and exported to or imported from an exchange
 * package for offline field work.
 */
public class InspectionsPart {

	static final int PAGE_SIZE = 100;

	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;
	@Inject
	private IEventBroker events;

	private InspectionService inspections;
	private InspectionPackages packages;
	private TemplateLibrary templates;
	private Acting acting;
	private java.time.Clock clock;
	private Composite parent;
	private Combo kind;
	private Combo status;
	private Text mineName;
	private Text from;
	private Text to;
	private PagedTable<InspectionRow> table;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(10).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		kind = combo(filters, Messages.list_kind, ChecklistKeys.LIST_KIND);
		kind.add(Messages.list_allKinds);
		InspectionKind.VALUES.forEach(k -> kind.add(ChecklistText.kind(k)));
		kind.select(0);
		status = combo(filters, Messages.list_status, ChecklistKeys.LIST_STATUS);
		status.add(Messages.list_allStatuses);
		status.add(Messages.list_awaitingReview);
		InspectionStatus.VALUES.forEach(s -> status.add(ChecklistText.status(s)));
		status.select(0);
		mineName = text(filters, Messages.list_mine, ChecklistKeys.LIST_MINE, 140);
		mineName.setMessage(Messages.list_mineHint);
		from = text(filters, Messages.list_from, ChecklistKeys.LIST_FROM, 90);
		to = text(filters, Messages.list_to, ChecklistKeys.LIST_TO, 90);
		from.setMessage(Messages.list_dateHint);
		to.setMessage(Messages.list_dateHint);

		table = new PagedTable<>(parent, InspectionRow.class, PAGE_SIZE, ChecklistKeys.LIST_SUMMARY, ChecklistKeys.LIST_TABLE);
		table.summary((shown, total, more) -> NLS.bind(more ? Messages.list_summaryMore : Messages.list_summary, shown),
				why -> NLS.bind(Messages.list_failed, why)).onOpen(this::open);
		table.say(Messages.list_waiting);
		table.column(Messages.list_mine, 260, InspectionRow::mineName);
		table.column(Messages.list_kind, 360, row -> ChecklistText.kind(row));
		table.column(Messages.list_status, 90, row -> ChecklistText.status(row.status()));
		table.column(Messages.list_plannedStart, 110, row -> ChecklistText.date(row.plannedStart()));

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
		table.moreButton(buttons, Messages.list_more, ChecklistKeys.LIST_MORE);
		button(buttons, Messages.list_plan, ChecklistKeys.LIST_PLAN, this::plan);
		button(buttons, Messages.list_open, null, () -> open(table.selected()));
		button(buttons, Messages.list_export, ChecklistKeys.LIST_EXPORT, () -> {
			InspectionRow row = table.selected();
			if (row != null && ready()) {
				PackageTransfer.export(parent.getShell(), packages, acting.actor(), row.id(), row.mineName(), this::status);
			}
		});
		button(buttons, Messages.list_import, ChecklistKeys.LIST_IMPORT, () -> {
			if (ready()) {
				PackageTransfer.importPackage(parent.getShell(), packages, acting.actor(), (message, inspectionId) -> {
					status(message);
					events.post(PackageTransfer.IMPORTED_TOPIC, inspectionId);
					load();
				});
			}
		});
		load();
	}

	/** The services and the acting person arrive once the store is open; another person acting sees other inspections. */
	@Inject
	void servicesReady(@Optional InspectionService inspectionService, @Optional InspectionPackages packageService, @Optional TemplateLibrary library,
			@Optional Acting person, @Optional java.time.Clock time) {
		this.inspections = inspectionService;
		this.packages = packageService;
		this.templates = library;
		this.acting = person;
		this.clock = time;
		load();
	}

	private boolean ready() {
		if (inspections == null || packages == null || templates == null || acting == null || clock == null) {
			status(Messages.checklists_notReady);
			return false;
		}
		return true;
	}

	private Combo combo(Composite filters, String label, String key) {
		new Label(filters, SWT.NONE).setText(label);
		Combo combo = name(new Combo(filters, SWT.READ_ONLY), key);
		combo.addListener(SWT.Selection, e -> load());
		return combo;
	}

	private Text text(Composite filters, String label, String key, int width) {
		new Label(filters, SWT.NONE).setText(label);
		Text text = name(new Text(filters, SWT.BORDER | SWT.SEARCH), key);
		GridDataFactory.fillDefaults().grab(width > 100, false).hint(width, SWT.DEFAULT).applyTo(text);
		Debounce.onModify(text, this::load);
		return text;
	}

	private static Button button(Composite buttons, String label, String key, Runnable action) {
		Button button = new Button(buttons, SWT.PUSH);
		if (key != null) {
			name(button, key);
		}
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** The filter as typed; null (with the reason shown) when a date cannot be read. */
	private InspectionFilter readFilter() {
		int k = kind.getSelectionIndex();
		int s = status.getSelectionIndex();
		Set<InspectionStatus> statuses = switch (s) {
		case 0 -> EnumSet.allOf(InspectionStatus.class);
		case 1 -> EnumSet.of(InspectionStatus.SUBMITTED);
		default -> EnumSet.of(InspectionStatus.VALUES.get(s - 2));
		};
		InspectionKind chosen = s == 1 ? InspectionKind.SELF_INSPECTION : k <= 0 ? null : InspectionKind.VALUES.get(k - 1);
		try {
			LocalDate first = ChecklistText.parseDate(from.getText());
			LocalDate last = ChecklistText.parseDate(to.getText());
			return new InspectionFilter(chosen, statuses, mineName.getText(), first, last);
		} catch (DateTimeParseException e) {
			table.say(NLS.bind(Messages.list_badDate, e.getParsedString()));
			return null;
		}
	}

	/** Loads the first page of the current filter in a background job. */
	private void load() {
		if (parent == null || parent.isDisposed() || inspections == null || acting == null) {
			return;
		}
		InspectionFilter filter = readFilter();
		if (filter == null) {
			return;
		}
		InspectionService service = inspections;
		org.minewatch.core.Actor actor = acting.actor();
		table.load(Messages.list_loadingJob, Messages.list_loading, (request, first) -> new PagedTable.Loaded<>(service.list(actor, filter, request), -1));
	}

	private void open(InspectionRow row) {
		if (row != null) {
			Editors.open(parts, models, application, ChecklistParts.RUNNER, row.id(), row.mineName());
		}
	}

	private void plan() {
		if (!ready()) {
			return;
		}
		PlanDialog dialog = new PlanDialog(parent.getShell(), inspections, templates, acting.actor(), LocalDate.now(clock));
		if (dialog.open() == Window.OK && dialog.planned() != null) {
			Inspection planned = dialog.planned();
			status(NLS.bind(Messages.plan_done, dialog.mineName()));
			load();
			Editors.open(parts, models, application, ChecklistParts.RUNNER, planned.getId(), dialog.mineName());
		}
	}

	private void status(String message) {
		events.post(ShellContract.STATUS_TOPIC, message);
	}

	/** The rows shown (for tests). */
	public List<InspectionRow> rows() {
		return table.rows();
	}

	@Focus
	public void focus() {
		table.setFocus();
	}
}
