package org.minewatch.hazard;

import java.util.Collection;
import java.util.List;

import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;

/**
 * The honesty check of a campaign round: the major hazards that regulators (an investigation or state
 * enforcement) found at a mine and that the mine's own self-inspection of the same round did not report
 * (no self-reported hazard of the same kind at the same place, see {@link Repeats}).
 */
public final class Honesty {

	/** Of the hazards found at one mine in one campaign round, the major ones regulators found and the mine did not report. */
	public static List<Hazard> unreported(Collection<Hazard> mineRound) {
		List<Hazard> selfReported = mineRound.stream().filter(h -> kind(h) == InspectionKind.SELF_INSPECTION).toList();
		return mineRound.stream().filter(h -> h.getGrade() == HazardGrade.MAJOR && kind(h) != null && kind(h) != InspectionKind.SELF_INSPECTION)
				.filter(found -> selfReported.stream().noneMatch(own -> Repeats.sameKind(own, found) && Repeats.samePlace(own, found))).toList();
	}

	private static InspectionKind kind(Hazard hazard) {
		Inspection inspection = hazard.getSourceInspection();
		return inspection == null ? null : inspection.getKind();
	}

	private Honesty() {
	}
}
