package org.minewatch.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.BureauSettings;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.Lifecycle;
import org.minewatch.hazard.LifecycleException;
import org.minewatch.hazard.Resumption;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.tests.store.DemoStore;

/**
 * Issue 15 in the checklist: every answered item written out (写实) unless the bureau relaxes it to hazard items; a
 * major hazard at a mine kind with no loaded standard answered with the reason and the stop; the inspection before
 * resumption that {@link Resumption} asks for.
 */
class PractiseTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static InspectionService inspections;
	private static TemplateLibrary library;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
		inspections = new InspectionService(demo.store(), new HazardService(demo.store()));
		library = new TemplateLibrary(demo.store());
		library.addSource(new StarterTemplates());
		library.install(demo.official());
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	private static Mine mine(MineKind kind) {
		return demo.data().mines.stream().filter(m -> m.getKind() == kind).findFirst().orElseThrow();
	}

	private static Inspection plan(MineKind kind, boolean beforeResumption) {
		ChecklistTemplate template = library.forKind(demo.official(), kind).stream().filter(t -> t.getAppliesTo().contains(kind)).findFirst().orElseThrow();
		return inspections.plan(demo.official(), InspectionKind.REGULATORY_INVESTIGATION, mine(kind).getId(), template.getId(), LocalDate.of(2021, 12, 1),
				LocalDate.of(2021, 12, 3), java.util.List.of(), beforeResumption);
	}

	@Test
	void everyAnsweredItemIsWrittenOutUnlessTheBureauRelaxesItToHazardItems() {
		Inspection inspection = plan(MineKind.UNDERGROUND_COAL, false);
		ItemResult first = inspection.getResults().get(0);
		InspectionException conforming = assertThrows(InspectionException.class,
				() -> inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), first.getId(), Answer.conforming(" ")));
		assertEquals("writtenOutEvery", conforming.code());
		assertTrue(conforming.getMessage().contains(first.getItem().getNumber()), conforming.getMessage());
		assertEquals("writtenOutEvery", assertThrows(InspectionException.class,
				() -> inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), first.getId(), Answer.notApplicable(null))).code());
		assertTrue(inspections.writtenOutEveryItem(demo.official()));

		demo.store().write(demo.official(), s -> BureauSettings.set(s, InspectionService.WRITTEN_OUT_SETTING, InspectionService.WRITTEN_OUT_HAZARDS, "写实仅限隐患项"));
		try {
			assertTrue(!inspections.writtenOutEveryItem(demo.official()));
			Inspection answered = inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), first.getId(), Answer.conforming(""));
			assertEquals(ItemOutcome.CONFORMING, answered.getResults().get(0).getOutcome());
			assertEquals("writtenOutHazard", assertThrows(InspectionException.class, () -> inspections.answer(demo.official(), Locale.CHINA, inspection.getId(),
					inspection.getResults().get(1).getId(), Answer.hazard(" ", "未建立责任制", null, org.minewatch.model.hazard.HazardGrade.GENERAL, null))).code());
		} finally {
			demo.store().write(demo.official(), s -> BureauSettings.set(s, InspectionService.WRITTEN_OUT_SETTING, "every", null));
		}
	}

	@Test
	void aMajorHazardAtATailingsPondIsAnsweredWithItsReasonAndTheStopAndIsForReview() {
		Inspection inspection = plan(MineKind.TAILINGS_POND, false);
		String item = inspection.getResults().get(0).getId();
		LifecycleException noReason = assertThrows(LifecycleException.class, () -> inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), item,
				Answer.major("浸润线埋深不足", "浸润线埋深小于控制值", "初期坝", null, new Answer.Major(" ", true, true, null))));
		assertEquals("lifecycle.majorCitationOrReason", noReason.rule());
		assertEquals("lifecycle.majorStopAtOnce", assertThrows(LifecycleException.class, () -> inspections.answer(demo.official(), Locale.CHINA,
				inspection.getId(), item, Answer.major("浸润线埋深不足", "浸润线埋深小于控制值", "初期坝", null, new Answer.Major("其他情形", true, false, null)))).rule());

		Instant reported = Instant.parse("2021-11-29T01:30:00Z");
		Inspection answered = inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), item,
				Answer.major("浸润线埋深不足", "浸润线埋深小于控制值", "初期坝", null, new Answer.Major("依据非煤矿山重大事故隐患判定标准", true, true, reported)));
		Hazard hazard = demo.store().read(demo.official(), s -> s.get(Hazard.class, answered.getResults().get(0).getHazard().getId()));
		assertEquals("依据非煤矿山重大事故隐患判定标准", hazard.getUncitedReason());
		assertTrue(Lifecycle.forReview(hazard));
		assertTrue(hazard.isAreaStopped() && hazard.isPeopleWithdrawn());
		assertEquals(reported, hazard.getReportedAt());
	}

	@Test
	void aCompletedInspectionBeforeResumptionIsTheCheckTheResumptionAsksFor() {
		Inspection inspection = plan(MineKind.OPEN_PIT_COAL, true);
		assertTrue(inspection.isBeforeResumption());
		String mineId = inspection.getMine().getId();
		assertNull(new HazardService(demo.store()).resumption(demo.official(), mineId).passedCheck(), "planned is not passed");
		for (ItemResult result : inspection.getResults()) {
			inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), result.getId(), Answer.conforming("符合，已核实"));
		}
		inspections.complete(demo.official(), inspection.getId());
		assertEquals(inspection.getId(), new HazardService(demo.store()).resumption(demo.official(), mineId).passedCheck());
	}
}
