package org.minewatch.hazard.ui.dashboard;

import static org.minewatch.ui.WidgetKeys.name;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICircularSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.Acting;
import org.minewatch.hazard.HazardFigures;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.HazardFigures.Area;
import org.minewatch.hazard.ui.internal.AreaChoice;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.registry.Registry;
import org.minewatch.ui.Trace;

/**
 * The hazard dashboard (隐患统计) for the nation or a province: hazards by state and grade, the overdue ones
 * and the repeats as bar charts, the rectification rate (整改率) as a doughnut; counted by the database in a
 * background job ({@link HazardFigures}) and drawn with Eclipse SWTChart.
 */
public class DashboardPart {

	/** The tracing option that logs the figures shown. */
	public static final String TRACE = "org.minewatch.hazard.ui/debug/dashboard"; //$NON-NLS-1$
	private static final Color GENERAL = new Color(70, 130, 180);
	private static final Color MAJOR = new Color(200, 40, 40);
	private static final Color RECTIFIED = new Color(60, 150, 60);
	private static final Color PENDING = new Color(220, 160, 40);

	private Registry registry;
	private HazardService hazards;
	private Acting acting;
	private boolean started;
	private Composite parent;
	private Combo area;
	private Label figuresLine;
	private Label rulesLine;
	@Inject
	@Optional
	private org.minewatch.rules.RuleService rules;
	private Chart states;
	private Chart deadlines;
	private Chart rate;
	private AreaChoice areaChoice;
	private HazardFigures shown;
	private int generation;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().numColumns(3).margins(8, 8).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.dashboard_area);
		area = name(new Combo(top, SWT.READ_ONLY), HazardKeys.DASHBOARD_AREA);
		area.addListener(SWT.Selection, e -> load());
		areaChoice = new AreaChoice(area);
		figuresLine = name(new Label(parent, SWT.WRAP), HazardKeys.DASHBOARD_FIGURES);
		figuresLine.setText(Messages.board_waiting);
		figuresLine.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(figuresLine);
		rulesLine = name(new Label(parent, SWT.WRAP), HazardKeys.DASHBOARD_RULES);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(rulesLine);
		states = chart(Messages.dashboard_byState, 2);
		name(states, HazardKeys.DASHBOARD_STATES);
		CategoryLabels.fitOnResize(states);
		deadlines = chart(Messages.dashboard_overdueAndRepeats, 1);
		rate = chart(Messages.dashboard_rate, 3);
		start();
	}

	private Chart chart(String title, int span) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setText(""); // not SWTChart's "X Axis" / "Y Axis" while the figures load //$NON-NLS-1$
		}
		GridDataFactory.fillDefaults().grab(true, true).span(span, 1).hint(300, 260).applyTo(chart);
		return chart;
	}

	/** The services and the acting person arrive once the store is open. */
	@Inject
	void servicesReady(@Optional Registry registryService, @Optional HazardService hazardService, @Optional Acting person) {
		this.registry = registryService;
		this.hazards = hazardService;
		this.acting = person;
		start();
	}

	private void start() {
		if (started || parent == null || parent.isDisposed() || registry == null || hazards == null || acting == null) {
			return;
		}
		started = true;
		areaChoice.fill(registry.provinces(acting.actor()));
		openAtHome();
	}

	/** Opens on the acting person's own area (a province's regulator sees the province), read in a job. */
	private void openAtHome() {
		HazardService service = hazards;
		org.minewatch.core.Actor actor = acting.actor();
		org.eclipse.swt.widgets.Display display = parent.getDisplay();
		Job.create(Messages.dashboard_job, monitor -> {
			Area home = Area.NATION;
			try {
				home = service.homeArea(actor);
			} catch (MinewatchException e) {
				// the person's agency is unreadable: the nation's figures are still worth showing
			}
			Area chosen = home;
			display.asyncExec(() -> {
				if (!area.isDisposed()) {
					areaChoice.select(chosen.code());
					load();
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void load() {
		if (!started) {
			return;
		}
		Area asked = areaChoice.province() == null ? Area.NATION : Area.province(areaChoice.province().getCode());
		HazardService service = hazards;
		org.minewatch.core.Actor actor = acting.actor();
		int loading = ++generation;
		figuresLine.setText(Messages.board_loading);
		org.eclipse.swt.widgets.Display display = parent.getDisplay(); // taken here: the part may be closed before the job ends
		Job job = Job.create(Messages.dashboard_job, monitor -> {
			try {
				HazardFigures figures = service.figures(actor, asked);
				display.asyncExec(() -> show(loading, figures));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				display.asyncExec(() -> {
					if (!figuresLine.isDisposed()) {
						figuresLine.setText(NLS.bind(Messages.board_failed, e.getMessage()));
					}
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
		loadRules(loading, asked, actor, display);
	}

	/** The provincial rules' findings in the area, counted by severity, in a job of their own. */
	private void loadRules(int loading, Area asked, org.minewatch.core.Actor actor, org.eclipse.swt.widgets.Display display) {
		org.minewatch.rules.RuleService service = rules;
		if (service == null) {
			rulesLine.setText(""); //$NON-NLS-1$
			return;
		}
		rulesLine.setText(Messages.dashboard_rulesLoading);
		Job.create(Messages.dashboard_rulesJob, monitor -> {
			String text;
			try {
				java.util.Map<org.minewatch.rules.Severity, Long> counts = service.counts(actor, "province".equals(asked.field()) ? asked.code() : null);
				text = NLS.bind(Messages.dashboard_rules, new Object[] { counts.get(org.minewatch.rules.Severity.STOP_AND_RECTIFY),
						counts.get(org.minewatch.rules.Severity.BREACH), counts.get(org.minewatch.rules.Severity.WARNING),
						counts.get(org.minewatch.rules.Severity.NOTICE), service.problems().size() });
			} catch (MinewatchException e) {
				text = NLS.bind(Messages.board_failed, e.getMessage());
			}
			String shown = text;
			display.asyncExec(() -> {
				if (!rulesLine.isDisposed() && loading == generation) {
					rulesLine.setText(shown);
					parent.layout(true, true);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(int loading, HazardFigures figures) {
		if (parent.isDisposed() || loading != generation) {
			return;
		}
		shown = figures;
		long overdue = figures.overdueGeneral() + figures.overdueMajor();
		String line = NLS.bind(Messages.dashboard_figures, new Object[] { figures.total(), figures.open(), overdue, figures.overdueMajor(),
				String.format("%.1f", 100 * figures.rectificationRate()), figures.repeats(), figures.dueThisWeek() }); //$NON-NLS-1$
		figuresLine.setText(line);
		drawStates(figures);
		drawDeadlines(figures);
		drawRate(figures);
		parent.layout(true, true);
		Trace.when(TRACE, "Dashboard: " + line); //$NON-NLS-1$
	}

	private void drawStates(HazardFigures figures) {
		clear(states);
		String[] categories = HazardState.VALUES.stream().map(HazardText::state).toArray(String[]::new);
		IAxis x = states.getAxisSet().getXAxis(0);
		x.setCategorySeries(categories);
		x.enableCategory(true);
		x.getTitle().setText(""); //$NON-NLS-1$
		states.getAxisSet().getYAxis(0).getTitle().setText(Messages.dashboard_count);
		bar(states, HazardText.grade(HazardGrade.GENERAL), HazardState.VALUES.stream().mapToDouble(s -> figures.general().get(s)).toArray(), GENERAL);
		bar(states, HazardText.grade(HazardGrade.MAJOR), HazardState.VALUES.stream().mapToDouble(s -> figures.major().get(s)).toArray(), MAJOR);
		states.getAxisSet().adjustRange();
		CategoryLabels.fit(states);
		states.redraw();
	}

	private void drawDeadlines(HazardFigures figures) {
		clear(deadlines);
		IAxis x = deadlines.getAxisSet().getXAxis(0);
		x.setCategorySeries(new String[] { Messages.dashboard_overdue, Messages.dashboard_repeats });
		x.enableCategory(true);
		x.getTitle().setText(""); //$NON-NLS-1$
		deadlines.getAxisSet().getYAxis(0).getTitle().setText(Messages.dashboard_count);
		bar(deadlines, HazardText.grade(HazardGrade.GENERAL), new double[] { figures.overdueGeneral(), 0 }, GENERAL);
		bar(deadlines, HazardText.grade(HazardGrade.MAJOR), new double[] { figures.overdueMajor(), 0 }, MAJOR);
		bar(deadlines, Messages.dashboard_repeats, new double[] { 0, figures.repeats() }, PENDING);
		deadlines.getAxisSet().adjustRange();
		deadlines.redraw();
	}

	private void drawRate(HazardFigures figures) {
		clear(rate);
		rate.getTitle().setText(NLS.bind(Messages.dashboard_rateTitle, String.format("%.1f", 100 * figures.rectificationRate()))); //$NON-NLS-1$
		ICircularSeries<?> doughnut = (ICircularSeries<?>) rate.getSeriesSet().createSeries(SeriesType.DOUGHNUT, "rate"); //$NON-NLS-1$
		long rectified = figures.inState(HazardState.ACCEPTED) + figures.inState(HazardState.CLOSED);
		long registered = figures.total() - figures.inState(HazardState.FOUND);
		doughnut.setSeries(new String[] { Messages.dashboard_rectified, Messages.dashboard_notRectified },
				new double[] { rectified, Math.max(0, registered - rectified) });
		doughnut.setColor(new Color[] { RECTIFIED, PENDING });
		rate.redraw();
	}

	private static void bar(Chart chart, String name, double[] values, Color color) {
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name);
		series.setYSeries(values);
		series.setBarColor(color);
		series.enableStack(true);
	}

	private static void clear(Chart chart) {
		for (var series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
	}

	/** The figures shown (for tests), null until counted. */
	public HazardFigures figures() {
		return shown;
	}

	@Focus
	public void focus() {
		area.setFocus();
	}
}
