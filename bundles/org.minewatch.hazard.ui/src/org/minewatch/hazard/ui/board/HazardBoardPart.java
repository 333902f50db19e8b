package org.minewatch.hazard.ui.board;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.Clock;
import java.time.LocalDate;
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
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.minewatch.desk.Acting;
import org.minewatch.desk.ShellContract;
import org.minewatch.hazard.BoardFilter;
import org.minewatch.hazard.BoardFilter.Deadline;
import org.minewatch.hazard.BoardRow;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.ui.HazardParts;
import org.minewatch.hazard.ui.internal.AreaChoice;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage.Literals;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.registry.Registry;
import org.minewatch.ui.Debounce;
import org.minewatch.ui.Editors;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.PagedTable;
import org.minewatch.ui.Trace;

/**
 * The hazard board (隐患看板): the hazards of an area in a table, filtered by county, mine name, grade,
 * state and deadline (overdue; due this week, the daily digest), sorted by a column; 100 rows a page from the
 * store's index rows ({@link HazardService#board}), read in background jobs. Enter or a double click opens a
 * hazard; the ledger (台账) of what the board shows is exported to XLSX.
 */
public class HazardBoardPart {

	/** The tracing option that logs what the board loaded. */
	public static final String TRACE = "org.minewatch.hazard.ui/debug/board"; //$NON-NLS-1$
	static final int PAGE_SIZE = 100;
	private static final Color OVERDUE = new Color(180, 0, 0);
	private static final Color DIFFERS = new Color(200, 110, 0);

	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;
	@Inject
	private IEventBroker events;

	private Registry registry;
	private HazardService hazards;
	private Acting acting;
	private Clock clock;
	private Composite parent;
	private Combo province;
	private Combo county;
	private Text mineName;
	private Combo grade;
	private Combo state;
	private Combo deadline;
	private PagedTable<BoardRow> table;
	private Button export;
	private AreaChoice area;
	private List<Jurisdiction> counties = List.of();
	private BoardFilter filter = BoardFilter.initial();
	private boolean started;

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
		Debounce.onModify(mineName, () -> filterChanged(mineName));
		grade = combo(filters, ModelText.feature(Literals.HAZARD__GRADE), HazardKeys.BOARD_GRADE);
		state = combo(filters, ModelText.feature(Literals.HAZARD__STATE), HazardKeys.BOARD_STATE);
		deadline = combo(filters, Messages.board_deadline, HazardKeys.BOARD_DEADLINE);
		export = name(new Button(filters, SWT.PUSH), HazardKeys.BOARD_EXPORT);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(export);
		export.setText(Messages.board_export);
		export.addListener(SWT.Selection, e -> exportLedger());
		fillChoices();

		table = new PagedTable<>(parent, BoardRow.class, PAGE_SIZE, HazardKeys.BOARD_SUMMARY, HazardKeys.BOARD_TABLE);
		table.foreground(row -> row.indexDiffers() ? DIFFERS : row.daysOverdue() > 0 ? OVERDUE : null)
				.summary((shown, total, more) -> NLS.bind(Messages.board_summary, total, shown), why -> NLS.bind(Messages.board_failed, why))
				.onOpen(row -> Editors.open(parts, models, application, HazardParts.EDITOR, row.id(), row.number())).onShown(() -> {
					export.setEnabled(table.total() > 0);
					long differing = table.rows().stream().filter(BoardRow::indexDiffers).count();
					if (differing > 0) {
						events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.board_indexDiffers, differing));
					}
					Trace.when(TRACE, "Board: showing " + table.rows().size() + " of " + table.total() + " hazards"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				});
		table.say(Messages.board_waiting);
		createColumns();
		table.moreButton(parent, Messages.board_more, HazardKeys.BOARD_MORE);
		start();
	}

	/** The services and the acting person arrive once the store is open. */
	@Inject
	void servicesReady(@Optional Registry registryService, @Optional HazardService hazardService, @Optional Acting person, @Optional Clock time) {
		this.registry = registryService;
		this.hazards = hazardService;
		this.acting = person;
		this.clock = time;
		start();
	}

	private boolean ready() {
		return registry != null && hazards != null && acting != null && clock != null;
	}

	private void start() {
		if (started || parent == null || parent.isDisposed() || !ready()) {
			return;
		}
		started = true;
		area.fill(registry.provinces(acting.actor()));
		county.removeAll();
		county.add(Messages.board_allCounties);
		county.select(0);
		load();
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
	}

	private void createColumns() {
		table.column(Messages.board_number, 115, row -> row.indexDiffers() ? "\u26a0 " + row.number() : row.number()); //$NON-NLS-1$
		sortable(ModelText.feature(Literals.HAZARD__MINE), 150, BoardRow::mineName, "mineName"); //$NON-NLS-1$
		table.column(ModelText.feature(Literals.HAZARD__DESCRIPTION), 260, row -> row.repeat() ? Messages.board_repeatMark + row.description() : row.description());
		sortable(ModelText.feature(Literals.HAZARD__GRADE), 95, row -> HazardText.grade(row.grade()), "grade"); //$NON-NLS-1$
		sortable(ModelText.feature(Literals.HAZARD__STATE), 60, row -> HazardText.state(row.state()), "state"); //$NON-NLS-1$
		sortable(Messages.board_deadlineColumn, 90, row -> HazardText.date(row.deadline()), "deadline"); //$NON-NLS-1$
		table.column(Messages.board_daysOverdue, 65, row -> row.daysOverdue() == 0 ? "" : Long.toString(row.daysOverdue())); //$NON-NLS-1$
		table.column(Messages.board_escalatedTo, 330, BoardRow::escalatedTo);
		sortable(ModelText.feature(Literals.HAZARD__FOUND_AT), 130, row -> HazardText.time(row.foundAt()), "foundAt"); //$NON-NLS-1$
	}

	private void sortable(String title, int width, java.util.function.Function<BoardRow, String> text, String field) {
		table.sortableColumn(title, width, text, field, Messages.board_sortHint, field.equals(filter.orderBy()), sorted -> {
			filter = filter.withOrder(sorted);
			load();
		});
	}

	private void filterChanged(Object source) {
		if (!started) {
			return;
		}
		if (source == province) {
			counties = area.province() == null ? List.of() : registry.counties(area.province());
			county.removeAll();
			county.add(Messages.board_allCounties);
			counties.forEach(c -> county.add(ModelText.division(c)));
			county.select(0);
		}
		filter = readFilter();
		load();
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

	/** Loads the first page of the current filter, with the count, in a background job. */
	private void load() {
		BoardFilter asked = filter;
		HazardService service = hazards;
		org.minewatch.core.Actor actor = acting.actor();
		table.load(Messages.board_loadingJob, Messages.board_loading, (request, first) -> {
			HazardService.BoardPage page = service.board(actor, asked, request, first);
			return new PagedTable.Loaded<>(page.page(), page.total());
		});
	}

	/** Asks where to write the ledger of what the board shows, then writes it in the background. */
	public void exportLedger() {
		if (ready()) {
			LedgerExport.start(parent.getShell(), hazards, acting.actor(), filter, LocalDate.now(clock), message -> events.post(ShellContract.STATUS_TOPIC, message));
		}
	}

	/** The rows shown (for tests). */
	public List<BoardRow> rows() {
		return table.rows();
	}

	@Focus
	public void focus() {
		table.setFocus();
	}
}
