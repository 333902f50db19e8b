package org.minewatch.checklist.ui.list;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.minewatch.app.api.ShellContract;
import org.minewatch.checklist.InspectionFilter;
import org.minewatch.checklist.InspectionScope;
import org.minewatch.checklist.ui.ChecklistParts;
import org.minewatch.checklist.ui.Checklists;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.StoreException;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.people.Person;
import org.minewatch.ui.Columns;
import org.minewatch.ui.Editors;
import org.minewatch.ui.Layouts;
import org.minewatch.ui.RegistryAccess;

/**
 * The inspections the acting person sees (their mine's, their group's, their agency's area's:
 * {@link InspectionScope}), filtered by kind, status (with the self-inspections awaiting review first on offer),
 * part of the mine's name and the period they were planned to start in; 100 rows a page from the store's index
 * rows. Enter opens the runner; an inspection is planned here, and exported to or imported from an exchange
 * package for offline field work.
 */
public class InspectionsPart {

	static final int PAGE_SIZE = 100;
	private static final int FILTER_DELAY = 300;

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
	private Combo kind;
	private Combo status;
	private Text mineName;
	private Text from;
	private Text to;
	private Label summary;
	private TableViewer table;
	private Button more;
	private final List<InspectionRow> rows = new ArrayList<>();
	private PageRequest next;
	private int generation;
	private int typing;
	private boolean settled;

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

		summary = name(new Label(parent, SWT.NONE), ChecklistKeys.LIST_SUMMARY);
		summary.setText(Messages.list_waiting);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		name(table.getTable(), ChecklistKeys.LIST_TABLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		Columns.add(table, InspectionRow.class, Messages.list_mine, 260, InspectionRow::mineName);
		Columns.add(table, InspectionRow.class, Messages.list_kind, 120, row -> ChecklistText.kind(row.kind()));
		Columns.add(table, InspectionRow.class, Messages.list_status, 90, row -> ChecklistText.status(row.status()));
		Columns.add(table, InspectionRow.class, Messages.list_plannedStart, 110, row -> ChecklistText.date(row.plannedStart()));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addOpenListener(e -> open(selected()));

		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(buttons);
		more = button(buttons, Messages.list_more, ChecklistKeys.LIST_MORE, () -> load(false));
		more.setEnabled(false);
		button(buttons, Messages.list_plan, ChecklistKeys.LIST_PLAN, this::plan);
		button(buttons, Messages.list_open, null, () -> open(selected()));
		button(buttons, Messages.list_export, ChecklistKeys.LIST_EXPORT, () -> {
			InspectionRow row = selected();
			if (row != null && ready()) {
				PackageTransfer.export(parent.getShell(), access, checklists, row.id(), row.mineName(), this::status);
			}
		});
		button(buttons, Messages.list_import, ChecklistKeys.LIST_IMPORT, () -> {
			if (ready()) {
				PackageTransfer.importPackage(parent.getShell(), access, checklists, (message, inspectionId) -> {
					status(message);
					events.post(PackageTransfer.IMPORTED_TOPIC, inspectionId);
					load(true);
				});
			}
		});
		if (access != null) {
			load(true);
		}
	}

	@Inject
	@Optional
	void registryReady(RegistryAccess ready) {
		this.access = ready;
		if (parent != null && !parent.isDisposed()) {
			load(true);
		}
	}

	@Inject
	@Optional
	void checklistsReady(Checklists ready) {
		this.checklists = ready;
	}

	private boolean ready() {
		if (access == null || checklists == null) {
			status(Messages.checklists_notReady);
			return false;
		}
		return true;
	}

	private Combo combo(Composite filters, String label, String key) {
		new Label(filters, SWT.NONE).setText(label);
		Combo combo = name(new Combo(filters, SWT.READ_ONLY), key);
		combo.addListener(SWT.Selection, e -> load(true));
		return combo;
	}

	private Text text(Composite filters, String label, String key, int width) {
		new Label(filters, SWT.NONE).setText(label);
		Text text = name(new Text(filters, SWT.BORDER | SWT.SEARCH), key);
		GridDataFactory.fillDefaults().grab(width > 100, false).hint(width, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> {
			int pause = ++typing;
			parent.getDisplay().timerExec(FILTER_DELAY, () -> {
				if (pause == typing && !parent.isDisposed()) {
					load(true);
				}
			});
		});
		return text;
	}

	private Button button(Composite buttons, String label, String key, Runnable action) {
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
			summary.setText(NLS.bind(Messages.list_badDate, e.getParsedString()));
			return null;
		}
	}

	/** Loads the first page of the current filter or the next page, in a background job. */
	private void load(boolean first) {
		if (access == null || parent.isDisposed()) {
			return;
		}
		InspectionFilter filter = readFilter();
		PageRequest request = first ? PageRequest.first(PAGE_SIZE) : next;
		if (filter == null || request == null) {
			return;
		}
		int loading = ++generation;
		RegistryAccess current = access;
		more.setEnabled(false);
		if (first) {
			summary.setText(Messages.list_loading);
		}
		org.eclipse.swt.widgets.Display display = parent.getDisplay(); // taken here: the part may be closed before the job ends
		Job job = Job.create(Messages.list_loadingJob, monitor -> {
			try {
				Page<InspectionRow> page = current.registry().store().read(current.actor(), s -> {
					InspectionScope scope = s.find(Person.class, current.actor().personId()).map(p -> InspectionScope.of(s, p)).orElse(InspectionScope.NOWHERE);
					Page<org.minewatch.core.IndexRow> found = s.rows(filter.query(scope), request);
					return new Page<>(found.items().stream().map(InspectionRow::of).toList(), found.next());
				});
				display.asyncExec(() -> show(loading, first, page));
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

	private void show(int loading, boolean first, Page<InspectionRow> page) {
		if (table.getControl().isDisposed() || loading != generation) {
			return;
		}
		if (!settled) {
			settled = true;
			Layouts.settle(parent, table.getControl()); // the first rows shown
		}
		if (first) {
			rows.clear();
		}
		rows.addAll(page.items());
		next = page.next();
		table.setInput(rows.toArray());
		more.setEnabled(next != null);
		summary.setText(NLS.bind(next == null ? Messages.list_summary : Messages.list_summaryMore, rows.size()));
	}

	private InspectionRow selected() {
		return table.getStructuredSelection().getFirstElement() instanceof InspectionRow row ? row : null;
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
		PlanDialog dialog = new PlanDialog(parent.getShell(), access, checklists);
		if (dialog.open() == Window.OK) {
			Inspection planned = dialog.planned();
			status(NLS.bind(Messages.plan_done, planned.getMine().getName()));
			load(true);
			Editors.open(parts, models, application, ChecklistParts.RUNNER, planned.getId(), planned.getMine().getName());
		}
	}

	private void status(String message) {
		events.post(ShellContract.STATUS_TOPIC, message);
	}

	/** The rows shown (for tests). */
	public List<InspectionRow> rows() {
		return List.copyOf(rows);
	}

	@Focus
	public void focus() {
		table.getControl().setFocus();
	}
}
