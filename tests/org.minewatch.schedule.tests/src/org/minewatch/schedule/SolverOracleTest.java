package org.minewatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** One oracle per rule: a small hand-made problem whose right plan is known, solved by the real solver. */
class SolverOracleTest {

	private static final LocalDate MON = Fixture.MONDAY;

	@Test
	void nobodyIsInTwoPlacesOnOneDay() {
		Plan oneDay = new Fixture().worker("p").visit("a", MON, MON).visit("b", MON, MON).solve();
		assertEquals(1, oneDay.assignments().size(), "one person, two visits on the only day: one is left unmet");
		assertEquals(1, oneDay.unmet().size());
		assertEquals(0, oneDay.score().hard());

		Plan twoDays = new Fixture().worker("p").visit("a", MON, MON.plusDays(1)).visit("b", MON, MON.plusDays(1)).solve();
		assertEquals(2, twoDays.assignments().size());
		assertNotEquals(Fixture.of(twoDays, "a").start(), Fixture.of(twoDays, "b").start());
	}

	@Test
	void leaveDaysAreKeptFree() {
		Plan plan = new Fixture().workerAway("p", MON).visit("a", MON, MON.plusDays(1)).solve();
		assertEquals(MON.plusDays(1), Fixture.of(plan, "a").start(), "away on Monday: the visit moves to Tuesday");
		Plan away = new Fixture().workerAway("p", MON, MON.plusDays(1)).visit("a", MON, MON.plusDays(1)).solve();
		assertTrue(away.assignments().isEmpty(), "away on both days: nobody can go");
	}

	@Test
	void restDaysAreNoVisitDays() {
		LocalDate friday = MON.plusDays(4);
		Plan plan = new Fixture().worker("p").worker("q").visit("a", friday, friday.plusDays(3)).visit("b", friday, friday.plusDays(3))
				.visit("c", friday, friday.plusDays(3)).solve();
		for (Assignment a : plan.assignments()) {
			assertFalse(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(a.start().getDayOfWeek()), a.toString());
		}
		assertEquals(3, plan.assignments().size(), "Friday and Monday hold three one-person visits for two people");
		Plan weekend = new Fixture().worker("p").visit("a", friday.plusDays(1), friday.plusDays(2)).solve();
		assertTrue(weekend.assignments().isEmpty());

		Fixture sevenDays = new Fixture().worker("p").visit("a", friday.plusDays(1), friday.plusDays(2));
		sevenDays.settings = new ScheduleSettings(Set.of(), 7, 2, 300, 4, 2, Map.of(), 3);
		assertEquals(1, sevenDays.solve().assignments().size(), "a bureau without rest days visits on Saturday");
	}

	@Test
	void rotationKeepsWatchesShort() {
		Plan two = new Fixture().worker("p").worker("q").watch("m", 4).solve();
		assertEquals(4, two.assignments().size(), "two people share four weekly watches");
		assertEquals(0, two.score().hard());
		Plan one = new Fixture().worker("p").watch("m", 4).solve();
		assertEquals(3, one.assignments().size(), "alone, at most two weeks in a row: one of the four is unmet");
		assertEquals(0, one.score().hard());
	}

	@Test
	void teamsCoverTheSpecialities() {
		Plan plan = new Fixture().worker("p", "MINING").worker("q", "VENTILATION").worker("r", "MINING")
				.visit("a", MON, MON, 2, Set.of("VENTILATION"), 0, 0).solve();
		assertTrue(Fixture.of(plan, "a").personIds().contains("q"), "the only ventilation specialist goes");
		Plan none = new Fixture().worker("p", "MINING").worker("r", "MINING").visit("a", MON, MON, 2, Set.of("VENTILATION"), 0, 0).solve();
		assertTrue(none.assignments().isEmpty(), "no ventilation specialist: the visit is unmet, not staffed wrongly");
	}

	@Test
	void travelTakesDays() {
		// Taiyuan and a mine 7 degrees of latitude north: about 780 km, two full days on the road at 300 km a day
		Plan tight = new Fixture().worker("p").visit("a", MON, MON.plusDays(2), 1, Set.of(), 37.8, 112.5)
				.visit("b", MON, MON.plusDays(2), 1, Set.of(), 44.8, 112.5).solve();
		assertEquals(1, tight.assignments().size(), "three days cannot hold both visits and two days of travel");
		Plan week = new Fixture().worker("p").visit("a", MON, MON.plusDays(4), 1, Set.of(), 37.8, 112.5)
				.visit("b", MON, MON.plusDays(4), 1, Set.of(), 44.8, 112.5).solve();
		assertEquals(2, week.assignments().size());
		long apart = Math.abs(ChronoUnit.DAYS.between(Fixture.of(week, "a").start(), Fixture.of(week, "b").start()));
		assertTrue(apart >= 3, "two free days between the visits: " + apart);
	}

	@Test
	void onlyTheAgencysPeopleGo() {
		Plan plan = new Fixture().workerOf("outsider", "agency-B").visit("a", MON, MON).solve();
		assertTrue(plan.assignments().isEmpty());
	}

	@Test
	void standingChargesHaveALimit() {
		Fixture f = new Fixture().worker("p").standing("s1").standing("s2").standing("s3");
		f.settings = new ScheduleSettings(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 7, 2, 300, 2, 2, Map.of(), 3);
		Plan plan = f.solve();
		assertEquals(2, plan.assignments().size());
		assertEquals(0, plan.score().hard());
	}

	@Test
	void pinnedAssignmentsAreKept() {
		Fixture f = new Fixture().worker("p").worker("q").visit("a", MON, MON.plusDays(4)).visit("b", MON, MON.plusDays(4));
		Assignment pinned = new Assignment("a", MON.plusDays(2), List.of("p"), true);
		Plan plan = f.solve(pinned);
		assertEquals(pinned, Fixture.of(plan, "a"));
		assertNotNull(Fixture.of(plan, "b"));
		assertEquals(0, plan.score().hard());
	}

	@Test
	void aPlanEditedByHandIsMarked() {
		Plan plan = new Fixture().worker("p").visit("a", MON, MON.plusDays(1)).visit("b", MON, MON.plusDays(1)).solve();
		assertEquals(List.of(), plan.conflicts());
		Assignment b = Fixture.of(plan, "b");
		Plan edited = plan.with(b.moved(Fixture.of(plan, "a").start(), b.personIds()), Locale.ENGLISH);
		assertEquals(1, edited.conflicts().size(), edited.conflicts().toString());
		Conflict c = edited.conflicts().get(0);
		assertEquals(Rules.ONE_PLACE, c.ruleId());
		assertEquals("p", c.personId());
		assertTrue(c.describe(Locale.ENGLISH).contains("two places"), c.describe(Locale.ENGLISH));
		assertTrue(c.describe(Locale.CHINESE).contains("两处"), c.describe(Locale.CHINESE));
		Plan back = edited.with(b, Locale.ENGLISH);
		assertEquals(List.of(), back.conflicts());
		assertNull(Fixture.of(new Fixture().solve(), "a"));
	}
}
