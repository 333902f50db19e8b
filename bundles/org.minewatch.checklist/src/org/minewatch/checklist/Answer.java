package org.minewatch.checklist;

import java.util.List;

import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.ItemOutcome;

/**
 * The answer to one checklist item: the outcome, the state as found written out (写实), and for a hazard what
 * it is, where, its grade and (major) citation, and whether it was fixed on the spot, with the evidence.
 *
 * @param hazard what the hazard is (null unless the outcome is a hazard)
 */
public record Answer(ItemOutcome outcome, String stateAsFound, String hazard, String place, HazardGrade grade, Citation citation, boolean fixedOnSpot,
		List<Attachment> evidence) {

	public static Answer conforming(String stateAsFound) {
		return new Answer(ItemOutcome.CONFORMING, stateAsFound, null, null, null, null, false, List.of());
	}

	public static Answer notApplicable(String why) {
		return new Answer(ItemOutcome.NOT_APPLICABLE, why, null, null, null, null, false, List.of());
	}

	public static Answer hazard(String stateAsFound, String hazard, String place, HazardGrade grade, Citation citation) {
		return new Answer(ItemOutcome.HAZARD, stateAsFound, hazard, place, grade, citation, false, List.of());
	}

	public static Answer fixedOnSpot(String stateAsFound, String hazard, String place, List<Attachment> evidence) {
		return new Answer(ItemOutcome.HAZARD, stateAsFound, hazard, place, HazardGrade.GENERAL, null, true, evidence);
	}
}
