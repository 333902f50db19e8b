package org.minewatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.checklist.InspectionFigures;
import org.minewatch.core.Actor;
import org.minewatch.core.ChainHead;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.Session;
import org.minewatch.hazard.HazardService;
import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportKind;
import org.minewatch.model.report.ReportStatus;
import org.minewatch.model.time.Zones;
import org.minewatch.tests.store.DemoStore;

/**
 * The monthly progress report over a real store with the demo data: its figures equal a count of the demo data made
 * here another way, frozen when the report is created (a hazard entered later does not change them; a redo reads them
 * again), the chain head and the time printed; draft → submitted → accepted, rejected with reasons → redone, each
 * refusal with its rule and nothing written; the calendar of what a province owes; a contributed section.
 */
class ReportServiceTest {

	private static final YearMonth OCTOBER = YearMonth.of(2021, 10);

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static ReportService reports;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
		reports = new ReportService(demo.store());
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	/** A person of the first agency the predicate picks, acting for it. */
	static Actor actorOf(Predicate<Agency> which) {
		Person person = demo.data().persons.stream().filter(p -> p.getAgency() != null && p.getMine() == null && which.test(p.getAgency())).findFirst()
				.orElseThrow();
		return new Actor(person.getId(), person.getName(), person.getAgency().getId());
	}

	static Actor bureau(int province) {
		Agency agency = demo.data().agencies.stream().filter(a -> a.getKind() == AgencyKind.PROVINCIAL_SUPERVISION_BUREAU).toList().get(province);
		return actorOf(a -> a == agency);
	}

	static Actor national() {
		return actorOf(a -> a.getKind() == AgencyKind.NATIONAL_BUREAU);
	}

	static String provinceOf(Actor actor) {
		return demo.data().agencies.stream().filter(a -> a.getId().equals(actor.agencyId())).findFirst().orElseThrow().getCovers().get(0).getCode();
	}

	private static Map<String, String> allWritten(String text) {
		return MonthlyProgress.WRITTEN.stream().collect(Collectors.toMap(k -> k, k -> text + "：" + k));
	}

	private static long figure(Report report, String key) {
		return new Figures(report).count(key);
	}

	@Test
	void theFiguresAreTheDemoDataCountedAnotherWayAndCarryTheChainHead() {
		Actor author = bureau(0);
		String province = provinceOf(author);
		ChainHead before = demo.store().head();
		Report report = reports.createMonthlyProgress(author, OCTOBER);
		assertEquals(ReportStatus.DRAFT, report.getStatus());
		assertEquals(before.toString(), report.getChainHead(), "the head the figures were read at");
		assertEquals(DemoStore.CLOCK.instant(), report.getAsOf());
		assertEquals(LocalDate.of(2021, 11, 5), report.getDueDate());
		assertTrue(report.getTitle().contains("2021年10月"), report.getTitle());

		Instant from = OCTOBER.atDay(1).atStartOfDay(Zones.CHINA).toInstant();
		Instant to = OCTOBER.plusMonths(1).atDay(1).atStartOfDay(Zones.CHINA).toInstant();
		List<Hazard> found = demo.data().hazards.stream().filter(h -> !h.isVoided() && province.equals(h.getMine().getProvince().getCode())
				&& !h.getFoundAt().isBefore(from) && h.getFoundAt().isBefore(to)).toList();
		assertFalse(found.isEmpty(), "the demo province found hazards in October: something to count");
		for (HazardGrade grade : HazardGrade.VALUES) {
			List<Hazard> ofGrade = found.stream().filter(h -> h.getGrade() == grade).toList();
			String name = grade == HazardGrade.MAJOR ? "major" : "general";
			assertEquals(ofGrade.size(), figure(report, "hazards." + name + ".found"), grade.getName());
			assertEquals(ofGrade.stream().filter(h -> h.getState() == HazardState.ACCEPTED || h.getState() == HazardState.CLOSED).count(),
					figure(report, "hazards." + name + ".rectified"), grade.getName());
		}
		long inspected = 0;
		for (InspectionKind kind : InspectionKind.VALUES) {
			List<Inspection> planned = demo.data().inspections.stream().filter(i -> i.getKind() == kind && province.equals(i.getMine().getProvince().getCode())
					&& !i.getPlannedStart().isBefore(OCTOBER.atDay(1)) && !i.getPlannedStart().isAfter(OCTOBER.atEndOfMonth())).toList();
			List<Inspection> done = planned.stream().filter(i -> InspectionFigures.DONE.contains(i.getStatus())).toList();
			assertEquals(planned.size(), figure(report, MonthlyProgress.inspections(kind, "planned")), kind.getName());
			assertEquals(done.size(), figure(report, MonthlyProgress.inspections(kind, "done")), kind.getName());
			Set<Mine> mines = done.stream().map(Inspection::getMine).collect(Collectors.toSet());
			assertEquals(mines.size(), figure(report, MonthlyProgress.inspections(kind, "mines")), kind.getName());
			inspected += planned.size();
		}
		assertTrue(inspected > 0, "the demo province planned inspections in October");
		for (DocumentKind kind : DocumentKind.VALUES) {
			long issued = demo.data().documents.stream().filter(d -> d.getKind() == kind && province.equals(d.getMine().getProvince().getCode())
					&& !d.getIssuedAt().isBefore(from) && d.getIssuedAt().isBefore(to)).count();
			assertEquals(issued, figure(report, MonthlyProgress.documents(kind)), kind.getName());
		}
		assertEquals(BigDecimal.ZERO, new Figures(report).amount(MonthlyProgress.FINES), "the demo data has no penalty decisions");
		assertEquals(MonthlyProgress.keys().size(), report.getFigures().size());
	}

