package org.minewatch.hazard;

import java.time.Instant;
import java.util.Map;

import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;

/**
 * The hazards of an area found in a period (found at or after {@code from}, before {@code to}) and how many of them are
 * rectified now (accepted or closed, fixed on the spot included), by grade; voided ones left out. Counted by the
 * database from the hazards' index rows, inside the caller's unit of work: a report reads its figures here.
 */
public record HazardsFound(long general, long generalRectified, long major, long majorRectified) {

	/** Counts in one read (two grouped queries). */
	public static HazardsFound count(Session session, HazardFigures.Area area, Instant from, Instant to) {
		Map<Object, Long> general = session.countBy(found(area, from, to).where("grade", HazardGrade.GENERAL), "state"); //$NON-NLS-1$ //$NON-NLS-2$
		Map<Object, Long> major = session.countBy(found(area, from, to).where("grade", HazardGrade.MAJOR), "state"); //$NON-NLS-1$ //$NON-NLS-2$
		return new HazardsFound(sum(general), rectified(general), sum(major), rectified(major));
	}

	private static Query<Hazard> found(HazardFigures.Area area, Instant from, Instant to) {
		return area.hazards().where("foundAt", Query.Op.GREATER_OR_EQUAL, from).where("foundAt", Query.Op.LESS, to); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static long sum(Map<Object, Long> byState) {
		return byState.values().stream().mapToLong(Long::longValue).sum();
	}

	private static long rectified(Map<Object, Long> byState) {
		return byState.getOrDefault(HazardState.ACCEPTED.getName(), 0L) + byState.getOrDefault(HazardState.CLOSED.getName(), 0L);
	}
}
