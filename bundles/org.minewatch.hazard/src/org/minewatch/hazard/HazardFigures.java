package org.minewatch.hazard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;

/**
 * The hazard dashboard's figures for an area (the nation, a province or a county), counted by the database
 * from the hazards' index rows, voided ones left out: hazards by state and grade, the overdue ones (under
 * rectification past the deadline, as {@link Escalation#daysOverdue}), the
 * repeats (屡查屡犯), the ones due this week, and the rectification rate (整改率: accepted or closed, of all registered).
 *
 * @param general general hazards by state
 * @param major major hazards by state
 * @param dueThisWeek hazards under rectification whose deadline falls in the {@value #DUE_DAYS} days from today on
 */
public record HazardFigures(Map<HazardState, Long> general, Map<HazardState, Long> major, long overdueGeneral, long overdueMajor, long repeats,
		long dueThisWeek) {

	/** How many days, today included, "due this week" looks ahead. */
	public static final int DUE_DAYS = 7;

	/** The states of a hazard not yet rectified, whose deadline can pass. */
	public static final List<HazardState> UNRECTIFIED = List.of(HazardState.REGISTERED, HazardState.RECTIFYING, HazardState.SUPERVISED);

	/** Where: the index field ("province" or "county") and the division's code; a null field counts the nation. */
	public record Area(String field, String code) {

		public static final Area NATION = new Area(null, null);

		public static Area province(String code) {
			return new Area("province", code); //$NON-NLS-1$
		}

		public static Area county(String code) {
			return new Area("county", code); //$NON-NLS-1$
		}

		Query<Hazard> hazards() {
			Query<Hazard> query = Query.of(Hazard.class);
			return field == null ? query : query.where(field, code);
		}
	}

	/** Counts in one read (six grouped queries). */
	public static HazardFigures count(Session session, Area area, LocalDate today) {
		Map<HazardState, Long> general = byState(session.countBy(area.hazards().where("grade", HazardGrade.GENERAL), "state")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<HazardState, Long> major = byState(session.countBy(area.hazards().where("grade", HazardGrade.MAJOR), "state")); //$NON-NLS-1$ //$NON-NLS-2$
		Map<Object, Long> overdue = session.countBy(area.hazards().whereIn("state", Escalation.UNDER_RECTIFICATION).where("deadline", Query.Op.LESS, today), "grade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long repeats = session.countBy(area.hazards().wherePresent("repeatOf"), "grade").values().stream().mapToLong(Long::longValue).sum(); //$NON-NLS-1$ //$NON-NLS-2$
		long due = session.countBy(area.hazards().whereIn("state", Escalation.UNDER_RECTIFICATION).where("deadline", Query.Op.GREATER_OR_EQUAL, today) //$NON-NLS-1$ //$NON-NLS-2$
				.where("deadline", Query.Op.LESS, today.plusDays(DUE_DAYS)), "grade").values().stream().mapToLong(Long::longValue).sum(); //$NON-NLS-1$ //$NON-NLS-2$
		return new HazardFigures(general, major, overdue.getOrDefault(HazardGrade.GENERAL.getName(), 0L), overdue.getOrDefault(HazardGrade.MAJOR.getName(), 0L),
				repeats, due);
	}

	private static Map<HazardState, Long> byState(Map<Object, Long> counted) {
		Map<HazardState, Long> states = new EnumMap<>(HazardState.class);
		for (HazardState state : HazardState.VALUES) {
			states.put(state, counted.getOrDefault(state.getName(), 0L));
		}
		return states;
	}

	/** All hazards counted (not voided). */
	public long total() {
		return sum(general) + sum(major);
	}

	/** Hazards of both grades in a state. */
	public long inState(HazardState state) {
		return general.get(state) + major.get(state);
	}

	/** Not yet rectified (registered, rectifying, supervised). */
	public long open() {
		return UNRECTIFIED.stream().mapToLong(this::inState).sum();
	}

	/** Accepted or closed, of all registered (found but not registered is not counted); 1 when there are none. */
	public double rectificationRate() {
		long registered = total() - inState(HazardState.FOUND);
		return registered == 0 ? 1.0 : (double) (inState(HazardState.ACCEPTED) + inState(HazardState.CLOSED)) / registered;
	}

	private static long sum(Map<HazardState, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}
}