	@Test
	void theFiguresStayAsReadWhenTheDataChangesAndARedoReadsThemAgain() {
		Actor author = bureau(1);
		Report report = reports.createMonthlyProgress(author, OCTOBER);
		long general = figure(report, MonthlyProgress.GENERAL_FOUND);
		Mine mine = demo.data().mines.stream().filter(m -> provinceOf(author).equals(m.getProvince().getCode())).findFirst().orElseThrow();
		Hazard late = HazardFactory.eINSTANCE.createHazard();
		late.setGrade(HazardGrade.GENERAL);
		late.setDescription("十月检查中发现、补录的隐患");
		late.setFoundAt(OCTOBER.atDay(20).atStartOfDay(Zones.CHINA).toInstant());
		new HazardService(demo.store()).register(author, Locale.CHINA, mine.getId(), late, "补录");

		Report again = reports.get(author, report.getId());
		assertEquals(general, figure(again, MonthlyProgress.GENERAL_FOUND), "frozen when the report was created");

		reports.write(author, report.getId(), allWritten("本月工作"));
		reports.submit(author, report.getId());
		reports.reject(national(), report.getId(), "数据口径不一致");
		Report redo = reports.redo(author, report.getId());
		assertEquals(ReportStatus.DRAFT, redo.getStatus());
		assertEquals(general + 1, figure(redo, MonthlyProgress.GENERAL_FOUND), "the redo reads the figures again");
		assertNotEquals(report.getChainHead(), redo.getChainHead());
		assertEquals(report.getId(), redo.getRedoOf().getId());
		assertTrue(reports.get(author, report.getId()).isSuperseded());
		assertEquals("本月工作：typicalCases", redo.getSections().stream().filter(s -> "typicalCases".equals(s.getKey())).findFirst().orElseThrow().getText(),
				"the written sections are kept to be reworked");
		assertEquals("report.redoneAlready", assertThrows(MinewatchException.class, () -> reports.redo(author, report.getId())).code());
	}

