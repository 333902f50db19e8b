package org.minewatch.schedule.ui;

import static org.minewatch.ui.WidgetKeys.name;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.Acting;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.registry.Registry;
import org.minewatch.schedule.Assignment;
import org.minewatch.schedule.Conflict;
import org.minewatch.schedule.Duty;
import org.minewatch.schedule.ICalendar;
import org.minewatch.schedule.Plan;
import org.minewatch.schedule.PlanInspections;
import org.minewatch.schedule.PlanSheet;
import org.minewatch.schedule.Rules;
import org.minewatch.schedule.ScheduleService;
import org.minewatch.schedule.ui.internal.Messages;
import org.minewatch.schedule.ui.internal.ScheduleKeys;
import org.minewatch.ui.Editors;
import org.minewatch.ui.ModelText;

/**
 * The quarterly plan (季度计划) of a province or a county: planned by the solver in a background job, shown as a
 * calendar (a week or a month, one row per person, a roster per agency), as its assignments and as its coverage gaps
 * (duties nobody could take; a double click opens the mine). An assignment moved by hand is checked at once and every
 * conflict is marked red with its rule. One action turns the plan into inspections of the checklist area; the plan
 * exports to XLSX and iCalendar.
 */
public class SchedulePart {

	/** The mine editor of the registry's desktop bundle (opened by its descriptor id, no dependency on that bundle). */
	static final String MINE_EDITOR = "org.minewatch.registry.ui.partdescriptor.mine"; //$NON-NLS-1$

	private ScheduleService schedule;
	private PlanInspections planInspections;
	private Registry registry;
	private Acting acting;
	private Clock clock;
	@Inject
	@Optional
	private EPartService parts;
	@Inject
	@Optional
	private EModelService models;
	@Inject
	@Optional
	private MApplication application;

