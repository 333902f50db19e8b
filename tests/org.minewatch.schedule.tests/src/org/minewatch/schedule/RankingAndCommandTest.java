package org.minewatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.registry.SupervisionClass;
import org.minewatch.schedule.admin.PlanCommand;
import org.minewatch.tests.store.DemoStore;

/** The risk ranking on hand-made mines (each reason an oracle), and the admin command's plan on the demo database. */
class RankingAndCommandTest {

	private static final LocalDate AS_OF = LocalDate.of(2021, 10, 1);

	@Test
	void eachReasonAddsItsPointsAndIsShown() {
		Mine quiet = mine("quiet", SupervisionClass.A);
		Mine classC = mine("classC", SupervisionClass.C);
		Mine hazardous = mine("hazardous", SupervisionClass.A);
		Mine changed = mine("changed", SupervisionClass.A);
		StatusChange change = RegistryFactory.eINSTANCE.createStatusChange();
		change.setSince(AS_OF.minusDays(10));
		change.setStatus(ProductionStatus.PRODUCING);
		changed.getStatusHistory().add(change);
		Hazard open = hazard(hazardous, HazardGrade.MAJOR, HazardState.RECTIFYING, AS_OF.minusDays(3));
		Hazard repeat = hazard(hazardous, HazardGrade.GENERAL, HazardState.CLOSED, null);
		repeat.setRepeatOf(open);
		List<RiskRanking.Ranked> ranked = RiskRanking.rank(List.of(quiet, classC, hazardous, changed), List.of(open, repeat), AS_OF, Locale.ENGLISH);
		assertEquals(List.of("hazardous", "classC", "changed", "quiet"), ranked.stream().map(RiskRanking.Ranked::mineName).toList());
		RiskRanking.Ranked first = ranked.get(0);
		assertEquals(1, first.rank());
		assertEquals(Set.of("risk.open", "risk.overdue", "risk.repeated"), Set.copyOf(first.reasons().stream().map(RiskRanking.Reason::key).toList()));
		assertEquals(3 + 12 + 8 + 6, first.points(), "one open major (3 + 12), one overdue (8), one repeat (6)");
		assertTrue(first.reasons().get(0).words().contains("open hazards"), first.reasons().toString());
		assertEquals(20, ranked.get(1).points(), "class C");
		assertEquals(List.of("risk.statusChanged"), ranked.get(2).reasons().stream().map(RiskRanking.Reason::key).toList());
		assertEquals(List.of(), ranked.get(3).reasons());
		assertTrue(RiskRanking.rank(List.of(classC), List.of(), AS_OF, Locale.CHINESE).get(0).reasons().get(0).words().contains("监管类别"));
	}

	@Test
	void theAdminCommandPrintsTheScoreAndTheUnmetRules(@TempDir Path folder) {
		try (DemoStore demo = DemoStore.open(folder)) {
			ScheduleService service = new ScheduleService(demo.store());
			String county = demo.data().mines.get(0).getCounty().getCode();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			int code = PlanCommand.print(service, county, LocalDate.of(2021, 11, 29), Locale.ENGLISH, new PrintStream(bytes, true, StandardCharsets.UTF_8));
			String printed = bytes.toString(StandardCharsets.UTF_8);
			assertEquals(0, code, printed);
			assertTrue(printed.contains("plan " + county + " 2021-10-01..2021-12-31"), printed);
			assertTrue(printed.contains("score: 0 conflicts"), printed);
			assertTrue(printed.contains("unmet rules:"), printed);
			assertFalse(printed.contains("conflict:"), printed);
		}
	}

	@Test
	void theRankingFromIndexRowsIsTheRankingFromTheDocuments(@TempDir Path folder) {
		try (DemoStore demo = DemoStore.open(folder)) {
			ScheduleService service = new ScheduleService(demo.store());
			String province = demo.data().mines.get(0).getProvince().getCode();
			List<RiskRanking.Ranked> fromRows = service.ranking(demo.official(), Locale.ENGLISH, province, AS_OF);
			List<RiskRanking.Ranked> fromDocuments = demo.store().read(demo.official(), s -> RiskRanking.rank(
					ScheduleService.all(s, org.minewatch.core.Query.of(Mine.class).where("province", province)),
					ScheduleService.all(s, org.minewatch.core.Query.of(Hazard.class).where("province", province)), AS_OF, Locale.ENGLISH));
			assertEquals(fromDocuments, fromRows);
			assertTrue(fromRows.get(0).points() > fromRows.get(fromRows.size() - 1).points());
			assertTrue(fromRows.stream().anyMatch(r -> r.reasons().stream().anyMatch(x -> x.key().equals("risk.open"))), "the demo has open hazards");
		}
	}

	private static Mine mine(String name, SupervisionClass sc) {
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		mine.setId(name);
		mine.setName(name);
		Classification c = RegistryFactory.eINSTANCE.createClassification();
		c.setSince(AS_OF.minusYears(2));
		c.setSupervisionClass(sc);
		mine.getClassHistory().add(c);
		StatusChange producing = RegistryFactory.eINSTANCE.createStatusChange();
		producing.setSince(AS_OF.minusYears(2));
		producing.setStatus(ProductionStatus.PRODUCING);
		mine.getStatusHistory().add(producing);
		return mine;
	}

	private static Hazard hazard(Mine mine, HazardGrade grade, HazardState state, LocalDate deadline) {
		Hazard h = HazardFactory.eINSTANCE.createHazard();
		h.setId(mine.getName() + grade + state);
		h.setMine(mine);
		h.setGrade(grade);
		h.setState(state);
		if (deadline != null) {
			Rectification r = HazardFactory.eINSTANCE.createRectification();
			r.setDeadline(deadline);
			h.setRectification(r);
		}
		return h;
	}
}