	@Test
	void draftSubmittedAcceptedEachStepByTheRightDeskAndRefusalsWriteNothing() {
		Actor author = bureau(2);
		Report report = reports.createMonthlyProgress(author, OCTOBER);
		ChainHead head = demo.store().head();
		assertEquals("report.sectionsEmpty", assertThrows(MinewatchException.class, () -> reports.submit(author, report.getId())).code());
		assertEquals("report.notTheAuthorsAgency", assertThrows(MinewatchException.class, () -> reports.write(national(), report.getId(), allWritten("x"))).code());
		assertEquals("report.noSuchSection", assertThrows(MinewatchException.class, () -> reports.write(author, report.getId(), Map.of("nonsense", "x"))).code());
		assertEquals(head, demo.store().head(), "a refused step writes nothing");

		reports.write(author, report.getId(), allWritten("十月"));
		Report sent = reports.submit(author, report.getId());
		assertEquals(ReportStatus.SUBMITTED, sent.getStatus());
		assertEquals(DemoStore.CLOCK.instant(), sent.getSubmittedAt());
		assertEquals("report.wrongStatus", assertThrows(MinewatchException.class, () -> reports.write(author, report.getId(), allWritten("改"))).code());
		assertEquals("report.notTheReceiver", assertThrows(MinewatchException.class, () -> reports.accept(author, report.getId())).code());
		assertEquals("report.rejectionNeedsReasons", assertThrows(MinewatchException.class, () -> reports.reject(national(), report.getId(), " ")).code());
		Report accepted = reports.accept(national(), report.getId());
		assertEquals(ReportStatus.ACCEPTED, accepted.getStatus());
		assertEquals("report.wrongStatus", assertThrows(MinewatchException.class, () -> reports.reject(national(), report.getId(), "晚了")).code());
		assertTrue(reports.list(national()).stream().anyMatch(r -> r.id().equals(report.getId()) && r.status() == ReportStatus.ACCEPTED),
				"the national bureau sees what was sent to it");
		assertTrue(reports.list(author).stream().anyMatch(r -> r.id().equals(report.getId())));
		assertEquals("report.exists", assertThrows(MinewatchException.class, () -> reports.createMonthlyProgress(author, OCTOBER)).code());
	}

	@Test
	void onlyAProvinceWritesAMonthlyReportAndOnlyForAMonthThatIsOver() {
		Actor county = actorOf(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.COUNTY);
		MinewatchException notProvincial = assertThrows(MinewatchException.class, () -> reports.createMonthlyProgress(county, OCTOBER));
		assertEquals("report.notProvincial", notProvincial.code());
		assertTrue(notProvincial.getMessage().length() > 10, notProvincial.getMessage());
		assertEquals("report.monthNotOver", assertThrows(MinewatchException.class, () -> reports.createMonthlyProgress(bureau(3), YearMonth.of(2021, 11))).code());
	}

