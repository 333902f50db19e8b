package org.minewatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minewatch.model.registry.MineKind;

/**
 * No plan the solver makes breaks a hard rule: random problems (seeded, so a failure can be replayed) with leave,
 * rest days, specialities, distant mines, watches, standing charges and pinned assignments, each plan checked by the
 * independent {@link Conflicts}.
 */
class SolverPropertyTest {

	private static final String[] SPECIALITIES = { "MINING", "VENTILATION", "GEOLOGY_WATER" };

	@Test
	void noSolvedPlanBreaksAHardRule() {
		int staffed = 0;
		for (long run = 1; run <= 25; run++) {
			final long seed = run;
			Random random = new Random(seed);
			Problem problem = randomProblem(random);
			List<Assignment> pinned = new ArrayList<>();
			if (random.nextBoolean()) {
				// pin a plan's first assignment, as a person would, and plan again around it
				List<Assignment> first = new PlanSolver(problem).solve(List.of());
				if (!first.isEmpty()) {
					pinned.add(first.get(random.nextInt(first.size())).pin());
				}
			}
			Plan plan = Plan.of(problem, new PlanSolver(problem).solve(pinned), List.of(), Locale.ENGLISH);
			assertEquals(List.of(), plan.conflicts(), "seed " + seed);
			for (Assignment p : pinned) {
				assertTrue(plan.assignments().contains(p), "seed " + seed + " keeps " + p);
			}
			Set<String> ids = new HashSet<>();
			plan.assignments().forEach(a -> assertTrue(ids.add(a.dutyId()), "seed " + seed + ": one assignment per duty"));
			staffed += plan.assignments().size();
		}
		assertTrue(staffed > 100, "the random problems are not all unsolvable: " + staffed + " assignments");
	}

	private static Problem randomProblem(Random random) {
		LocalDate from = Fixture.MONDAY;
		LocalDate to = from.plusDays(27);
		List<String> agencies = List.of("A", "B");
		List<Worker> workers = new ArrayList<>();
		int people = 3 + random.nextInt(6);
		for (int i = 0; i < people; i++) {
			Set<LocalDate> away = new HashSet<>();
			if (random.nextInt(3) == 0) {
				LocalDate start = from.plusDays(random.nextInt(28));
				for (int k = 0; k < 1 + random.nextInt(5); k++) {
					away.add(start.plusDays(k));
				}
			}
			workers.add(new Worker("p" + i, "p" + i, agencies.get(random.nextInt(2)), Set.of(SPECIALITIES[random.nextInt(3)]), away));
		}
		List<Duty> duties = new ArrayList<>();
		int visits = 5 + random.nextInt(20);
		for (int i = 0; i < visits; i++) {
			LocalDate earliest = from.plusDays(random.nextInt(20));
			LocalDate latest = earliest.plusDays(random.nextInt(8));
			int days = 1 + random.nextInt(2);
			Set<String> need = random.nextBoolean() ? Set.of(SPECIALITIES[random.nextInt(3)]) : Set.of();
			duties.add(new Duty("v" + i, DutyKind.ENFORCEMENT_VISIT, Rules.ENFORCEMENT_YEARLY, "m" + i, "m" + i, 35 + random.nextDouble() * 8,
					110 + random.nextDouble() * 4, List.of(agencies.get(random.nextInt(2))), earliest, latest, days, 1 + random.nextInt(2), need,
					50 + random.nextInt(50), null, 0));
		}
		for (int m = 0; m < random.nextInt(3); m++) {
			for (int i = 0; i < 4; i++) {
				LocalDate start = from.plusDays(7L * i);
				duties.add(new Duty("w" + m + "." + i, DutyKind.RESIDENT_WATCH, Rules.RESIDENT_WATCH, "wm" + m, "wm" + m, 36, 112, List.of("A"), start, start, 7, 1,
						Set.of(), 50, "wm" + m + ":watch", i));
			}
		}
		for (int i = 0; i < random.nextInt(6); i++) {
			duties.add(new Duty("s" + i, DutyKind.STANDING_CHARGE, "test.standing", "sm" + i, "sm" + i, 0, 0, List.of("B"), from, to, 0, 2, Set.of(), 40, null, 0));
		}
		ScheduleSettings settings = new ScheduleSettings(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 7, 1 + random.nextInt(2), 200 + random.nextInt(300),
				1 + random.nextInt(3), 2, Map.<MineKind, Set<String>>of(), 1);
		return new Problem(from, to, settings, duties, workers);
	}
}
