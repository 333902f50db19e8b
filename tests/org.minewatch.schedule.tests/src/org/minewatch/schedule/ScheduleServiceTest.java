package org.minewatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.tests.store.DemoStore;

/** A province's and a county's quarter planned from the demo database, with a province rule contributed. */
class ScheduleServiceTest {

	@TempDir
	Path folder;
	private DemoStore demo;
	private ScheduleService service;
	private String province;
	private final LocalDate[] quarter = ScheduleService.quarter(LocalDate.of(2021, 11, 29));

	@BeforeEach
	void open() {
		demo = DemoStore.open(folder);
		service = new ScheduleService(demo.store());
		province = demo.data().mines.get(0).getProvince().getCode();
		service.addRule(new TwoCommissionersRule(Set.of(province)));
	}

	@AfterEach
	void close() {
		demo.close();
	}

	@Test
	void aProvincesQuarterBreaksNoRuleAndEveryAgencyTakesDuties() {
		Plan plan = service.plan(demo.official(), Locale.ENGLISH, province, quarter[0], quarter[1], List.of());
		assertEquals(List.of(), plan.conflicts());
		assertEquals(0, plan.score().hard());
		Map<String, Integer> perAgency = ScheduleService.dutiesPerAgency(plan);
		Set<String> agencies = plan.problem().workers().stream().map(Worker::agencyId).collect(Collectors.toSet());
		assertFalse(agencies.isEmpty());
		for (String agency : agencies) {
			assertTrue(perAgency.getOrDefault(agency, 0) > 0, "agency " + agency + " has people and no duty: " + perAgency);
		}
		List<Mine> mines = demo.data().mines.stream().filter(m -> m.getProvince().getCode().equals(province)).toList();
		for (Mine mine : mines) {
			ProductionStatus status = mine.statusOn(quarter[0]);
			boolean needsCheck = status == ProductionStatus.CLOSED || status == ProductionStatus.LONG_TERM_STOPPED || status == ProductionStatus.ORDERED_TO_STOP;
			assertEquals(needsCheck, plan.problem().duties().stream().anyMatch(d -> d.mineId().equals(mine.getId()) && d.kind() == DutyKind.CLOSED_MINE_CHECK),
					mine.getName() + " " + status);
		}
		assertTrue(plan.assignments().size() > plan.unmet().size(), plan.score().describe(Locale.ENGLISH));
	}

	@Test
	void aProvinceRuleAddsItsDutiesWhereItApplies() {
		Plan plan = service.plan(demo.official(), Locale.ENGLISH, province, quarter[0], quarter[1], List.of());
		List<Duty> charges = plan.problem().duties().stream().filter(d -> d.ruleId().equals(TwoCommissionersRule.ID)).toList();
		assertFalse(charges.isEmpty());
		Map<String, Duty> byId = plan.problem().dutiesById();
		long staffed = plan.assignments().stream().filter(a -> byId.get(a.dutyId()).ruleId().equals(TwoCommissionersRule.ID)).peek(a -> assertEquals(2,
				a.personIds().size())).count();
		assertTrue(staffed > 0);
		String other = demo.data().mines.stream().map(m -> m.getProvince().getCode()).filter(c -> !c.equals(province)).findFirst().orElseThrow();
		Problem elsewhere = service.problem(demo.official(), Locale.ENGLISH, other, quarter[0], quarter[1]);
		assertTrue(elsewhere.duties().stream().noneMatch(d -> d.ruleId().equals(TwoCommissionersRule.ID)), "the rule applies in its province only");
	}

	@Test
	void aFailingRuleIsReportedAndThePlanIsMadeWithoutIt() {
		service.addRule(new TwoCommissionersRule(Set.of()) {
			@Override
			public String id() {
				return "test.broken";
			}

			@Override
			public List<Duty> apply(MineFacts mine, Period period, List<Duty> duties) {
				throw new IllegalStateException("broken on purpose");
			}
		});
		Plan plan = service.plan(demo.official(), Locale.ENGLISH, province, quarter[0], quarter[1], List.of());
		assertEquals(List.of("test.broken"), plan.failedRules());
		assertFalse(plan.assignments().isEmpty());
	}

	@Test
	void replanningKeepsPinnedAssignments() {
		String county = demo.data().mines.stream().filter(m -> m.getProvince().getCode().equals(province)).map(m -> m.getCounty().getCode()).findFirst()
				.orElseThrow();
		Plan first = service.plan(demo.official(), Locale.ENGLISH, county, quarter[0], quarter[1], List.of());
		assertFalse(first.assignments().isEmpty());
		Assignment pinned = first.assignments().get(first.assignments().size() - 1).pin();
		Plan again = service.plan(demo.official(), Locale.ENGLISH, county, quarter[0], quarter[1], List.of(pinned));
		assertTrue(again.assignments().contains(pinned));
		assertEquals(List.of(), again.conflicts());
	}
}
