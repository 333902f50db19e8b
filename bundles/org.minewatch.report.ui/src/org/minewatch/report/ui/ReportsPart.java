package org.minewatch.report.ui;

import static org.minewatch.ui.WidgetKeys.name;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.Acting;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportPackage;
import org.minewatch.model.report.ReportSection;
import org.minewatch.model.report.ReportStatus;
import org.minewatch.model.time.Zones;
import org.minewatch.report.ReportCalendar;
import org.minewatch.report.ReportRow;
import org.minewatch.report.ReportService;
import org.minewatch.report.render.ReportFiles;
import org.minewatch.report.ui.internal.DueTable;
import org.minewatch.report.ui.internal.Messages;
import org.minewatch.report.ui.internal.ReportKeys;
import org.minewatch.ui.Labels;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.Trace;

/**
 * The reports of the acting person's agency (报告): what it owes and when (the calendar, overdue ones marked), its
 * reports and, at the national bureau, every province's report sent to it; a monthly progress report created for a
 * month, its sections written, submitted, accepted or rejected with reasons, redone, exported as DOCX, PDF and the XLSX
 * annex. Every read and step runs in a background job through {@link ReportService}; a refusal is shown in its words.
 */
public class ReportsPart {

	/** The tracing option that logs what the part shows. */
	public static final String TRACE = "org.minewatch.report.ui/debug/reports"; //$NON-NLS-1$

	private ReportService reports;
	private Acting acting;
	private Clock clock = Zones.systemClock();
	private Composite parent;
	private Label calendarTitle;
	private Table calendar;
	private Table table;
	private Combo month;
	private final List<YearMonth> months = new ArrayList<>();
	private Label notice;
	private Label figures;
	private final Map<String, Text> sections = new LinkedHashMap<>();
	private Composite sectionsArea;
	private Button create;
	private Button save;
	private Button submit;
	private Button accept;
	private Button reject;
	private Button redo;
	private Button export;
	private List<ReportRow> rows = List.of();
	private Report shown;
	private int generation;
	private volatile boolean busy;
	private boolean loaded;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		calendarTitle = new Label(parent, SWT.NONE);
		calendarTitle.setText(NLS.bind(Messages.reports_calendar, "")); //$NON-NLS-1$
		calendarTitle.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		calendar = name(table(parent, 140, Messages.reports_kind, Messages.reports_period, Messages.reports_due, Messages.reports_status), ReportKeys.CALENDAR);

		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Label list = new Label(bar, SWT.NONE);
		list.setText(Messages.reports_list);
		list.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(list);
		new Label(bar, SWT.NONE).setText(Messages.reports_month);
		month = name(new Combo(bar, SWT.READ_ONLY), ReportKeys.MONTH);
		create = button(bar, Messages.reports_create, ReportKeys.CREATE, this::createReport);

		table = name(table(parent, 160, Messages.reports_title, Messages.reports_period, Messages.reports_due, Messages.reports_status, Messages.reports_agency),
				ReportKeys.TABLE);
		table.addListener(SWT.Selection, e -> open());

		Composite steps = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(steps);
		save = button(steps, Messages.reports_save, ReportKeys.SAVE, this::saveSections);
		submit = button(steps, Messages.reports_submit, ReportKeys.SUBMIT, () -> step(Messages.reports_submit, (s, a, id) -> s.submit(a, id)));
		accept = button(steps, Messages.reports_accept, ReportKeys.ACCEPT, () -> step(Messages.reports_accept, (s, a, id) -> s.accept(a, id)));
		reject = button(steps, Messages.reports_reject, ReportKeys.REJECT, this::rejectReport);
		redo = button(steps, Messages.reports_redo, ReportKeys.REDO, () -> step(Messages.reports_redo, (s, a, id) -> s.redo(a, id)));
		export = button(steps, Messages.reports_export, ReportKeys.EXPORT, this::exportReport);

