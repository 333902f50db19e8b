package org.minewatch.checklist;

import java.time.Instant;
import java.util.List;

import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.ItemOutcome;

/**
 * The answer to one checklist item: the outcome, the state as found written out (写实), and for a hazard what
 * it is, where, its grade and (major) citation, and whether it was fixed on the spot, with the evidence; for a
 * major hazard what was done at once ({@link Major}).
 *
 * @param hazard what the hazard is (null unless the outcome is a hazard)
 * @param major for a major hazard: the reason it cites nothing, the stop, the withdrawal, the written report (or null)
 */
public record Answer(ItemOutcome outcome, String stateAsFound, String hazard, String place, HazardGrade grade, Citation citation, boolean fixedOnSpot,
		List<Attachment> evidence, Major major) {

	/**
	 * What a major hazard is registered with: the reason it cites no situation of a loaded standard (null when it
	 * cites one), the work in the threatened area stopped, the people withdrawn, and when the written report went
	 * to the regulator (null if not yet).
	 */
	public record Major(String uncitedReason, boolean areaStopped, boolean peopleWithdrawn, Instant reportedAt) {
	}

	public Answer(ItemOutcome outcome, String stateAsFound, String hazard, String place, HazardGrade grade, Citation citation, boolean fixedOnSpot,
			List<Attachment> evidence) {
		this(outcome, stateAsFound, hazard, place, grade, citation, fixedOnSpot, evidence, null);
	}

	public static Answer conforming(String stateAsFound) {
		return new Answer(ItemOutcome.CONFORMING, stateAsFound, null, null, null, null, false, List.of());
	}

	public static Answer notApplicable(String why) {
		return new Answer(ItemOutcome.NOT_APPLICABLE, why, null, null, null, null, false, List.of());
	}

	public static Answer hazard(String stateAsFound, String hazard, String place, HazardGrade grade, Citation citation) {
		return new Answer(ItemOutcome.HAZARD, stateAsFound, hazard, place, grade, citation, false, List.of());
	}

	/** A major hazard: its citation (or null, with the reason in {@code major}) and what was done at once. */
	public static Answer major(String stateAsFound, String hazard, String place, Citation citation, Major major) {
		return new Answer(ItemOutcome.HAZARD, stateAsFound, hazard, place, HazardGrade.MAJOR, citation, false, List.of(), major);
	}

	public static Answer fixedOnSpot(String stateAsFound, String hazard, String place, List<Attachment> evidence) {
		return new Answer(ItemOutcome.HAZARD, stateAsFound, hazard, place, HazardGrade.GENERAL, null, true, evidence);
	}
}
