package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small hand-made problems for the oracle tests: a fortnight from Monday 2021-10-04, agency A unless said. */
final class Fixture {

	static final LocalDate MONDAY = LocalDate.of(2021, 10, 4);
	static final String A = "agency-A";

	final List<Duty> duties = new ArrayList<>();
	final List<Worker> workers = new ArrayList<>();
	ScheduleSettings settings = ScheduleSettings.defaults();
	LocalDate to = MONDAY.plusDays(13);

	Fixture worker(String id, String... specialities) {
		workers.add(new Worker(id, id, A, Set.of(specialities), Set.of()));
		return this;
	}

	Fixture workerAway(String id, LocalDate... away) {
		workers.add(new Worker(id, id, A, Set.of(), Set.of(away)));
		return this;
	}

	Fixture workerOf(String id, String agency) {
		workers.add(new Worker(id, id, agency, Set.of(), Set.of()));
		return this;
	}

	/** A one-day visit by one person at a mine at (lat, lon) between two days. */
	Fixture visit(String id, LocalDate earliest, LocalDate latest) {
		return visit(id, earliest, latest, 1, Set.of(), 0, 0);
	}

	Fixture visit(String id, LocalDate earliest, LocalDate latest, int people, Set<String> specialities, double lat, double lon) {
		duties.add(new Duty(id, DutyKind.ENFORCEMENT_VISIT, Rules.ENFORCEMENT_YEARLY, "mine-" + id, "mine " + id, lat, lon, List.of(A), earliest, latest, 1,
				people, specialities, 60, null, 0));
		return this;
	}

	Fixture watch(String mine, int periods) {
		for (int i = 0; i < periods; i++) {
			LocalDate start = MONDAY.plusDays(7L * i);
			duties.add(new Duty(mine + ":w" + i, DutyKind.RESIDENT_WATCH, Rules.RESIDENT_WATCH, mine, mine, 0, 0, List.of(A), start, start, 7, 1, Set.of(), 50,
					mine + ":watch", i));
		}
		to = MONDAY.plusDays(7L * periods - 1);
		return this;
	}

	Fixture standing(String id) {
		duties.add(new Duty(id, DutyKind.STANDING_CHARGE, "test.standing", "mine-" + id, "mine " + id, 0, 0, List.of(A), MONDAY, to, 0, 1, Set.of(), 40, null,
				0));
		return this;
	}

	Problem problem() {
		return new Problem(MONDAY, to, settings, duties, workers);
	}

	Plan solve(Assignment... pinned) {
		Problem problem = problem();
		return Plan.of(problem, new PlanSolver(problem).solve(List.of(pinned)), List.of(), Locale.ENGLISH);
	}

	static Assignment of(Plan plan, String dutyId) {
		return plan.assignments().stream().filter(a -> a.dutyId().equals(dutyId)).findFirst().orElse(null);
	}
}
