package org.minewatch.report.ui;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.Acting;
import org.minewatch.report.ReportCalendar;
import org.minewatch.report.ReportService;
import org.minewatch.report.ui.internal.DueTable;
import org.minewatch.report.ui.internal.Messages;
import org.minewatch.report.ui.internal.ReportKeys;
import org.minewatch.ui.Editors;
import org.minewatch.ui.Trace;

/**
 * What the acting person's agency still owes (应报送报告), beside the dashboard: the reports its campaigns' report
 * calendars ask for that are not sent (no report, a draft, or rejected and not sent again), due ones and overdue ones
 * (red, marked), as {@link ReportCalendar} computes them, read in a background job through {@link ReportService}. A new
 * layout opens it in the editor area next to the hazards' dashboard (layout.e4xmi, apply="initial", tagged
 * {@code org.minewatch.newLayoutOnly}): the report area contributes it, the hazard area knows nothing of reports.
 */
public class DueReportsPart {

	/** The tracing option that logs what the part shows. */
	public static final String TRACE = "org.minewatch.report.ui/debug/due"; //$NON-NLS-1$

	private ReportService reports;
	private Acting acting;
	private Composite parent;
	private Label title;
	private Label summary;
	private Table table;
	private int generation;
	private volatile boolean busy;
	private boolean loaded;

	@Inject
	@Optional
	private EPartService parts;
	@Inject
	@Optional
	private EModelService models;
	@Inject
	@Optional
	private MApplication application;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setText(NLS.bind(Messages.due_title, "")); //$NON-NLS-1$
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		summary = name(new Label(parent, SWT.WRAP), ReportKeys.DUE_SUMMARY);
		summary.setText(Messages.reports_waiting);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
		table = name(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), ReportKeys.DUE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		int[] widths = { 320, 200, 110, 180 };
		String[] columns = { Messages.reports_kind, Messages.reports_period, Messages.reports_due, Messages.reports_status };
		for (int i = 0; i < columns.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(columns[i]);
			column.setWidth(widths[i]);
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		Button open = name(new Button(parent, SWT.PUSH), ReportKeys.DUE_OPEN);
		open.setText(Messages.due_open);
		open.addListener(SWT.Selection, e -> {
			if (parts != null && models != null && application != null) {
				Editors.show(parts, models, application, ShowReportsHandler.PART);
			}
		});
		start();
	}

	/** The service and the acting person arrive once the store is open; another person acting reads again. */
	@Inject
	void servicesReady(@Optional ReportService service, @Optional Acting person) {
		this.reports = service;
		this.acting = person;
		start();
	}

	private void start() {
		if (parent == null || parent.isDisposed() || reports == null || acting == null) {
			return;
		}
		ReportService service = reports;
		Actor actor = acting.actor();
		int loading = ++generation;
		busy = true;
		Display display = parent.getDisplay();
		Job job = Job.create(Messages.reports_job, monitor -> {
			try {
				List<ReportCalendar.Due> owed = owed(service.calendar(actor));
				String agency = service.agencyName(actor);
				display.asyncExec(() -> show(loading, agency, owed));
			} catch (MinewatchException e) {
				ILog.of(DueReportsPart.class).warn(e.logged());
				failed(display, loading, e.getMessage());
			} catch (RuntimeException e) {
				ILog.of(DueReportsPart.class).error("Reading the reports due failed", e); //$NON-NLS-1$
				failed(display, loading, e.toString());
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	/** The calendar's entries not sent, in the calendar's order (the latest due date first). */
	public static List<ReportCalendar.Due> owed(List<ReportCalendar.Due> calendar) {
		return calendar.stream().filter(due -> !due.sent()).toList();
	}

	private void show(int loading, String agency, List<ReportCalendar.Due> owed) {
		if (parent.isDisposed() || loading != generation) {
			return;
		}
		long overdue = DueTable.fill(table, owed);
		title.setText(NLS.bind(Messages.due_title, agency));
		summary.setText(owed.isEmpty() ? Messages.due_none : NLS.bind(Messages.due_summary, owed.size(), overdue));
		busy = false;
		loaded = true;
		parent.layout(true, true);
		Trace.when(TRACE, "Reports due: " + owed.size() + " not sent, " + overdue + " overdue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void failed(Display display, int loading, String message) {
		display.asyncExec(() -> {
			if (!summary.isDisposed() && loading == generation) {
				busy = false;
				loaded = true;
				summary.setText(message);
			}
		});
	}

	/** The list is shown and no job of this part runs (for tests). */
	public boolean isSettled() {
		return loaded && !busy;
	}

	@Focus
	void focus() {
		table.setFocus();
	}
}