	@Test
	void theCalendarShowsWhatIsDueAndOverdue() {
		// the demo's provincial regulators sent February to October (October still waiting for the bureau)
		Agency regulator = demo.data().agencies.stream().filter(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.PROVINCE)
				.findFirst().orElseThrow();
		List<ReportCalendar.Due> dues = reports.calendar(actorOf(a -> a == regulator));
		List<ReportCalendar.Due> monthly = dues.stream().filter(d -> d.kind() == ReportKind.MONTHLY_PROGRESS).toList();
		assertEquals(10, monthly.size(), "February to November: " + monthly);
		ReportCalendar.Due november = monthly.get(0);
		assertEquals(LocalDate.of(2021, 12, 5), november.dueDate());
		assertFalse(november.overdue(), "due on the 5th of December");
		assertTrue(monthly.stream().skip(1).allMatch(ReportCalendar.Due::sent), "sent: " + monthly);
		assertTrue(monthly.stream().noneMatch(ReportCalendar.Due::overdue));
		ReportCalendar.Due march = monthly.stream().filter(d -> d.periodStart().equals(LocalDate.of(2021, 3, 1))).findFirst().orElseThrow();
		assertEquals(ReportStatus.ACCEPTED, march.status(), "the redo answers the rejected March report");
		// quarter ends: the enforcement analysis at the province's level, due on the 10th after the quarter
		List<ReportCalendar.Due> quarterly = dues.stream().filter(d -> d.kind() == ReportKind.ENFORCEMENT).toList();
		assertEquals(List.of(LocalDate.of(2022, 1, 10), LocalDate.of(2021, 10, 10), LocalDate.of(2021, 7, 10), LocalDate.of(2021, 4, 10)),
				quarterly.stream().map(ReportCalendar.Due::dueDate).toList());
		assertEquals(List.of(false, true, true, true), quarterly.stream().map(ReportCalendar.Due::overdue).toList());

		// a province's bureau that sent nothing owes every month that is past its 5th
		Actor quiet = bureau(4);
		List<ReportCalendar.Due> owed = reports.calendar(quiet).stream().filter(d -> d.kind() == ReportKind.MONTHLY_PROGRESS).toList();
		assertEquals(9, owed.stream().filter(ReportCalendar.Due::overdue).count(), "February to October: " + owed);
		reports.createMonthlyProgress(quiet, OCTOBER);
		ReportCalendar.Due october = reports.calendar(quiet).stream().filter(d -> d.kind() == ReportKind.MONTHLY_PROGRESS && d.periodStart().equals(OCTOBER.atDay(1)))
				.findFirst().orElseThrow();
		assertEquals(ReportStatus.DRAFT, october.status());
		assertTrue(october.overdue(), "a draft is not sent");
	}

	@Test
	void aContributedSectionIsFrozenWithTheFigures() {
		ReportService withPlugin = new ReportService(demo.store());
		withPlugin.addSource(new RockBurstSection());
		Actor author = bureau(5);
		Jurisdiction area = demo.data().agencies.stream().filter(a -> a.getId().equals(author.agencyId())).findFirst().orElseThrow().getCovers().get(0);
		Report report = withPlugin.createMonthlyProgress(author, OCTOBER);
		var contributed = report.getSections().stream().filter(s -> !s.isWritten()).toList();
		assertEquals(1, contributed.size());
		assertEquals(RockBurstSection.ID, contributed.get(0).getKey());
		assertTrue(contributed.get(0).getText().contains(area.getName()), contributed.get(0).getText());
		assertNotNull(contributed.get(0).getTitle());
		assertTrue(contributed.get(0).getText().matches(".*\\d+处.*"), contributed.get(0).getText());
	}

	@Test
	void aSectionSourceThatFailsIsDisabledAndTheReportIsMadeWithoutIt() {
		ReportSectionSource broken = new ReportSectionSource() {
			int calls;

			@Override
			public String id() {
				return "test.broken"; //$NON-NLS-1$
			}

			@Override
			public boolean appliesTo(ReportKind kind, Jurisdiction area) {
				return true;
			}

			@Override
			public List<Section> sections(Session session, ReportKind kind, Jurisdiction area, LocalDate from, LocalDate to) {
				if (++calls > 1) {
					throw new AssertionError("a disabled source is not asked again"); //$NON-NLS-1$
				}
				throw new IllegalStateException("rulebook missing"); //$NON-NLS-1$
			}
		};
		ReportService withPlugins = new ReportService(demo.store(), List.of(broken, new RockBurstSection()));
		Report report = withPlugins.createMonthlyProgress(bureau(6), OCTOBER);
		assertEquals(List.of(RockBurstSection.ID), report.getSections().stream().filter(s -> !s.isWritten()).map(s -> s.getKey()).toList(),
				"the working plugin's section is there, the broken one's is not");
		assertEquals(List.of(new ReportService.DisabledSource("test.broken", "rulebook missing")), withPlugins.disabledSources()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(withPlugins.disabledSources().get(0).describe().contains("test.broken")); //$NON-NLS-1$
		Report again = withPlugins.createMonthlyProgress(bureau(6), OCTOBER.minusMonths(1));
		assertEquals(1, again.getSections().stream().filter(s -> !s.isWritten()).count());
	}
}
