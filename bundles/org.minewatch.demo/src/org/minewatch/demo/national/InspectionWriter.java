package org.minewatch.demo.national;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * inspections.csv and, in the same pass, item_results.csv. The results are cut into consecutive runs, one per
 * inspection: the run boundaries are the even split of the total, each moved by a jitter of up to 30% of the
 * average run, so runs vary in length, add up exactly to the planned total, and can be found from the
 * inspection index alone. A run answers consecutive items of the template, starting at a random one.
 */
final class InspectionWriter {

	static final String INSPECTIONS_FILE = "inspections.csv";
	static final String RESULTS_FILE = "item_results.csv";

	private static final String[] OUTCOMES = { "CONFORMING", "HAZARD", "NOT_APPLICABLE" };
	private static final int[] OUTCOME_WEIGHTS = { 88, 3, 9 };

	private InspectionWriter() {
	}

	static void write(Plan plan, Facts facts, Output output) throws IOException {
		String[] itemIds = new String[Plan.CHECKLIST_ITEMS]; // fixed size, whatever the scale
		for (int i = 0; i < itemIds.length; i++) {
			itemIds[i] = ChecklistWriter.id(plan, i);
		}
		try (CsvSink inspections = output.open(INSPECTIONS_FILE, "id", "owner_agency_id", "kind", "mine_id", "status",
				"planned_start", "completed_at");
				CsvSink results = output.open(RESULTS_FILE, "id", "inspection_id", "item_id", "outcome",
						"state_as_found")) {
			long end = 0;
			for (long j = 0; j < plan.inspections; j++) {
				Facts.Inspection inspection = facts.drawInspection(j, plan.keys.random(RecordType.INSPECTION, j));
				Facts.Mine mine = facts.mine(inspection.mine());
				String id = id(plan, j);
				inspections.row(id, plan.agencyId(facts.inspectionOwner(inspection, mine)),
						Facts.INSPECTION_KINDS[inspection.kind()], MineWriter.id(plan, mine.index()),
						Facts.INSPECTION_STATUSES[inspection.status()], Dates.date(inspection.plannedDay()),
						inspection.completedAt() < 0 ? "" : Dates.instant(inspection.completedAt()));
				long start = end;
				end = boundary(plan, j + 1);
				for (long r = start; r < end; r++) {
					SplittableRandom random = plan.keys.random(RecordType.ITEM_RESULT, r);
					int outcome = Keys.weighted(random, OUTCOME_WEIGHTS);
					int item = (int) ((inspection.firstItem() + r - start) % Plan.CHECKLIST_ITEMS);
					results.row(plan.keys.uuid(RecordType.ITEM_RESULT, r), id, itemIds[item], OUTCOMES[outcome],
							stateAsFound(outcome, mine, random));
				}
			}
		}
	}

	private static String stateAsFound(int outcome, Facts.Mine mine, SplittableRandom random) {
		return switch (outcome) {
			case 0 -> "符合要求";
			case 1 -> Words.hazardDescription(mine.kind(), random);
			default -> "不涉及";
		};
	}

	/**
	 * The index of the first result of inspection {@code j} (the total for j = count). With an average run of
	 * at least 10 the jitter stays below a third of a run on each side, so boundaries keep increasing.
	 */
	static long boundary(Plan plan, long j) {
		long count = plan.inspections;
		long total = plan.itemResults;
		if (j <= 0) {
			return 0;
		}
		if (j >= count) {
			return total;
		}
		long average = total / count;
		// j * total / count without overflow: j * (total % count) < count^2, which fits for any allowed scale.
		long even = j * average + j * (total % count) / count;
		long amplitude = average >= 10 ? average * 3 / 10 : 0;
		long jitter = Math.floorMod(plan.keys.key(RecordType.RESULT_SPLIT, j), 2 * amplitude + 1) - amplitude;
		return even + jitter;
	}

	static String id(Plan plan, long inspection) {
		return plan.keys.uuid(RecordType.INSPECTION, inspection);
	}
}
