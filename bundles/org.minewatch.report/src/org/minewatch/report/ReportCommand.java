package org.minewatch.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.minewatch.admin.command.AdminCommand;
import org.minewatch.admin.command.Options;
import org.minewatch.core.Actor;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.report.Report;
import org.minewatch.model.time.Zones;
import org.minewatch.report.render.ReportFiles;
import org.minewatch.store.JdbcStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code minewatch admin report}: renders a province's monthly progress report for a month (the one its agency wrote,
 * or one read from the database now) as DOCX, PDF and the XLSX annex, without a desktop.
 */
@Component(service = AdminCommand.class)
public final class ReportCommand implements AdminCommand {

	/** The provincial plugins' sections, as the desktop's reports have them. */
	private final List<ReportSectionSource> sources = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addSource(ReportSectionSource source) {
		sources.add(source);
	}

	void removeSource(ReportSectionSource source) {
		sources.remove(source);
	}

	@Override
	public String name() {
		return "report"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "  report (--url URL --user NAME | --database DIR) --province CODE --month YYYY-MM [--out DIR] [--lang zh|en]\n" //$NON-NLS-1$
				+ "                                                                          render a province's monthly progress report (DOCX, PDF, XLSX annex)\n"; //$NON-NLS-1$
	}

	@Override
	public int run(Options o, PrintStream out) {
		YearMonth month;
		try {
			month = YearMonth.parse(o.required("month")); //$NON-NLS-1$
		} catch (DateTimeParseException e) {
			throw new Options.UsageException("--month wants YYYY-MM, e.g. 2021-10: " + o.required("month")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String province = o.required("province"); //$NON-NLS-1$
		Path folder = Path.of(o.optional("out", ".")); //$NON-NLS-1$ //$NON-NLS-2$
		Locale locale = "en".equals(o.optional("lang", "zh")) ? Locale.ENGLISH : Locale.CHINA; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Actor actor = new Actor("admin", "report by " + System.getProperty("user.name"), "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try (JdbcStore store = o.has("database") //$NON-NLS-1$
				? JdbcStore.inspect(o.path("database"), o.optional("user", null), o.has("user") ? o.password() : null, ReferenceData.loadShipped(), Zones.systemClock()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: JdbcStore.connect(o.required("url"), o.required("user"), o.password(), ReferenceData.loadShipped(), Zones.systemClock())) { //$NON-NLS-1$ //$NON-NLS-2$
			ReportService reports = new ReportService(store, List.copyOf(sources));
			Report report = reports.monthly(actor, province, month);
			ReportFiles.Written written = ReportFiles.write(report, locale, folder);
			out.println(report.getTitle() + " (" + report.getStatus().getName().toLowerCase(Locale.ROOT) + "; figures as of " + report.getAsOf() //$NON-NLS-1$ //$NON-NLS-2$
					+ ", audit chain head " + report.getChainHead() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
			for (Path file : written.all()) {
				out.println(file.toAbsolutePath());
			}
			reports.disabledSources().forEach(d -> out.println(d.describe()));
		}
		return 0;
	}
}
