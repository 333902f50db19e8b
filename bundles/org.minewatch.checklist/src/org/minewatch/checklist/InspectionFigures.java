package org.minewatch.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;

/**
 * The inspections of one kind in a province planned to start in a period (from and to inclusive): how many were
 * planned, how many are done (completed, submitted or accepted: a rejected one is to be redone), and at how many mines
 * those done were. Counted by the database from the inspections' index rows inside the caller's unit of work; a
 * report reads its figures here.
 */
public record InspectionFigures(long planned, long done, long minesDone) {

	/** The statuses of an inspection that was carried out and stands. */
	public static final List<InspectionStatus> DONE = List.of(InspectionStatus.COMPLETED, InspectionStatus.SUBMITTED, InspectionStatus.ACCEPTED);

	/** Counts in one read (two grouped queries). */
	public static InspectionFigures count(Session session, String provinceCode, InspectionKind kind, LocalDate from, LocalDate to) {
		Map<Object, Long> byStatus = session.countBy(planned(provinceCode, kind, from, to), "status"); //$NON-NLS-1$
		long planned = byStatus.values().stream().mapToLong(Long::longValue).sum();
		long done = DONE.stream().mapToLong(s -> byStatus.getOrDefault(s.getName(), 0L)).sum();
		long mines = session.countBy(planned(provinceCode, kind, from, to).whereIn("status", DONE), "mine").size(); //$NON-NLS-1$ //$NON-NLS-2$
		return new InspectionFigures(planned, done, mines);
	}

	private static Query<Inspection> planned(String provinceCode, InspectionKind kind, LocalDate from, LocalDate to) {
		return Query.of(Inspection.class).where("province", provinceCode).where("kind", kind) //$NON-NLS-1$ //$NON-NLS-2$
				.where("plannedStart", Query.Op.GREATER_OR_EQUAL, from).where("plannedStart", Query.Op.LESS_OR_EQUAL, to); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
