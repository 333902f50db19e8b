package org.minewatch.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.hazard.HazardFigures.Area;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.tests.store.DemoStore;

/** The dashboard's figures, counted by the database, equal the ones counted from the demo data in memory. */
class HazardFiguresTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	@Test
	void aProvincesFiguresAreTheDemoDatasOwn() {
		LocalDate today = LocalDate.now(DemoStore.CLOCK);
		String province = demo.data().hazards.get(0).getMine().getProvince().getCode();
		List<Hazard> hazards = demo.data().hazards.stream().filter(h -> h.getVoidedAt() == null && h.getMine().getProvince().getCode().equals(province)).toList();

		HazardFigures figures = demo.store().read(demo.official(), s -> HazardFigures.count(s, Area.province(province), today));

		for (HazardState state : HazardState.VALUES) {
			assertEquals(count(hazards, h -> h.getGrade() == HazardGrade.MAJOR && h.getState() == state), figures.major().get(state), "major " + state);
			assertEquals(count(hazards, h -> h.getGrade() != HazardGrade.MAJOR && h.getState() == state), figures.general().get(state), "general " + state);
		}
		Predicate<Hazard> overdue = h -> Escalation.daysOverdue(h, today) > 0;
		assertEquals(count(hazards, overdue.and(h -> h.getGrade() == HazardGrade.MAJOR)), figures.overdueMajor());
		assertEquals(count(hazards, overdue.and(h -> h.getGrade() != HazardGrade.MAJOR)), figures.overdueGeneral());
		assertEquals(count(hazards, h -> h.getRepeatOf() != null), figures.repeats());
		Predicate<Hazard> dueThisWeek = h -> Escalation.UNDER_RECTIFICATION.contains(h.getState()) && h.getRectification() != null
				&& h.getRectification().getDeadline() != null && !h.getRectification().getDeadline().isBefore(today)
				&& h.getRectification().getDeadline().isBefore(today.plusDays(HazardFigures.DUE_DAYS));
		assertEquals(count(hazards, dueThisWeek), figures.dueThisWeek(), "due this week");
		long registered = count(hazards, h -> h.getState() != HazardState.FOUND);
		long rectified = count(hazards, h -> h.getState() == HazardState.ACCEPTED || h.getState() == HazardState.CLOSED);
		assertEquals((double) rectified / registered, figures.rectificationRate(), 1e-9);
		assertTrue(figures.open() > 0 && figures.overdueGeneral() + figures.overdueMajor() > 0, "the demo data has open and overdue hazards");
	}

	@Test
	void theHazardsDueThisWeekAreThoseUnderRectificationWithADeadlineInTheNextSevenDays() {
		List<Hazard> hazards = demo.data().hazards.stream().filter(h -> h.getVoidedAt() == null).toList();
		// a day a few days before the earliest deadline under rectification: some hazards fall due within the week
		LocalDate day = hazards.stream().filter(h -> Escalation.UNDER_RECTIFICATION.contains(h.getState()) && h.getRectification() != null)
				.map(h -> h.getRectification().getDeadline()).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElseThrow().minusDays(3);
		Predicate<Hazard> due = h -> Escalation.UNDER_RECTIFICATION.contains(h.getState()) && h.getRectification() != null
				&& h.getRectification().getDeadline() != null && !h.getRectification().getDeadline().isBefore(day)
				&& h.getRectification().getDeadline().isBefore(day.plusDays(HazardFigures.DUE_DAYS));

		HazardFigures figures = demo.store().read(demo.official(), s -> HazardFigures.count(s, Area.NATION, day));

		assertTrue(figures.dueThisWeek() > 0, "some hazards fall due in the week from " + day);
		assertEquals(count(hazards, due), figures.dueThisWeek());
	}

	@Test
	void theNationCountsEveryHazardNotVoided() {
		HazardFigures figures = demo.store().read(demo.official(), s -> HazardFigures.count(s, Area.NATION, LocalDate.now(DemoStore.CLOCK)));
		assertEquals(count(demo.data().hazards, h -> h.getVoidedAt() == null), figures.total());
	}

	private static long count(List<Hazard> hazards, Predicate<Hazard> which) {
		return hazards.stream().filter(which).count();
	}
}
