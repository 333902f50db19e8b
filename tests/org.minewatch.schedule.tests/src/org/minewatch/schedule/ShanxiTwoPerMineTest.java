package org.minewatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.tests.store.DemoStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Shanxi's 两人一矿 as the installed Shanxi plugin contributes it (a ScheduleRule service of
 * org.minewatch.province.shanxi, found in the service registry as ScheduleService finds it), over the demo database.
 */
class ShanxiTwoPerMineTest {

	private static final String PLUGIN = "org.minewatch.province.shanxi"; //$NON-NLS-1$
	private static final String SHANXI = "140000"; //$NON-NLS-1$

	@TempDir
	Path folder;
	private DemoStore demo;
	private ScheduleService service;
	private ScheduleRule rule;
	private final LocalDate[] quarter = ScheduleService.quarter(LocalDate.of(2021, 11, 29));

	@BeforeEach
	void open() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ShanxiTwoPerMineTest.class).getBundleContext();
		List<ScheduleRule> contributed = new ArrayList<>();
		for (ServiceReference<ScheduleRule> reference : context.getServiceReferences(ScheduleRule.class, null)) {
			if (reference.getBundle().getSymbolicName().equals(PLUGIN)) {
				contributed.add(context.getService(reference));
			}
		}
		assertEquals(1, contributed.size(), "the Shanxi plugin contributes one schedule rule");
		rule = contributed.get(0);
		demo = DemoStore.open(folder);
		service = new ScheduleService(demo.store());
		service.addRule(rule);
	}

	@AfterEach
	void close() {
		demo.close();
	}

	@Test
	void theRuleIsShanxisAndSaysItIsTheSuitesReading() {
		assertEquals(Set.of(SHANXI), rule.provinces());
		assertTrue(rule.title(Locale.CHINA).contains("两人一矿") && rule.title(Locale.CHINA).contains("非官方"), rule.title(Locale.CHINA)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(rule.title(Locale.ENGLISH).contains("the suite's reading, not official"), rule.title(Locale.ENGLISH)); //$NON-NLS-1$
		assertTrue(rule.source(Locale.CHINA).contains("山西省煤矿安全监管专员制度"), rule.source(Locale.CHINA)); //$NON-NLS-1$
	}

	@Test
	void aShanxiPlanHasTwoCommissionersOnEveryCoalMineOrNamesItUnmet() {
		Plan plan = service.plan(demo.official(), Locale.ENGLISH, SHANXI, quarter[0], quarter[1], List.of());
		assertEquals(List.of(), plan.failedRules());
		assertEquals(0, plan.score().hard(), plan.score().describe(Locale.ENGLISH));
		Set<String> coalMines = demo.data().mines.stream().filter(m -> m.getProvince().getCode().equals(SHANXI))
				.filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL || m.getKind() == MineKind.OPEN_PIT_COAL)
				.filter(m -> m.statusOn(quarter[0]) != ProductionStatus.CLOSED).map(Mine::getId).collect(Collectors.toSet());
		assertFalse(coalMines.isEmpty(), "the demo database has Shanxi coal mines");
		List<Duty> charges = plan.problem().duties().stream().filter(d -> d.ruleId().equals(rule.id())).toList();
		assertEquals(coalMines, charges.stream().map(Duty::mineId).collect(Collectors.toSet()), "one charge for every coal mine not closed");
		assertEquals(coalMines.size(), charges.size());
		Map<String, Worker> workers = plan.problem().workers().stream().collect(Collectors.toMap(Worker::personId, Function.identity()));
		Set<String> unmet = plan.unmet().stream().map(Duty::id).collect(Collectors.toSet());
		Set<String> staffed = new HashSet<>();
		for (Assignment assignment : plan.assignments()) {
			Duty duty = plan.problem().dutiesById().get(assignment.dutyId());
			if (!duty.ruleId().equals(rule.id())) {
				continue;
			}
			assertEquals(DutyKind.STANDING_CHARGE, duty.kind());
			assertEquals(2, new HashSet<>(assignment.personIds()).size(), duty.mineName());
			for (String person : assignment.personIds()) {
				assertTrue(duty.agencyIds().contains(workers.get(person).agencyId()), duty.mineName() + ": " + person + " is not of a local regulator covering it");
			}
			staffed.add(duty.id());
		}
		assertFalse(staffed.isEmpty(), "commissioners are assigned");
		for (Duty charge : charges) {
			assertTrue(staffed.contains(charge.id()) != unmet.contains(charge.id()), charge.mineName() + ": staffed or named unmet, not both, not neither");
			assertTrue(charge.mineName() != null && !charge.mineName().isBlank());
		}
	}

	@Test
	void aPlanOfAnotherProvinceIsUntouched() {
		String other = demo.data().mines.stream().map(m -> m.getProvince().getCode()).filter(c -> !c.equals(SHANXI)).findFirst().orElseThrow();
		Problem with = service.problem(demo.official(), Locale.ENGLISH, other, quarter[0], quarter[1]);
		Problem without = new ScheduleService(demo.store()).problem(demo.official(), Locale.ENGLISH, other, quarter[0], quarter[1]);
		assertTrue(with.duties().stream().noneMatch(d -> d.ruleId().equals(rule.id())));
		assertEquals(new HashSet<>(without.duties()), new HashSet<>(with.duties()));
	}
}
