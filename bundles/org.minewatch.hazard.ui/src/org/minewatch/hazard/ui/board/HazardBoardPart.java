package org.minewatch.hazard.ui.board;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.LocalDate;
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
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.minewatch.app.api.ShellContract;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.StoreException;
import org.minewatch.hazard.ui.HazardParts;
import org.minewatch.hazard.ui.board.BoardFilter.Deadline;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.hazard.ui.internal.AreaChoice;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.time.Zones;
import org.minewatch.ui.Editors;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.RegistryAccess;
import org.minewatch.ui.Trace;

/**
 * The hazard board (隐患看板): the hazards of an area in a table, filtered by county, mine name, grade,
 * state and deadline (overdue; due this week, the daily digest), sorted by a column; 100 rows a page from the
 * store's index rows, read in background jobs. Enter or a double click opens a hazard; the ledger (台账) of
 * what the board shows is exported to XLSX.
 */
public class HazardBoardPart {

	/** The tracing option that logs what the board loaded. */
	public static final String TRACE = "org.minewatch.hazard.ui/debug/board"; //$NON-NLS-1$
	static final int PAGE_SIZE = 100;
	/** Typing pauses this long (ms) before the mine-name filter runs. */
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
	private Composite parent;
	private Combo province;
	private Combo county;
	private Text mineName;
	private Combo grade;
	private Combo state;
	private Combo deadline;
	private Label summary;
	private TableViewer table;
	private Button more;
	private Button export;
	private AreaChoice area;
	private List<Jurisdiction> counties = List.of();
	private final List<BoardRow> rows = new ArrayList<>();
	private final BoardRow.Agencies agencies = new BoardRow.Agencies();
	private BoardFilter filter = BoardFilter.initial();
	private PageRequest next;
	private long total;
	/** Counts the loads, so that the answer to an older filter is dropped. */
	private int generation;
	/** Counts keystrokes in the mine-name filter, so that it runs once typing pauses. */
	private int typing;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		province = combo(filters, Messages.board_province, HazardKeys.BOARD_PROVINCE);
		area = new AreaChoice(province);
		county = combo(filters, Messages.board_county, HazardKeys.BOARD_COUNTY);
		new Label(filters, SWT.NONE).setText(Messages.board_mineName);
		mineName = name(new Text(filters, SWT.BORDER | SWT.SEARCH), HazardKeys.BOARD_MINE);
		mineName.setMessage(Messages.board_mineHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(140, SWT.DEFAULT).applyTo(mineName);
		grade = combo(filters, ModelText.feature(org.minewatch.model.hazard.HazardPackage.Literals.HAZARD__GRADE), HazardKeys.BOARD_GRADE);
		state = combo(filters, ModelText.feature(org.minewatch.model.hazard.HazardPackage.Literals.HAZARD__STATE), HazardKeys.BOARD_STATE);
		deadline = combo(filters, Messages.board_deadline, HazardKeys.BOARD_DEADLINE);
		export = name(new Button(filters, SWT.PUSH), HazardKeys.BOARD_EXPORT);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(export);
		export.setText(Messages.board_export);
		export.addListener(SWT.Selection, e -> exportLedger());
		fillChoices();

		summary = name(new Label(parent, SWT.NONE), HazardKeys.BOARD_SUMMARY);
		summary.setText(Messages.board_waiting);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		name(table.getTable(), HazardKeys.BOARD_TABLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		createColumns();
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		table.addOpenListener(e -> {
			if (table.getStructuredSelection().getFirstElement() instanceof BoardRow row) {
				Editors.open(parts, models, application, HazardParts.EDITOR, row.id(), row.number());
			}
		});
		more = name(new Button(parent, SWT.PUSH), HazardKeys.BOARD_MORE);
		more.setText(Messages.board_more);
		more.setEnabled(false);
		more.addListener(SWT.Selection, e -> load(false));
		if (access != null) {
			start();
		}
	}

	@Inject
	@Optional
	void registryReady(RegistryAccess ready) {
		this.access = ready;
		if (parent != null && !parent.isDisposed()) {
			start();
		}
	}

	private void start() {
		area.fill(access);
		county.removeAll();
		county.add(Messages.board_allCounties);
		county.select(0);
		load(true);
	}

	private Combo combo(Composite filters, String label, String key) {
		new Label(filters, SWT.NONE).setText(label);
		Combo combo = name(new Combo(filters, SWT.READ_ONLY), key);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.addListener(SWT.Selection, e -> filterChanged(combo));
		return combo;
	}

	private void fillChoices() {
		grade.add(Messages.board_allGrades);
		HazardGrade.VALUES.forEach(g -> grade.add(HazardText.grade(g)));
		grade.select(0);
		state.add(Messages.board_notClosed);
		state.add(Messages.board_allStates);
		HazardState.VALUES.forEach(s -> state.add(HazardText.state(s)));
		state.select(0);
		deadline.add(Messages.board_anyDeadline);
		deadline.add(Messages.board_overdue);
		deadline.add(Messages.board_dueThisWeek);
		deadline.select(0);
		mineName.addListener(SWT.Modify, e -> {
			int pause = ++typing;
			parent.getDisplay().timerExec(FILTER_DELAY, () -> {
				if (pause == typing && !parent.isDisposed()) {
					filterChanged(mineName);
				}
			});
		});
	}

	private void createColumns() {
		column(Messages.board_number, 115, null, BoardRow::number);
		column(ModelText.feature(org.minewatch.model.hazard.HazardPackage.Literals.HAZARD__MINE), 150, "mineName", BoardRow::mineName); //$NON-NLS-1$
		column(ModelText.feature(org.minewatch.model.hazard.HazardPackage.Literals.HAZARD__DESCRIPTION), 260, null,
				row -> row.repeat() ? Messages.board_repeatMark + row.description() : row.description());
		column(ModelText.feature(org.minewatch.model.hazard.HazardPackage.Literals.HAZARD__GRADE), 95, "grade", row -> HazardText.grade(row.grade())); //$NON-NLS-1$
		column(ModelText.feature(org.minewatch.model.hazard.HazardPackage.Literals.HAZARD__STATE), 60, "state", row -> HazardText.state(row.state())); //$NON-NLS-1$
		column(Messages.board_deadlineColumn, 90, "deadline", row -> HazardText.date(row.deadline())); //$NON-NLS-1$
		column(Messages.board_daysOverdue, 65, null, row -> row.daysOverdue() == 0 ? "" : Long.toString(row.daysOverdue())); //$NON-NLS-1$
		column(Messages.board_escalatedTo, 330, null, BoardRow::escalatedTo);
		column(ModelText.feature(org.minewatch.model.hazard.HazardPackage.Literals.HAZARD__FOUND_AT), 130, "foundAt", row -> HazardText.time(row.foundAt())); //$NON-NLS-1$
	}

	private void column(String title, int width, String sortField, java.util.function.Function<BoardRow, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		Color overdue = new Color(180, 0, 0);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String shown = text.apply((BoardRow) element);
				return shown == null ? "" : shown; //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				return ((BoardRow) element).daysOverdue() > 0 ? overdue : null;
			}
		});
		if (sortField != null) {
			column.getColumn().setToolTipText(Messages.board_sortHint);
			column.getColumn().addListener(SWT.Selection, e -> {
				table.getTable().setSortColumn(column.getColumn());
				table.getTable().setSortDirection(SWT.UP);
				filter = filter.withOrder(sortField);
				load(true);
			});
			if (sortField.equals(filter.orderBy())) {
				table.getTable().setSortColumn(column.getColumn());
				table.getTable().setSortDirection(SWT.UP);
			}
		}
	}

	private void filterChanged(Object source) {
		if (access == null) {
			return;
		}
		if (source == province) {
			counties = area.province() == null ? List.of() : access.registry().counties(area.province());
			county.removeAll();
			county.add(Messages.board_allCounties);
			counties.forEach(c -> county.add(ModelText.division(c)));
			county.select(0);
		}
		filter = readFilter();
		load(true);
	}

	private BoardFilter readFilter() {
		int c = county.getSelectionIndex();
		int g = grade.getSelectionIndex();
		int s = state.getSelectionIndex();
		Set<HazardState> states = switch (s) {
		case 0 -> BoardFilter.NOT_CLOSED;
		case 1 -> EnumSet.allOf(HazardState.class);
		default -> EnumSet.of(HazardState.VALUES.get(s - 2));
		};
		return new BoardFilter(area.province() == null ? null : area.province().getCode(), c <= 0 ? null : counties.get(c - 1).getCode(), mineName.getText(),
				g <= 0 ? null : HazardGrade.VALUES.get(g - 1), states, Deadline.values()[Math.max(0, deadline.getSelectionIndex())], filter.orderBy());
	}

	private LocalDate today() {
		return LocalDate.now(access.registry().store().clock().withZone(Zones.CHINA));
	}

	/** Loads the first page of the current filter (with the count) or the next page, in a background job. */
	private void load(boolean first) {
		int loading = ++generation;
		BoardFilter asked = filter;
		PageRequest request = first ? PageRequest.first(PAGE_SIZE) : next;
		if (request == null) {
			return;
		}
		LocalDate today = today();
		RegistryAccess current = access;
		more.setEnabled(false);
		if (first) {
			summary.setText(Messages.board_loading);
		}
		Job job = Job.create(Messages.board_loadingJob, monitor -> {
			try {
				record Loaded(Page<BoardRow> page, long total) {
				}
				Loaded loaded = current.registry().store().read(current.actor(),
						s -> new Loaded(BoardRow.page(s, asked, request, today, agencies), first ? BoardRow.count(s, asked, today) : -1));
				parent.getDisplay().asyncExec(() -> show(loading, first, loaded.page(), loaded.total()));
				return Status.OK_STATUS;
			} catch (StoreException e) {
				parent.getDisplay().asyncExec(() -> {
					if (!summary.isDisposed()) {
						summary.setText(NLS.bind(Messages.board_failed, e.getMessage()));
					}
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private void show(int loading, boolean first, Page<BoardRow> page, long counted) {
		if (table.getControl().isDisposed() || loading != generation) {
			return; // a newer filter was asked for meanwhile
		}
		if (first) {
			rows.clear();
			total = counted;
		}
		rows.addAll(page.items());
		next = page.next();
		table.setInput(rows.toArray());
		more.setEnabled(next != null);
		summary.setText(NLS.bind(Messages.board_summary, total, rows.size()));
		export.setEnabled(total > 0);
		Trace.when(TRACE, "Board: showing " + rows.size() + " of " + total + " hazards"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Asks where to write the ledger of what the board shows, then writes it in the background. */
	public void exportLedger() {
		if (access != null) {
			LedgerExport.start(parent.getShell(), access, filter, today(), message -> events.post(ShellContract.STATUS_TOPIC, message));
		}
	}

	/** The rows shown (for tests). */
	public List<BoardRow> rows() {
		return List.copyOf(rows);
	}

	@Focus
	public void focus() {
		table.getControl().setFocus();
	}
}
