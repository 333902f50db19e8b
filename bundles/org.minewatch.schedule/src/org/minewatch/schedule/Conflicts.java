package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks a plan against every hard rule, whoever made it: the solver's plan (the property test proves it breaks
 * none) or a plan a person edited by hand (the calendar marks each conflict as it is made). Independent of the
 * solver: it reads only the problem and the assignments.
 */
public final class Conflicts {

	private final Problem problem;
	private final Locale locale;
	private final Map<String, Duty> duties;
	private final Map<String, Worker> workers;

	public Conflicts(Problem problem, Locale locale) {
		this.problem = problem;
		this.locale = locale;
		this.duties = problem.dutiesById();
		this.workers = problem.workersById();
	}

	/** Every conflict of the assignments, in a stable order. */
	public List<Conflict> check(Collection<Assignment> assignments) {
		List<Conflict> found = new ArrayList<>();
		Map<String, List<Assignment>> byPerson = new TreeMap<>();
		for (Assignment a : assignments) {
			Duty duty = duties.get(a.dutyId());
			if (duty == null) {
				continue;
			}
			each(duty, a, found);
			for (String person : a.personIds()) {
				byPerson.computeIfAbsent(person, k -> new ArrayList<>()).add(a);
			}
		}
		byPerson.forEach((person, list) -> perPerson(person, list, found));
		return found;
	}

	private void each(Duty duty, Assignment a, List<Conflict> found) {
		if (a.personIds().size() != duty.people() || new HashSet<>(a.personIds()).size() != a.personIds().size()) {
			found.add(conflict(Rules.TEAM_SIZE, duty, null, a.start(), duty.mineName(), duty.people(), a.personIds().size()));
		}
		Set<String> covered = new HashSet<>();
		for (String personId : a.personIds()) {
			Worker w = workers.get(personId);
			if (w == null || !duty.agencyIds().contains(w.agencyId())) {
				found.add(conflict(Rules.AGENCY, duty, personId, a.start(), name(personId), duty.mineName()));
			}
			if (w != null) {
				covered.addAll(w.specialities());
			}
		}
		if (!covered.containsAll(duty.specialities())) {
			Set<String> missing = new java.util.TreeSet<>(duty.specialities());
			missing.removeAll(covered);
			found.add(conflict(Rules.SPECIALITIES, duty, null, a.start(), duty.mineName(), String.join(", ", missing))); //$NON-NLS-1$
		}
		if (!duty.kind().timed()) {
			return;
		}
		if (a.start() == null || a.start().isBefore(duty.earliest()) || a.start().isAfter(duty.latest())) {
			found.add(conflict(Rules.WINDOW, duty, null, a.start(), duty.mineName(), duty.earliest(), duty.latest()));
			if (a.start() == null) {
				return;
			}
		}
		for (int i = 0; i < duty.days(); i++) {
			LocalDate day = a.start().plusDays(i);
			if (!Problem.restDaysAllowed(duty) && !problem.settings().working(day)) {
				found.add(conflict(Rules.LEAVE_REST, duty, null, day, duty.mineName(), day));
			}
			for (String personId : a.personIds()) {
				Worker w = workers.get(personId);
				if (w != null && w.away().contains(day)) {
					found.add(conflict(Rules.LEAVE_REST, duty, personId, day, name(personId), day));
				}
			}
		}
	}

	private void perPerson(String person, List<Assignment> list, List<Conflict> found) {
		List<Assignment> timed = list.stream().filter(a -> duties.get(a.dutyId()).kind().timed() && a.start() != null).toList();
		for (int i = 0; i < timed.size(); i++) {
			for (int j = i + 1; j < timed.size(); j++) {
				Assignment a = timed.get(i);
				Assignment b = timed.get(j);
				Duty da = duties.get(a.dutyId());
				Duty db = duties.get(b.dutyId());
				LocalDate overlap = overlap(da, a.start(), db, b.start());
				if (overlap != null) {
					found.add(conflict(Rules.ONE_PLACE, db, person, overlap, name(person), overlap, da.mineName(), db.mineName()));
				} else if (Problem.travelApplies(da, db)) {
					int travel = problem.travelDays(da, db);
					boolean apart = !b.start().isBefore(a.start().plusDays(da.days() + travel)) || !a.start().isBefore(b.start().plusDays(db.days() + travel));
					if (!apart) {
						found.add(conflict(Rules.TRAVEL, db, person, b.start(), name(person), da.mineName(), db.mineName(), travel));
					}
				}
			}
		}
		Map<String, Set<Integer>> series = new HashMap<>();
		int standing = 0;
		for (Assignment a : list) {
			Duty d = duties.get(a.dutyId());
			if (d.series() != null) {
				series.computeIfAbsent(d.series(), k -> new HashSet<>()).add(d.seriesIndex());
			}
			if (!d.kind().timed()) {
				standing++;
			}
		}
		int max = problem.settings().maxWatchPeriods();
		series.forEach((s, indices) -> {
			for (int start : indices) {
				int run = 0;
				while (indices.contains(start + run)) {
					run++;
				}
				if (!indices.contains(start - 1) && run > max) {
					Duty any = list.stream().map(a -> duties.get(a.dutyId())).filter(d -> s.equals(d.series())).findFirst().orElseThrow();
					found.add(conflict(Rules.ROTATION, any, person, null, name(person), any.mineName(), run, max));
				}
			}
		});
		if (standing > problem.settings().maxStandingCharges()) {
			found.add(new Conflict(Rules.STANDING_LIMIT, null, person, null,
					Rules.TEXTS.format(locale, "conflict." + Rules.STANDING_LIMIT, name(person), standing, problem.settings().maxStandingCharges()))); //$NON-NLS-1$
		}
	}

	/** The first day two duties both occupy, or null. */
	static LocalDate overlap(Duty a, LocalDate startA, Duty b, LocalDate startB) {
		LocalDate from = startA.isAfter(startB) ? startA : startB;
		LocalDate endA = startA.plusDays(a.days());
		LocalDate endB = startB.plusDays(b.days());
		LocalDate to = endA.isBefore(endB) ? endA : endB;
		return from.isBefore(to) ? from : null;
	}

	private String name(String personId) {
		Worker w = workers.get(personId);
		return w == null ? personId : w.name();
	}

	private Conflict conflict(String rule, Duty duty, String person, LocalDate day, Object... arguments) {
		return new Conflict(rule, duty.id(), person, day, Rules.TEXTS.format(locale, "conflict." + rule, arguments)); //$NON-NLS-1$
	}
}
