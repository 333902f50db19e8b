package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minewatch.core.LocalTexts;
import org.minewatch.hazard.Honesty;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.registry.SupervisionClass;

/**
 * Ranks mines for an investigation plan by what the store knows, each rank with its reasons ("time serves
 * quality": the riskiest first): the supervision class and severe disasters, open, overdue and repeated hazards, the
 * honesty gap (major hazards regulators found that the mine's own self-inspection of the same round did not report)
 * and a status change in the last quarter. The points are the suite's (非官方), shown with each reason so a person can
 * weigh them.
 */
public final class RiskRanking {

	/** One reason and the points it adds. */
	public record Reason(String key, int points, String words) {
	}

	/** A mine's rank (1 = riskiest), its points and reasons, most points first. */
	public record Ranked(int rank, String mineId, String mineName, int points, List<Reason> reasons) {
	}

	static final int RECENT_DAYS = 92;
	private static final LocalTexts TEXTS = LocalTexts.of(RiskRanking.class, "org.minewatch.schedule.messages"); //$NON-NLS-1$

	private RiskRanking() {
	}

	/** What the ranking needs of a hazard: its mine, whether major, closed or a repeat, and its deadline (an index row holds it all). */
	public record HazardFacts(String mineId, boolean major, boolean closed, LocalDate deadline, boolean repeat) {

		public static HazardFacts of(Hazard h) {
			return new HazardFacts(h.getMine() == null ? null : h.getMine().getId(), h.getGrade() == HazardGrade.MAJOR, h.getState() == HazardState.CLOSED,
					h.getRectification() == null ? null : h.getRectification().getDeadline(), h.getRepeatOf() != null);
		}

		/** From a hazard's index row (fields mine, grade, state, deadline, repeatOf). */
		public static HazardFacts of(org.minewatch.core.IndexRow row) {
			Object deadline = row.get("deadline"); //$NON-NLS-1$
			return new HazardFacts(row.get("mine") == null ? null : row.get("mine").toString(), //$NON-NLS-1$ //$NON-NLS-2$
					HazardGrade.MAJOR.toString().equals(String.valueOf(row.get("grade"))), //$NON-NLS-1$
					HazardState.CLOSED.toString().equals(String.valueOf(row.get("state"))), //$NON-NLS-1$
					deadline instanceof LocalDate d ? d : null, row.get("repeatOf") != null); //$NON-NLS-1$
		}
	}

	/** The mines ranked as of {@code asOf}; {@code hazards} are the hazards of these mines (any other is ignored). */
	public static List<Ranked> rank(List<Mine> mines, List<Hazard> hazards, LocalDate asOf, Locale locale) {
		List<Hazard> valid = hazards.stream().filter(h -> h.getMine() != null && h.getVoidedAt() == null).toList();
		return rank(mines, valid.stream().map(HazardFacts::of).toList(), unreported(valid), asOf, locale);
	}

	/**
	 * The mines ranked from their hazards' facts and, per mine, the major hazards regulators found that its
	 * self-inspection did not report ({@link #unreported(List)}).
	 */
	public static List<Ranked> rank(List<Mine> mines, List<HazardFacts> hazards, Map<String, Integer> unreported, LocalDate asOf, Locale locale) {
		Map<String, List<HazardFacts>> byMine = new HashMap<>();
		for (HazardFacts h : hazards) {
			if (h.mineId() != null) {
				byMine.computeIfAbsent(h.mineId(), k -> new ArrayList<>()).add(h);
			}
		}
		List<Ranked> unranked = new ArrayList<>();
		for (Mine mine : mines) {
			List<Reason> reasons = reasons(mine, byMine.getOrDefault(mine.getId(), List.of()), unreported.getOrDefault(mine.getId(), 0), asOf, locale);
			unranked.add(new Ranked(0, mine.getId(), mine.getName(), reasons.stream().mapToInt(Reason::points).sum(), reasons));
		}
		unranked.sort(Comparator.comparingInt(Ranked::points).reversed().thenComparing(Ranked::mineName, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Ranked::mineId));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < unranked.size(); i++) {
			Ranked r = unranked.get(i);
			ranked.add(new Ranked(i + 1, r.mineId(), r.mineName(), r.points(), r.reasons()));
		}
		return ranked;
	}

	/** Per mine, the major hazards regulators found that the self-inspection of the same round did not report (the honesty gap). */
	public static Map<String, Integer> unreported(List<Hazard> hazards) {
		Map<String, Map<Object, List<Hazard>>> rounds = new HashMap<>();
		for (Hazard h : hazards) {
			if (h.getMine() == null) {
				continue;
			}
			Object round = h.getSourceInspection() == null || h.getSourceInspection().getCampaign() == null ? "" : h.getSourceInspection().getCampaign().getId(); //$NON-NLS-1$
			rounds.computeIfAbsent(h.getMine().getId(), k -> new HashMap<>()).computeIfAbsent(round, k -> new ArrayList<>()).add(h);
		}
		Map<String, Integer> counts = new HashMap<>();
		rounds.forEach((mine, byRound) -> {
			int n = byRound.values().stream().mapToInt(r -> Honesty.unreported(r).size()).sum();
			if (n > 0) {
				counts.put(mine, n);
			}
		});
		return counts;
	}

	static List<Reason> reasons(Mine mine, List<HazardFacts> hazards, int unreported, LocalDate asOf, Locale locale) {
		List<Reason> reasons = new ArrayList<>();
		Classification c = mine.classificationOn(asOf);
		SupervisionClass sc = c == null || c.getSupervisionClass() == null ? SupervisionClass.UNRATED : c.getSupervisionClass();
		int classPoints = switch (sc) {
		case D -> 30;
		case C -> 20;
		case B -> 10;
		case UNRATED -> 10;
		default -> 0;
		};
		if (classPoints > 0) {
			reasons.add(reason("risk.class", classPoints, locale, sc.getLiteral()));
		}
		if (c != null && c.isSevereDisaster()) {
			reasons.add(reason("risk.severe", 15, locale));
		}
		int open = 0;
		int openMajor = 0;
		int overdue = 0;
		int repeated = 0;
		for (HazardFacts h : hazards) {
			if (!h.closed()) {
				open++;
				if (h.major()) {
					openMajor++;
				}
				if (h.deadline() != null && h.deadline().isBefore(asOf)) {
					overdue++;
				}
			}
			if (h.repeat()) {
				repeated++;
			}
		}
		if (open > 0) {
			reasons.add(reason("risk.open", 3 * open + 12 * openMajor, locale, open, openMajor));
		}
		if (overdue > 0) {
			reasons.add(reason("risk.overdue", 8 * overdue, locale, overdue));
		}
		if (repeated > 0) {
			reasons.add(reason("risk.repeated", 6 * repeated, locale, repeated));
		}
		if (unreported > 0) {
			reasons.add(reason("risk.honesty", 15 * unreported, locale, unreported));
		}
		for (StatusChange change : mine.getStatusHistory()) {
			if (change.getSince() != null && !change.getSince().isAfter(asOf) && change.getSince().isAfter(asOf.minusDays(RECENT_DAYS))) {
				reasons.add(reason("risk.statusChanged", 10, locale, change.getSince(), change.getStatus() == null ? "" : change.getStatus().getLiteral())); //$NON-NLS-1$
				break;
			}
		}
		return reasons;
	}

	private static Reason reason(String key, int points, Locale locale, Object... arguments) {
		return new Reason(key, points, TEXTS.format(locale, key, arguments) + " (+" + points + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
