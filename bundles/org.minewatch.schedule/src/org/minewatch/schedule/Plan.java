package org.minewatch.schedule;

import java.util.List;
import java.util.Locale;

/**
 * A plan: the problem it was made for, its assignments, the duties left unmet, the hard rules it breaks (none when the
 * solver made it; those a person's edits made otherwise), the province rules that failed, and its score.
 */
public record Plan(Problem problem, List<Assignment> assignments, List<Duty> unmet, List<Conflict> conflicts, List<String> failedRules, Score score) {

	/** Hard: conflicts (0 for a solved plan); unmet: duties and their weight left without people; the heaviest person's days. */
	public record Score(int hard, int unmet, int unmetWeight, int heaviestLoad) {

		public String describe(Locale locale) {
			return Rules.TEXTS.format(locale, "score", hard, unmet, unmetWeight, heaviestLoad); //$NON-NLS-1$
		}
	}

	public Plan {
		assignments = List.copyOf(assignments);
		unmet = List.copyOf(unmet);
		conflicts = List.copyOf(conflicts);
		failedRules = List.copyOf(failedRules);
	}

	/** The plan's figures for these assignments (a solved plan or one edited by hand), checked against every hard rule. */
	public static Plan of(Problem problem, List<Assignment> assignments, List<String> failedRules, Locale locale) {
		java.util.Set<String> staffed = new java.util.HashSet<>();
		assignments.forEach(a -> staffed.add(a.dutyId()));
		List<Duty> unmet = problem.duties().stream().filter(d -> !staffed.contains(d.id())).toList();
		List<Conflict> conflicts = new Conflicts(problem, locale).check(assignments);
		java.util.Map<String, Integer> load = new java.util.HashMap<>();
		java.util.Map<String, Duty> duties = problem.dutiesById();
		for (Assignment a : assignments) {
			Duty d = duties.get(a.dutyId());
			for (String p : a.personIds()) {
				load.merge(p, d == null ? 0 : Math.max(1, d.days()), Integer::sum);
			}
		}
		int heaviest = load.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return new Plan(problem, assignments, unmet, conflicts, failedRules,
				new Score(conflicts.size(), unmet.size(), unmet.stream().mapToInt(Duty::weight).sum(), heaviest));
	}

	/** The same plan with one assignment replaced (a person moved it by hand), checked again. */
	public Plan with(Assignment changed, Locale locale) {
		List<Assignment> next = new java.util.ArrayList<>(assignments.stream().filter(a -> !a.dutyId().equals(changed.dutyId())).toList());
		next.add(changed);
		return of(problem, next, failedRules, locale);
	}
}
