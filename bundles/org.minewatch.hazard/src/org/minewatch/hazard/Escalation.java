package org.minewatch.hazard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.Mine;

/**
 * Deadlines and escalation. A hazard under rectification past its deadline is overdue. An overdue
 * major hazard climbs the local regulator chain that owns it: the county's regulator from the first
 * day, the city's after {@code stepDays}, the province's after twice that; and it is shown to the
 * state enforcement agency for the mine's area. The bureau sets the step ({@value #STEP_DAYS_SETTING}).
 */
public final class Escalation {

	/**
	 * The bureau setting: days overdue before a major hazard climbs one level; {@value #DEFAULT_STEP_DAYS} when not set.
	 * A local choice of the bureau, not a rule: no source sets a number of days (docs/hazards.md).
	 */
	public static final String STEP_DAYS_SETTING = "hazard.escalation.stepDays"; //$NON-NLS-1$
	public static final int DEFAULT_STEP_DAYS = 7;

	/** The states in which a deadline runs: under rectification. */
	public static final List<HazardState> UNDER_RECTIFICATION = List.of(HazardState.RECTIFYING, HazardState.SUPERVISED);

	/** Days past the deadline on {@code today} of a hazard under rectification; 0 when on time, closed or without a deadline. */
	public static long daysOverdue(Hazard hazard, LocalDate today) {
		if (!UNDER_RECTIFICATION.contains(hazard.getState()) || hazard.getRectification() == null || hazard.getRectification().getDeadline() == null) {
			return 0;
		}
		return Math.max(0, ChronoUnit.DAYS.between(hazard.getRectification().getDeadline(), today));
	}

	/** Due within the coming week (today included) and not overdue: the daily digest. */
	public static boolean dueThisWeek(Hazard hazard, LocalDate today) {
		if (!UNDER_RECTIFICATION.contains(hazard.getState()) || hazard.getRectification() == null || hazard.getRectification().getDeadline() == null) {
			return false;
		}
		LocalDate deadline = hazard.getRectification().getDeadline();
		return !deadline.isBefore(today) && deadline.isBefore(today.plusDays(7));
	}

	/**
	 * The local regulators an overdue hazard has reached, the owner first: only the owner for a general
	 * hazard; for a major one, one level more up the owner's chain of local regulators each
	 * {@code stepDays} overdue, up to the province. Empty when the hazard is not overdue.
	 */
	public static List<Agency> localChain(Hazard hazard, LocalDate today, int stepDays) {
		long overdue = daysOverdue(hazard, today);
		List<Agency> reached = new ArrayList<>();
		if (overdue == 0 || hazard.getOwner() == null) {
			return reached;
		}
		long levels = hazard.getGrade() == HazardGrade.MAJOR ? 1 + (overdue - 1) / Math.max(1, stepDays) : 1;
		for (Agency agency = hazard.getOwner(); agency != null && reached.size() < Math.min(levels, 3); agency = agency.getParent()) {
			if (agency.getKind() != AgencyKind.LOCAL_REGULATOR) {
				break;
			}
			reached.add(agency);
		}
		return reached;
	}

	/**
	 * The state enforcement agency for a mine's area: the supervision sub-bureau that covers its county
	 * (or the prefecture or province above it), else the provincial supervision bureau that covers its province.
	 */
	public static Optional<Agency> stateAgency(Collection<Agency> agencies, Mine mine) {
		Jurisdiction county = mine.getCounty();
		return agencies.stream()
				.filter(a -> a.getKind() == AgencyKind.SUPERVISION_SUB_BUREAU || a.getKind() == AgencyKind.PROVINCIAL_SUPERVISION_BUREAU)
				.filter(a -> a.getCovers().stream().anyMatch(area -> county != null && area.contains(county)))
				// the narrowest first: a sub-bureau before the provincial bureau
				.min(Comparator.comparing((Agency a) -> a.getKind() == AgencyKind.SUPERVISION_SUB_BUREAU ? 0 : 1));
	}

	private Escalation() {
	}
}