	private Composite parent;
	private boolean started;
	private Combo province;
	private Combo county;
	private Combo quarter;
	private Button planButton;
	private Label score;
	private Label status;
	private CalendarTable calendar;
	private Table assignments;
	private Table gaps;
	private DateTime moveDay;
	private List<Jurisdiction> provinces = List.of();
	private List<Jurisdiction> counties = List.of();
	private List<LocalDate> quarters = List.of();
	private Plan plan;
	private String area = ""; //$NON-NLS-1$
	private int generation;
	private final Locale locale = Locale.getDefault();

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.area);
		province = name(new Combo(top, SWT.READ_ONLY), ScheduleKeys.PROVINCE);
		province.addListener(SWT.Selection, e -> fillCounties());
		county = name(new Combo(top, SWT.READ_ONLY), ScheduleKeys.COUNTY);
		new Label(top, SWT.NONE).setText(Messages.quarter);
		quarter = name(new Combo(top, SWT.READ_ONLY), ScheduleKeys.QUARTER);
		planButton = name(new Button(top, SWT.PUSH), ScheduleKeys.PLAN);
		planButton.setText(Messages.plan);
		planButton.addListener(SWT.Selection, e -> planQuarter());
		score = name(new Label(parent, SWT.WRAP), ScheduleKeys.SCORE);
		score.setText(Messages.waiting);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(score);

		TabFolder tabs = name(new TabFolder(parent, SWT.NONE), ScheduleKeys.TABS);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		TabItem calendarTab = new TabItem(tabs, SWT.NONE);
		calendarTab.setText(Messages.calendar);
		calendar = new CalendarTable(tabs, locale);
		calendarTab.setControl(calendar.control());

		TabItem assignmentsTab = new TabItem(tabs, SWT.NONE);
		assignmentsTab.setText(Messages.assignments);
		Composite assignmentsPage = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(assignmentsPage);
		assignments = table(assignmentsPage, ScheduleKeys.ASSIGNMENTS, Messages.firstDay, Messages.lastDay, Messages.mine, Messages.duty, Messages.people,
				Messages.marks);
		Composite moveRow = new Composite(assignmentsPage, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(moveRow);
		new Label(moveRow, SWT.NONE).setText(Messages.moveTo);
		moveDay = name(new DateTime(moveRow, SWT.DATE | SWT.DROP_DOWN), ScheduleKeys.MOVE_DAY);
		Button move = name(new Button(moveRow, SWT.PUSH), ScheduleKeys.MOVE);
		move.setText(Messages.move);
		move.addListener(SWT.Selection, e -> moveSelected());
		assignmentsTab.setControl(assignmentsPage);

		TabItem gapsTab = new TabItem(tabs, SWT.NONE);
		gapsTab.setText(Messages.gaps);
		Composite gapsPage = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(gapsPage);
		gaps = table(gapsPage, ScheduleKeys.GAPS, Messages.mine, Messages.duty, Messages.window);
		gaps.addListener(SWT.DefaultSelection, e -> openGap());
		gapsTab.setControl(gapsPage);

		Composite bottom = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bottom);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bottom);
		Button inspections = name(new Button(bottom, SWT.PUSH), ScheduleKeys.TO_INSPECTIONS);
		inspections.setText(Messages.toInspections);
		inspections.addListener(SWT.Selection, e -> toInspections());
		Button xlsx = name(new Button(bottom, SWT.PUSH), ScheduleKeys.EXPORT_XLSX);
		xlsx.setText(Messages.exportXlsx);
		xlsx.addListener(SWT.Selection, e -> export(false));
		Button ics = name(new Button(bottom, SWT.PUSH), ScheduleKeys.EXPORT_ICS);
		ics.setText(Messages.exportIcs);
		ics.addListener(SWT.Selection, e -> export(true));
		status = name(new Label(bottom, SWT.NONE), ScheduleKeys.STATUS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		start();
	}

	private static Table table(Composite page, String key, String... columns) {
		Table table = name(new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), key);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : columns) {
			org.eclipse.swt.widgets.TableColumn column = new org.eclipse.swt.widgets.TableColumn(table, SWT.NONE);
			column.setText(title);
			column.setWidth(120);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 300).applyTo(table);
		return table;
	}

	/** The services, the acting person and the clock arrive once the store is open. */
	@Inject
	void servicesReady(@Optional ScheduleService scheduleService, @Optional PlanInspections inspections, @Optional Registry registryService,
			@Optional Acting person, @Optional Clock storeClock) {
		this.schedule = scheduleService;
		this.planInspections = inspections;
		this.registry = registryService;
		this.acting = person;
		this.clock = storeClock;
		start();
	}

	private void start() {
		if (started || parent == null || parent.isDisposed() || schedule == null || registry == null || acting == null || clock == null) {
			return;
		}
		started = true;
		provinces = registry.provinces(acting.actor());
		province.setItems(provinces.stream().map(ModelText::division).toArray(String[]::new));
		LocalDate today = LocalDate.now(clock);
		List<LocalDate> q = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			q.add(LocalDate.of(today.getYear(), 3 * i - 2, 1));
		}
		quarters = q;
		quarter.setItems(q.stream().map(d -> NLS.bind(Messages.quarterItem, d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR))).toArray(String[]::new));
		quarter.select(today.get(IsoFields.QUARTER_OF_YEAR) - 1);
		if (!provinces.isEmpty()) {
			province.select(0);
			fillCounties();
		}
	}

	private void fillCounties() {
		int p = province.getSelectionIndex();
		counties = p < 0 ? List.of() : registry.counties(provinces.get(p));
		List<String> items = new ArrayList<>();
		items.add(Messages.wholeProvince);
		counties.forEach(c -> items.add(ModelText.division(c)));
		county.setItems(items.toArray(String[]::new));
		county.select(0);
	}

	/** Plans the chosen area's quarter in a background job. */
	public void planQuarter() {
		if (!started || province.getSelectionIndex() < 0) {
			return;
		}
		Jurisdiction division = county.getSelectionIndex() > 0 ? counties.get(county.getSelectionIndex() - 1) : provinces.get(province.getSelectionIndex());
		LocalDate[] period = ScheduleService.quarter(quarters.get(Math.max(0, quarter.getSelectionIndex())));
		String code = division.getCode();
		String label = ModelText.division(division);
		ScheduleService service = schedule;
		Actor actor = acting.actor();
		int planning = ++generation;
		score.setText(Messages.planning);
		planButton.setEnabled(false);
		Display display = parent.getDisplay();
		Job.create(Messages.planJob, monitor -> {
			try {
				Plan made = service.plan(actor, locale, code, period[0], period[1], List.of());
				display.asyncExec(() -> show(planning, label, made));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				display.asyncExec(() -> failed(planning, e.getMessage()));
				return Status.warning(e.getMessage(), e);
			} catch (RuntimeException e) {
				// a fault, not a refusal: logged with its trace, and the button given back so the person can try again
				display.asyncExec(() -> failed(planning, e.toString()));
				return Status.error(e.toString(), e);
			}
		}).schedule();
	}

	private void failed(int planning, String message) {
		if (!parent.isDisposed() && planning == generation) {
			planButton.setEnabled(true);
			score.setText(NLS.bind(Messages.failed, message));
		}
	}

	private void show(int planning, String label, Plan made) {
		if (parent.isDisposed() || planning != generation) {
			return;
		}
		planButton.setEnabled(true);
		area = label;
		plan = made;
		LocalDate from = made.problem().from();
		moveDay.setDate(from.getYear(), from.getMonthValue() - 1, from.getDayOfMonth());
		calendar.show(made, from);
		refresh();
	}

	private void refresh() {
		score.setText(NLS.bind(Messages.planned, new Object[] { area, plan.problem().duties().size(), plan.assignments().size(), plan.score().describe(locale) }));
		Map<String, Duty> duties = plan.problem().dutiesById();
		Map<String, org.minewatch.schedule.Worker> workers = plan.problem().workersById();
		int selected = assignments.getSelectionIndex();
		assignments.removeAll();
		List<Assignment> ordered = ordered(plan);
		for (Assignment a : ordered) {
			Duty d = duties.get(a.dutyId());
			List<Conflict> marks = plan.conflicts().stream().filter(c -> a.dutyId().equals(c.dutyId())).toList();
			TableItem item = new TableItem(assignments, SWT.NONE);
			item.setData(a);
			String first = a.start() == null ? Messages.standing : a.start().toString();
			String last = a.start() == null ? "" : a.start().plusDays(Math.max(1, d.days()) - 1L).toString(); //$NON-NLS-1$
			item.setText(new String[] { first, last, d.mineName(), title(d.ruleId()),
					String.join("、", a.personIds().stream().map(p -> workers.containsKey(p) ? workers.get(p).name() : p).toList()), //$NON-NLS-1$
					String.join("; ", marks.stream().map(c -> c.describe(locale)).toList()) }); //$NON-NLS-1$
			if (!marks.isEmpty()) {
				item.setBackground(CalendarTable.conflictColour(item.getDisplay()));
			}
		}
		if (selected >= 0 && selected < assignments.getItemCount()) {
			assignments.select(selected);
		}
		gaps.removeAll();
		for (Duty d : plan.unmet()) {
			TableItem item = new TableItem(gaps, SWT.NONE);
			item.setData(d);
			item.setText(new String[] { d.mineName(), title(d.ruleId()), d.kind().timed() ? d.earliest() + " – " + d.latest() : Messages.standing }); //$NON-NLS-1$
		}
		calendar.refresh(plan);
	}

	static List<Assignment> ordered(Plan plan) {
		return plan.assignments().stream().sorted(java.util.Comparator.comparing(Assignment::start, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
				.thenComparing(Assignment::dutyId)).toList();
	}

	private String title(String ruleId) {
		for (Rules.Rule r : Rules.ALL) {
			if (r.id().equals(ruleId)) {
				return r.title(locale);
			}
		}
		return schedule.provinceRules().stream().filter(r -> r.id().equals(ruleId)).map(r -> r.title(locale)).findFirst().orElse(ruleId);
	}

	/** Moves the selected assignment to the chosen day (pinned: a person decided) and marks the conflicts at once. */
	void moveSelected() {
		int index = assignments.getSelectionIndex();
		if (plan == null || index < 0) {
			return;
		}
		Assignment a = (Assignment) assignments.getItem(index).getData();
		if (a.start() == null) {
			return;
		}
		LocalDate day = LocalDate.of(moveDay.getYear(), moveDay.getMonth() + 1, moveDay.getDay());
		plan = plan.with(a.moved(day, a.personIds()), locale);
		Duty d = plan.problem().dutiesById().get(a.dutyId());
		status.setText(NLS.bind(Messages.moved, new Object[] { d.mineName(), day, plan.conflicts().size() }));
		refresh();
		for (int i = 0; i < assignments.getItemCount(); i++) {
			if (((Assignment) assignments.getItem(i).getData()).dutyId().equals(a.dutyId())) {
				assignments.select(i);
			}
		}
	}

	private void openGap() {
		int index = gaps.getSelectionIndex();
		if (index < 0 || parts == null || models == null || application == null) {
			return;
		}
		Duty d = (Duty) gaps.getItem(index).getData();
		Editors.open(parts, models, application, MINE_EDITOR, d.mineId(), d.mineName());
	}

	/** Turns the plan into inspections (and resident watches into monitor assignments) in one background unit of work. */
	void toInspections() {
		if (plan == null || planInspections == null) {
			return;
		}
		status.setText(""); //$NON-NLS-1$
		PlanInspections action = planInspections;
		Plan current = plan;
		Actor actor = acting.actor();
		Display display = parent.getDisplay();
		Job.create(Messages.inspectionsJob, monitor -> {
			try {
				PlanInspections.Made made = action.create(actor, current);
				display.asyncExec(() -> statusText(NLS.bind(Messages.inspectionsMade,
						new Object[] { made.inspectionIds().size(), made.monitorIds().size(), made.skippedDutyIds().size() })));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				display.asyncExec(() -> statusText(NLS.bind(Messages.failed, e.getMessage())));
				return Status.warning(e.getMessage(), e);
			}
		}).schedule();
	}

	private void export(boolean ics) {
		if (plan == null) {
			return;
		}
		FileDialog dialog = new FileDialog(parent.getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { ics ? "*.ics" : "*.xlsx" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFileName(ics ? "plan.ics" : "plan.xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen != null) {
			exportTo(Path.of(chosen), ics);
		}
	}

	/** Writes the plan to a file in a background job (a half-written file is removed). */
	public void exportTo(Path file, boolean ics) {
		Plan current = plan;
		String label = area;
		java.time.Instant now = clock.instant();
		Display display = parent.getDisplay();
		Job.create(Messages.exportJob, monitor -> {
			try (OutputStream out = Files.newOutputStream(file)) {
				if (ics) {
					ICalendar.write(current, locale, now, out);
				} else {
					PlanSheet.write(current, label, locale, out);
				}
			} catch (IOException | RuntimeException e) {
				try {
					Files.deleteIfExists(file);
				} catch (IOException ignored) {
					// nothing more to do: the failure is shown
				}
				display.asyncExec(() -> statusText(NLS.bind(Messages.failed, e.getMessage())));
				return Status.warning(String.valueOf(e.getMessage()), e);
			}
			display.asyncExec(() -> statusText(NLS.bind(Messages.exported, file)));
			return Status.OK_STATUS;
		}).schedule();
	}

	private void statusText(String text) {
		if (!status.isDisposed()) {
			status.setText(text);
			status.getParent().layout();
		}
	}

	/** The plan shown now (null before the first). */
	public Plan plan() {
		return plan;
	}
}
