package org.minewatch.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.minewatch.core.Query;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;

/**
 * What the board shows: an area (a province, or a county of it), part of a mine's name, a grade, states, a
 * deadline view (overdue, or due this week: the daily digest), and the column it is sorted by. Becomes a
 * query over the hazards' index rows, so that a page is one index range scan however many hazards there are.
 *
 * @param provinceCode null for the nation
 * @param countyCode null for the whole province
 * @param mineName part of the mine's name, or blank
 * @param grade null for both grades
 * @param states the states shown
 * @param deadline which deadlines
 * @param orderBy the index field the rows are sorted by
 */
public record BoardFilter(String provinceCode, String countyCode, String mineName, HazardGrade grade, Set<HazardState> states, Deadline deadline, String orderBy) {

	/** Which deadlines the board shows. */
	public enum Deadline {
		ANY, OVERDUE, DUE_THIS_WEEK
	}

	/** Not closed: what the board shows first. */
	public static final Set<HazardState> NOT_CLOSED = EnumSet.complementOf(EnumSet.of(HazardState.CLOSED));

	/** The fields a column can sort by (indexed). */
	public static final List<String> SORTABLE = List.of("deadline", "foundAt", "mineName", "state", "grade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** The nation's hazards not closed, earliest deadline first. */
	public static BoardFilter initial() {
		return new BoardFilter(null, null, "", null, NOT_CLOSED, Deadline.ANY, "deadline"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The states that can match: a deadline view keeps only those under rectification, where a deadline runs. */
	public Set<HazardState> matchingStates() {
		Set<HazardState> matching = states.isEmpty() ? EnumSet.noneOf(HazardState.class) : EnumSet.copyOf(states);
		if (deadline != Deadline.ANY) {
			matching.retainAll(Escalation.UNDER_RECTIFICATION);
		}
		return matching;
	}

	/** True when no hazard can match (a deadline view of closed hazards): nothing to ask the database. */
	public boolean matchesNothing() {
		return matchingStates().isEmpty();
	}

	public Query<Hazard> query(LocalDate today) {
		Query<Hazard> query = Query.of(Hazard.class);
		if (countyCode != null) {
			query.where("county", countyCode); //$NON-NLS-1$
		} else if (provinceCode != null) {
			query.where("province", provinceCode); //$NON-NLS-1$
		}
		if (grade != null) {
			query.where("grade", grade); //$NON-NLS-1$
		}
		Set<HazardState> matching = matchingStates();
		if (matching.size() < HazardState.VALUES.size()) {
			query.whereIn("state", new ArrayList<>(matching)); //$NON-NLS-1$
		}
		if (mineName != null && !mineName.isBlank()) {
			query.where("mineName", Query.Op.CONTAINS, mineName.strip()); //$NON-NLS-1$
		}
		switch (deadline) {
		case OVERDUE -> query.where("deadline", Query.Op.LESS, today); //$NON-NLS-1$
		case DUE_THIS_WEEK -> query.where("deadline", Query.Op.GREATER_OR_EQUAL, today).where("deadline", Query.Op.LESS, today.plusDays(HazardFigures.DUE_DAYS)); //$NON-NLS-1$ //$NON-NLS-2$
		case ANY -> {
			// every deadline, and none
		}
		}
		return query.orderBy(orderBy);
	}

	public BoardFilter withOrder(String field) {
		return new BoardFilter(provinceCode, countyCode, mineName, grade, states, deadline, field);
	}
}
