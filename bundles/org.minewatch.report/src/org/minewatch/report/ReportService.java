package org.minewatch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.core.StoreException;
import org.minewatch.model.campaign.Campaign;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.Person;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportFactory;
import org.minewatch.model.report.ReportFigure;
import org.minewatch.model.report.ReportKind;
import org.minewatch.model.report.ReportSection;
import org.minewatch.model.report.ReportStatus;
import org.minewatch.report.render.ReportFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Report authoring (headless): a province's monthly progress report created with its figures read from the store and
 * frozen in it (with the audit chain's head and the time they were read), the sections a person writes, and the
 * status flow draft → submitted → accepted, or rejected with reasons → redone. Each step is one unit of work; a refused
 * step writes nothing. Sections contributed by other bundles ({@link ReportSectionSource}) are frozen with the figures.
 */
@Component(service = { ReportService.class, AreaService.class })
public final class ReportService implements AreaService {

	private final Store store;
	private final List<ReportSectionSource> sources = new CopyOnWriteArrayList<>();
	/** The sources that threw, by id, with why: left out of every report until the next start. */
	private final Map<String, DisabledSource> disabled = new java.util.concurrent.ConcurrentHashMap<>();

	/** A section source that failed and is left out until the next start: its id and what went wrong. */
	public record DisabledSource(String id, String reason) {

		/** One sentence in the default locale's words, naming the source and the failure. */
		public String describe() {
			return Texts.format("report.sourceDisabled", id, reason); //$NON-NLS-1$
		}
	}

	@Activate
	public ReportService(@Reference Store store) {
		this.store = store;
	}

	/** The service outside Declarative Services (the admin command), with the contributed sections' sources given. */
	public ReportService(Store store, List<ReportSectionSource> sources) {
		this(store);
		this.sources.addAll(sources);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addSource(ReportSectionSource source) {
		sources.add(source);
	}

	public void removeSource(ReportSectionSource source) {
		sources.remove(source);
	}

	/** Every contributed section source that failed since the start, and why (its sections are left out of reports). */
	public List<DisabledSource> disabledSources() {
		return List.copyOf(disabled.values());
	}

	/**
	 * Creates the monthly progress report of the actor's agency (a province's) for a month that is over, as a draft:
	 * title, period, due date (the 5th of the next month), the figures read now, the sections to write (empty) and the
	 * contributed sections. Refused for an agency that is not a province's, a month not over, and a month the agency
	 * already has a report for (unless that one was rejected and redone).
	 */
	public Report createMonthlyProgress(Actor actor, YearMonth month) {
		return store.write(actor, session -> {
			Agency agency = provincial(session, actor);
			LocalDate today = LocalDate.now(store.clock());
			if (!today.isAfter(month.atEndOfMonth())) {
				throw Texts.refusal("report.monthNotOver", month, month.atEndOfMonth()); //$NON-NLS-1$
			}
			for (Report existing : reportsOf(session, agency, ReportKind.MONTHLY_PROGRESS)) {
				if (month.atDay(1).equals(existing.getPeriodStart()) && !existing.isSuperseded() && existing.getStatus() != ReportStatus.REJECTED) {
					throw Texts.refusal("report.exists", existing.getTitle(), status(existing.getStatus())); //$NON-NLS-1$
				}
			}
			Report report = draft(session, agency, month, today);
			report.setAuthor(session.get(Person.class, actor.personId()));
			freeze(session, report);
			return session.create(report);
		});
	}

	/** A new monthly progress report of a province's agency for a month, its figures not yet read. */
	private static Report draft(Session session, Agency agency, YearMonth month, LocalDate today) {
		Jurisdiction province = agency.getCovers().get(0);
		Report report = ReportFactory.eINSTANCE.createReport();
		report.setKind(ReportKind.MONTHLY_PROGRESS);
		report.setStatus(ReportStatus.DRAFT);
		campaignOf(session, month.atDay(1)).ifPresent(report::setCampaign);
		report.setTitle(report.getCampaign() == null
				? Texts.format(Locale.CHINA, "report.monthlyTitleNoCampaign", agency.nameOn(today), month.getYear(), month.getMonthValue()) //$NON-NLS-1$
				: Texts.format(Locale.CHINA, "report.monthlyTitle", agency.nameOn(today), month.getYear(), month.getMonthValue(), report.getCampaign().getName())); //$NON-NLS-1$
		report.setPeriodStart(month.atDay(1));
		report.setPeriodEnd(month.atEndOfMonth());
		report.setDueDate(month.plusMonths(1).atDay(5));
		report.setJurisdiction(province);
		for (String key : MonthlyProgress.WRITTEN) {
			report.getSections().add(section(key, Texts.format(Locale.CHINA, "report.section." + key), "", true)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		report.setOwner(agency);
		return report;
	}

	/**
	 * The monthly progress report of a province for a month, to render: the one the province's agency wrote (the
	 * latest not superseded, with its figures frozen), or else one with the figures read now, not stored (a draft with
	 * no written text). A report stored without frozen figures (written before reports kept them) is not rendered here.
	 */
	public Report monthly(Actor actor, String provinceCode, YearMonth month) {
		return store.read(actor, session -> {
			LocalDate today = LocalDate.now(store.clock());
			Query<Agency> provincial = Query.of(Agency.class).where("jurisdiction", provinceCode).where("level", JurisdictionLevel.PROVINCE); //$NON-NLS-1$ //$NON-NLS-2$
			List<Agency> agencies = all(session, provincial);
			if (agencies.isEmpty()) {
				throw Texts.refusal("report.noProvincialAgency", provinceCode); //$NON-NLS-1$
			}
			agencies.sort(Comparator.comparing((Agency a) -> a.getKind() != AgencyKind.LOCAL_REGULATOR).thenComparing(Agency::getId));
			for (Agency agency : agencies) {
				Report written = reportsOf(session, agency, ReportKind.MONTHLY_PROGRESS).stream()
						.filter(r -> month.atDay(1).equals(r.getPeriodStart()) && !r.isSuperseded() && r.getAsOf() != null)
						.max(Comparator.comparing((Report r) -> r.getStatus() != ReportStatus.REJECTED)
								.thenComparing(Report::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
				if (written != null) {
					resolveForReading(written, today);
					return written;
				}
			}
			Report report = draft(session, agencies.get(0), month, today);
			freeze(session, report);
			resolveForReading(report, today);
			return report;
		});
	}

	/** Writes a report's DOCX, PDF and XLSX annex in {@code locale} into {@code folder}. */
	public ReportFiles.Written export(Actor actor, String reportId, Locale locale, java.nio.file.Path folder) {
		return ReportFiles.write(get(actor, reportId), locale, folder);
	}

	/** Reads the figures and the contributed sections into the report, with the chain's head and the time. */
	private void freeze(Session session, Report report) {
		report.setChainHead(store.head().toString());
		report.setAsOf(store.clock().instant());
		report.getFigures().clear();
		Map<String, BigDecimal> figures = MonthlyProgress.read(session, report.getJurisdiction().getCode(), report.getPeriodStart(), report.getPeriodEnd());
		figures.forEach((key, value) -> {
			ReportFigure figure = ReportFactory.eINSTANCE.createReportFigure();
			figure.setKey(key);
			figure.setValue(value);
			report.getFigures().add(figure);
		});
		report.getSections().removeIf(s -> !s.isWritten());
		for (ReportSectionSource source : sources) {
			for (ReportSectionSource.Section contributed : contributed(session, source, report)) {
				report.getSections().add(section(source.id(), contributed.title(), contributed.text(), false));
			}
		}
		renumber(report);
	}

	/**
	 * A source's sections for a report, all or none: a source that throws is a broken plugin, so it is disabled and the
	 * report is made without it (the store's own failure is not the plugin's, and fails the step as any other would).
	 */
	private List<ReportSectionSource.Section> contributed(Session session, ReportSectionSource source, Report report) {
		String id = source.id();
		if (disabled.containsKey(id)) {
			return List.of();
		}
		try {
			if (!source.appliesTo(report.getKind(), report.getJurisdiction())) {
				return List.of();
			}
			List<ReportSectionSource.Section> sections = List.copyOf(
					source.sections(session, report.getKind(), report.getJurisdiction(), report.getPeriodStart(), report.getPeriodEnd()));
			for (ReportSectionSource.Section section : sections) {
				if (section.title() == null || section.title().isBlank() || section.text() == null) {
					throw new IllegalStateException(Texts.format("report.sourceIncomplete")); //$NON-NLS-1$
				}
			}
			return sections;
		} catch (StoreException e) {
			throw e;
		} catch (RuntimeException | LinkageError e) {
			String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName() : e.getMessage();
			disabled.putIfAbsent(id, new DisabledSource(id, reason));
			return List.of();
		}
	}

	private static ReportSection section(String key, String title, String text, boolean written) {
		ReportSection section = ReportFactory.eINSTANCE.createReportSection();
		section.setKey(key);
		section.setTitle(title);
		section.setText(text);
		section.setWritten(written);
		return section;
	}

	private static void renumber(Report report) {
		int order = 1;
		for (ReportSection section : report.getSections()) {
			section.setOrder(order++);
		}
	}

	/**
	 * Saves the texts of the sections a person writes (by section key) in a draft, in one unit of work; refused when
	 * the report is not a draft, the actor is not of its agency, or a key names no written section.
	 */
	public Report write(Actor actor, String reportId, Map<String, String> texts) {
		return store.write(actor, session -> {
			Report report = session.get(Report.class, reportId);
			requireAuthorsAgency(session, actor, report);
			requireStatus(report, ReportStatus.DRAFT);
			texts.forEach((key, text) -> {
				ReportSection section = report.getSections().stream().filter(s -> s.isWritten() && key.equals(s.getKey())).findFirst()
						.orElseThrow(() -> Texts.refusal("report.noSuchSection", key)); //$NON-NLS-1$
				section.setText(text == null ? "" : text.strip()); //$NON-NLS-1$
			});
			return session.update(report);
		});
	}

	/** Sends a draft to the national bureau; refused unless every section a person writes has text. */
	public Report submit(Actor actor, String reportId) {
		return store.write(actor, session -> {
			Report report = session.get(Report.class, reportId);
			requireAuthorsAgency(session, actor, report);
			requireStatus(report, ReportStatus.DRAFT);
			List<String> empty = report.getSections().stream().filter(s -> s.isWritten() && (s.getText() == null || s.getText().isBlank()))
					.map(ReportSection::getTitle).toList();
			if (!empty.isEmpty()) {
				throw Texts.refusal("report.sectionsEmpty", String.join("、", empty)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			report.setStatus(ReportStatus.SUBMITTED);
			report.setSubmittedAt(store.clock().instant());
			return session.update(report);
		});
	}

	/** Accepted by the national bureau. */
	public Report accept(Actor actor, String reportId) {
		return review(actor, reportId, ReportStatus.ACCEPTED, null);
	}

	/** Rejected with the reasons by the national bureau (推倒重来); the province redoes it ({@link #redo}). */
	public Report reject(Actor actor, String reportId, String reasons) {
		if (reasons == null || reasons.isBlank()) {
			throw Texts.refusal("report.rejectionNeedsReasons"); //$NON-NLS-1$
		}
		return review(actor, reportId, ReportStatus.REJECTED, reasons.strip());
	}

	private Report review(Actor actor, String reportId, ReportStatus to, String reasons) {
		return store.write(actor, session -> {
			Report report = session.get(Report.class, reportId);
			Agency agency = session.find(Agency.class, actor.agencyId()).orElse(null);
			if (agency == null || agency.getKind() != AgencyKind.NATIONAL_BUREAU) {
				throw Texts.refusal("report.notTheReceiver", agency == null ? actor.name() : agency.nameOn(LocalDate.now(store.clock()))); //$NON-NLS-1$
			}
			requireStatus(report, ReportStatus.SUBMITTED);
			report.setStatus(to);
			report.setRejectionReason(reasons);
			return session.update(report);
		});
	}

	/**
	 * A new draft of a rejected report: the figures read again now, the written sections kept to be reworked, linked to
	 * the rejected one, which it supersedes; refused when it was redone already.
	 */
	public Report redo(Actor actor, String rejectedId) {
		return store.write(actor, session -> {
			Report rejected = session.get(Report.class, rejectedId);
			requireAuthorsAgency(session, actor, rejected);
			requireStatus(rejected, ReportStatus.REJECTED);
			if (rejected.isSuperseded()) {
				throw Texts.refusal("report.redoneAlready"); //$NON-NLS-1$
			}
			Report again = ReportFactory.eINSTANCE.createReport();
			again.setKind(rejected.getKind());
			again.setStatus(ReportStatus.DRAFT);
			again.setTitle(rejected.getTitle());
			again.setPeriodStart(rejected.getPeriodStart());
			again.setPeriodEnd(rejected.getPeriodEnd());
			again.setDueDate(rejected.getDueDate());
			again.setJurisdiction(rejected.getJurisdiction());
			again.setCampaign(rejected.getCampaign());
			again.setAuthor(session.get(Person.class, actor.personId()));
			again.setRedoOf(rejected);
			for (ReportSection written : rejected.getSections()) {
				if (written.isWritten()) {
					again.getSections().add(EcoreUtil.copy(written));
				}
			}
			freeze(session, again);
			return session.supersede(rejected, again, Texts.format(Locale.CHINA, "report.redoReason", rejected.getRejectionReason())); //$NON-NLS-1$
		});
	}

	/** A report, whole (figures and sections), to show, edit or export. */
	public Report get(Actor actor, String reportId) {
		return store.read(actor, session -> {
			Report report = session.get(Report.class, reportId);
			resolveForReading(report, LocalDate.now(store.clock()));
			return report;
		});
	}

	/** Touches what the rendering reads, while the unit of work is open. */
	private static void resolveForReading(Report report, LocalDate today) {
		if (report.getOwner() != null) {
			report.getOwner().nameOn(today);
		}
		if (report.getAuthor() != null) {
			report.getAuthor().getName();
		}
		if (report.getJurisdiction() != null) {
			report.getJurisdiction().getName();
		}
	}

	/**
	 * The reports a desk sees, newest period first: an agency's own; the national bureau's desk also every province's
	 * report that was sent to it.
	 */
	public List<ReportRow> list(Actor actor) {
		return store.read(actor, session -> {
			LocalDate today = LocalDate.now(store.clock());
			Agency agency = session.get(Agency.class, actor.agencyId());
			List<Report> reports = new ArrayList<>(reportsOf(session, agency, null));
			if (agency.getKind() == AgencyKind.NATIONAL_BUREAU) {
				Query<Report> sent = Query.of(Report.class).whereIn("status", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, ReportStatus.REJECTED)); //$NON-NLS-1$
				for (Report report : all(session, sent)) {
					if (reports.stream().noneMatch(r -> r.getId().equals(report.getId()))) {
						reports.add(report);
					}
				}
			}
			return reports.stream().map(r -> ReportRow.of(r, today))
					.sorted(Comparator.comparing(ReportRow::periodStart, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ReportRow::agency)
							.thenComparing(ReportRow::redone))
					.toList();
		});
	}

	/** What the actor's agency owes and when, from the campaigns' report calendars, and where each report stands. */
	public List<ReportCalendar.Due> calendar(Actor actor) {
		return store.read(actor, session -> {
			Agency agency = session.get(Agency.class, actor.agencyId());
			List<Campaign> campaigns = all(session, Query.of(Campaign.class));
			return ReportCalendar.of(agency, campaigns, reportsOf(session, agency, null), LocalDate.now(store.clock()));
		});
	}

	/** The name of the actor's agency today. */
	public String agencyName(Actor actor) {
		return store.read(actor, session -> session.get(Agency.class, actor.agencyId()).nameOn(LocalDate.now(store.clock())));
	}

	/** The reports an agency wrote (of a kind, or all), for its areas. */
	static List<Report> reportsOf(Session session, Agency agency, ReportKind kind) {
		List<Report> reports = new ArrayList<>();
		for (Jurisdiction area : agency.getCovers()) {
			Query<Report> query = Query.of(Report.class).where("jurisdiction", area); //$NON-NLS-1$
			if (kind != null) {
				query.where("kind", kind); //$NON-NLS-1$
			}
			for (Report report : all(session, query)) {
				if (report.getOwner() != null && agency.getId().equals(report.getOwner().getId())) {
					reports.add(report);
				}
			}
		}
		return reports;
	}

	private static <R extends org.minewatch.model.base.Record> List<R> all(Session session, Query<R> query) {
		List<R> all = new ArrayList<>();
		for (PageRequest page = PageRequest.first(500); page != null;) {
			Page<R> records = session.query(query, page);
			all.addAll(records.items());
			page = records.next();
		}
		return all;
	}

	private static java.util.Optional<Campaign> campaignOf(Session session, LocalDate day) {
		return all(session, Query.of(Campaign.class)).stream()
				.filter(c -> c.getStartDate() != null && !day.isBefore(c.getStartDate()) && (c.getEndDate() == null || !day.isAfter(c.getEndDate())))
				.findFirst();
	}

	/** The agency a province's monthly report comes from: one at the province level that covers a province. */
	private Agency provincial(Session session, Actor actor) {
		Agency agency = session.get(Agency.class, actor.agencyId());
		if (agency.getLevel() != JurisdictionLevel.PROVINCE || agency.getCovers().isEmpty()) {
			throw Texts.refusal("report.notProvincial", agency.nameOn(LocalDate.now(store.clock()))); //$NON-NLS-1$
		}
		return agency;
	}

	private void requireAuthorsAgency(Session session, Actor actor, Report report) {
		if (report.getOwner() == null || !report.getOwner().getId().equals(actor.agencyId())) {
			LocalDate today = LocalDate.now(store.clock());
			throw Texts.refusal("report.notTheAuthorsAgency", report.getOwner() == null ? "" : report.getOwner().nameOn(today)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void requireStatus(Report report, ReportStatus allowed) {
		if (report.getStatus() != allowed) {
			throw Texts.refusal("report.wrongStatus", status(report.getStatus()), status(allowed)); //$NON-NLS-1$
		}
	}

	/** A status in the person's words. */
	static String status(ReportStatus status) {
		return Texts.format(Locale.getDefault(), "status." + status.getName()); //$NON-NLS-1$
	}
}
