package org.minewatch.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;

import org.minewatch.core.Query;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;

/**
 * What the inspections list shows, within what its viewer sees ({@link InspectionScope}): a kind, the statuses,
 * part of a mine's name and the period the inspections were planned to start in. Becomes a query over the
 * inspections' index rows.
 *
 * @param kind null for all three kinds
 * @param statuses the statuses shown
 * @param mineName part of the mine's name, or blank
 * @param from the first day of the period, or null
 * @param to the last day of the period, or null
 */
public record InspectionFilter(InspectionKind kind, Set<InspectionStatus> statuses, String mineName, LocalDate from, LocalDate to) {

	/** Everything the viewer sees. */
	public static InspectionFilter all() {
		return new InspectionFilter(null, EnumSet.allOf(InspectionStatus.class), "", null, null); //$NON-NLS-1$
	}

	/** Self-inspections submitted and waiting for the regulator: what the regulator, the state agency and the group see. */
	public static InspectionFilter awaitingReview() {
		return new InspectionFilter(InspectionKind.SELF_INSPECTION, EnumSet.of(InspectionStatus.SUBMITTED), "", null, null); //$NON-NLS-1$
	}

	/** True when no inspection can match (no status chosen): nothing to ask the database. */
	public boolean matchesNothing() {
		return statuses.isEmpty();
	}

	/** The inspections that match, within the scope, in the order they were planned to start. */
	public Query<Inspection> query(InspectionScope scope) {
		Query<Inspection> query = scope.narrow(Query.of(Inspection.class));
		if (kind != null) {
			query.where("kind", kind); //$NON-NLS-1$
		}
		if (statuses.size() < InspectionStatus.VALUES.size()) {
			query.whereIn("status", new ArrayList<>(statuses)); //$NON-NLS-1$
		}
		if (mineName != null && !mineName.isBlank()) {
			query.where("mineName", Query.Op.CONTAINS, mineName.strip()); //$NON-NLS-1$
		}
		if (from != null) {
			query.where("plannedStart", Query.Op.GREATER_OR_EQUAL, from); //$NON-NLS-1$
		}
		if (to != null) {
			query.where("plannedStart", Query.Op.LESS_OR_EQUAL, to); //$NON-NLS-1$
		}
		return query.orderBy("plannedStart"); //$NON-NLS-1$
	}
}