		notice = name(new Label(parent, SWT.WRAP), ReportKeys.NOTICE);
		notice.setText(Messages.reports_waiting);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
		figures = name(new Label(parent, SWT.WRAP), ReportKeys.FIGURES);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(figures);
		sectionsArea = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(sectionsArea);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sectionsArea);
		enableSteps();
		start();
	}

	private static Table table(Composite parent, int height, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String column : columns) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column);
			c.setWidth(column == columns[0] ? 380 : column == columns[1] ? 200 : 150);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, height).applyTo(table);
		return table;
	}

	private Button button(Composite bar, String text, String key, Runnable action) {
		Button button = name(new Button(bar, SWT.PUSH), key);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** The service, the acting person and the clock arrive once the store is open; another person acting reloads. */
	@Inject
	void servicesReady(@Optional ReportService service, @Optional Acting person, @Optional Clock storeClock) {
		this.reports = service;
		this.acting = person;
		if (storeClock != null) {
			this.clock = storeClock;
		}
		start();
	}

	private void start() {
		if (parent == null || parent.isDisposed() || reports == null || acting == null) {
			return;
		}
		months.clear();
		month.removeAll();
		YearMonth last = YearMonth.now(clock).minusMonths(1);
		for (int i = 0; i < 12; i++) {
			months.add(last.minusMonths(i));
			month.add(last.minusMonths(i).toString());
		}
		month.select(0);
		shown = null;
		reload(null);
	}

	/** Reads the calendar and the list again, then shows {@code select} if given. */
	private void reload(String select) {
		ReportService service = reports;
		Actor actor = acting.actor();
		int loading = ++generation;
		busy = true;
		Display display = parent.getDisplay();
		background(Messages.reports_job, () -> {
			List<ReportRow> list = service.list(actor);
			List<ReportCalendar.Due> dues = service.calendar(actor);
			String agency = service.agencyName(actor);
			display.asyncExec(() -> showLists(loading, agency, list, dues, select));
		}, display);
	}

	private void showLists(int loading, String agency, List<ReportRow> list, List<ReportCalendar.Due> dues, String select) {
		if (parent.isDisposed() || loading != generation) {
			return;
		}
		rows = list;
		if (Messages.reports_waiting.equals(notice.getText())) {
			notice.setText(""); //$NON-NLS-1$
		}
		long overdue = DueTable.fill(calendar, dues);
		calendarTitle.setText(NLS.bind(Messages.reports_calendar, agency) + (overdue > 0 ? "  " + NLS.bind(Messages.reports_overdueCount, overdue) : "")); //$NON-NLS-1$ //$NON-NLS-2$
		table.removeAll();
		int selected = -1;
		for (ReportRow row : list) {
			TableItem item = new TableItem(table, SWT.NONE);
			String status = ModelText.literal(ReportPackage.Literals.REPORT_STATUS, row.status()) + (row.redone() ? " " + Messages.reports_redone : ""); //$NON-NLS-1$ //$NON-NLS-2$
			item.setText(new String[] { row.title(), row.periodStart() + " \u2013 " + row.periodEnd(), String.valueOf(row.dueDate()), status, row.agency() }); //$NON-NLS-1$
			item.setData(row);
			if (row.id().equals(select)) {
				selected = table.getItemCount() - 1;
			}
		}
		if (selected >= 0) {
			table.setSelection(selected);
			open();
		} else {
			busy = false;
			enableSteps();
		}
		loaded = true;
		parent.layout(true, true);
		Trace.when(TRACE, "Reports: showing " + list.size() + " reports, " + dues.size() + " due, " + overdue + " overdue"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Reads the selected report whole and shows its figures line and its sections. */
	private void open() {
		ReportRow row = selected();
		if (row == null) {
			return;
		}
		ReportService service = reports;
		Actor actor = acting.actor();
		int loading = ++generation;
		busy = true;
		Display display = parent.getDisplay();
		background(Messages.reports_job, () -> {
			Report report = service.get(actor, row.id());
			display.asyncExec(() -> showReport(loading, report));
		}, display);
	}

	private void showReport(int loading, Report report) {
		if (parent.isDisposed() || loading != generation) {
			return;
		}
		shown = report;
		figures.setText(report.getAsOf() == null ? Messages.reports_noFigures
				: NLS.bind(Messages.reports_figures, LocalDateTime.ofInstant(report.getAsOf(), Zones.CHINA).withNano(0).toString().replace('T', ' '),
						report.getChainHead())
						+ (report.getRejectionReason() == null ? "" : "\n" + NLS.bind(Messages.reports_rejected, report.getRejectionReason()))); //$NON-NLS-1$ //$NON-NLS-2$
		for (var child : sectionsArea.getChildren()) {
			child.dispose();
		}
		sections.clear();
		boolean editable = report.getStatus() == ReportStatus.DRAFT;
		for (ReportSection section : report.getSections()) {
			Label title = new Label(sectionsArea, SWT.NONE);
			title.setText(section.getTitle());
			GridDataFactory.fillDefaults().align(SWT.FILL, SWT.TOP).applyTo(title);
			Text text = new Text(sectionsArea, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
			text.setText(section.getText() == null ? "" : section.getText()); //$NON-NLS-1$
			text.setEditable(editable && section.isWritten());
			GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 48).applyTo(text);
			if (section.isWritten()) {
				name(text, ReportKeys.section(section.getKey()));
				sections.put(section.getKey(), text);
			}
		}
		busy = false;
		enableSteps();
		parent.layout(true, true);
	}

	private ReportRow selected() {
		int index = table.getSelectionIndex();
		return index < 0 ? null : (ReportRow) table.getItem(index).getData();
	}

	private void enableSteps() {
		ReportRow row = selected();
		ReportStatus status = row == null ? null : row.status();
		boolean ready = reports != null && acting != null && acting.canWrite();
		create.setEnabled(ready);
		save.setEnabled(ready && status == ReportStatus.DRAFT && shown != null);
		submit.setEnabled(ready && status == ReportStatus.DRAFT);
		accept.setEnabled(ready && status == ReportStatus.SUBMITTED);
		reject.setEnabled(ready && status == ReportStatus.SUBMITTED);
		redo.setEnabled(ready && status == ReportStatus.REJECTED && !row.redone());
		export.setEnabled(row != null);
	}

	private void createReport() {
		YearMonth chosen = months.get(Math.max(0, month.getSelectionIndex()));
		ReportService service = reports;
		Actor actor = acting.actor();
		run(Messages.reports_create, () -> service.createMonthlyProgress(actor, chosen).getId());
	}

	private void saveSections() {
		ReportRow row = selected();
		Map<String, String> texts = new LinkedHashMap<>();
		sections.forEach((key, text) -> texts.put(key, text.getText()));
		ReportService service = reports;
		Actor actor = acting.actor();
		run(Messages.reports_save, () -> service.write(actor, row.id(), texts).getId());
	}

	/** A step on the selected report. */
	@FunctionalInterface
	private interface Step {
		Report take(ReportService service, Actor actor, String reportId);
	}

	private void step(String label, Step step) {
		ReportRow row = selected();
		if (row == null) {
			return;
		}
		ReportService service = reports;
		Actor actor = acting.actor();
		run(label, () -> step.take(service, actor, row.id()).getId());
	}

	private void rejectReport() {
		InputDialog reasons = new InputDialog(parent.getShell(), Labels.plain(Messages.reports_reject), Messages.reports_rejectReasons, "", //$NON-NLS-1$
				text -> text == null || text.isBlank() ? Messages.reports_rejectReasons : null);
		if (reasons.open() == Window.OK) {
			String why = reasons.getValue();
			step(Messages.reports_reject, (s, a, id) -> s.reject(a, id, why));
		}
	}

	private void exportReport() {
		ReportRow row = selected();
		if (row == null) {
			return;
		}
		DirectoryDialog dialog = new DirectoryDialog(parent.getShell(), SWT.NONE);
		dialog.setText(Messages.reports_exportTitle);
		String folder = dialog.open();
		if (folder != null) {
			exportTo(row.id(), Path.of(folder));
		}
	}

	/** Writes the report's three files into the folder in a job, in Chinese (the language it is filed in). */
	void exportTo(String reportId, Path folder) {
		ReportService service = reports;
		Actor actor = acting.actor();
		Display display = parent.getDisplay();
		busy = true;
		background(Messages.reports_export, () -> {
			ReportFiles.Written written = service.export(actor, reportId, Locale.CHINA, folder);
			display.asyncExec(() -> {
				busy = false;
				if (!notice.isDisposed()) {
					notice.setText(NLS.bind(Messages.reports_exported, written.all().stream().map(p -> p.getFileName().toString()).toList()));
					ILog.of(ReportsPart.class).info("Report exported: " + written.all()); //$NON-NLS-1$
				}
			});
		}, display);
	}

	/** Runs a step in a job; the lists are read again and the report the step returns is shown; a refusal in its words. */
	private void run(String label, Supplier<String> work) {
		Display display = parent.getDisplay();
		busy = true;
		String plain = Labels.plain(label).replace("...", "").replace("\u2026", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ReportService service = reports;
		background(plain, () -> {
			String id = work.get();
			// a plugin's section that failed is left out of the report: say so where the person looks
			List<String> left = service.disabledSources().stream().map(ReportService.DisabledSource::describe).toList();
			left.forEach(d -> ILog.of(ReportsPart.class).warn(d));
			display.asyncExec(() -> {
				if (!notice.isDisposed()) {
					notice.setText(left.isEmpty() ? NLS.bind(Messages.reports_done, plain)
							: NLS.bind(Messages.reports_done, plain) + " " + String.join(" ", left)); //$NON-NLS-1$ //$NON-NLS-2$
					reload(id);
				}
			});
		}, display);
	}

	private void background(String name, Runnable work, Display display) {
		Job job = Job.create(name, monitor -> {
			try {
				work.run();
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				ILog.of(ReportsPart.class).warn(e.logged());
				failed(display, e.getMessage());
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				ILog.of(ReportsPart.class).error(name + " failed", e); //$NON-NLS-1$
				failed(display, e.toString());
				return Status.OK_STATUS;
			}
		});
		job.schedule();
	}

	private void failed(Display display, String message) {
		display.asyncExec(() -> {
			busy = false;
			if (!notice.isDisposed()) {
				notice.setText(message);
				enableSteps();
			}
		});
	}

	/** The list and calendar are shown and no job of this part runs (for tests). */
	public boolean isSettled() {
		return loaded && !busy;
	}

	/** The report shown below the list, as last read. */
	public Report shown() {
		return shown;
	}

	@Focus
	void focus() {
		table.setFocus();
	}

	/** The day the calendar is read on. */
	LocalDate today() {
		return LocalDate.now(clock);
	}
}
