package org.minewatch.demo.national;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * hazards.csv. About 60% are found by an inspection and take its mine; if that inspection is finished they
 * point to it and are found shortly before its completion. The rest are found at a random mine on a random day.
 * About 2% are major; a major hazard at a coal mine cites a situation of Order No. 4 (2020). The owner is the
 * mine's regulator, who follows the rectification up.
 */
final class HazardWriter {

	static final String FILE = "hazards.csv";

	private static final String[] STATES = { "FOUND", "REGISTERED", "RECTIFYING", "SUPERVISED", "ACCEPTED", "CLOSED" };
	private static final int[] STATE_WEIGHTS = { 10, 15, 25, 10, 15, 25 };
	private static final double FROM_INSPECTION = 0.6;
	private static final double MAJOR = 0.02;

	private HazardWriter() {
	}

	static void write(Plan plan, Facts facts, Output output) throws IOException {
		try (CsvSink csv = output.open(FILE, "id", "owner_agency_id", "mine_id", "inspection_id", "grade", "state",
				"description", "found_at", "deadline", "citation_item")) {
			for (long h = 0; h < plan.hazards; h++) {
				SplittableRandom random = plan.keys.random(RecordType.HAZARD, h);
				Facts.Mine mine;
				String inspectionId = "";
				long foundAt;
				if (random.nextDouble() < FROM_INSPECTION) {
					Facts.Inspection inspection = facts.inspection(random.nextLong(plan.inspections));
					mine = facts.mine(inspection.mine());
					if (inspection.completedAt() >= 0) {
						inspectionId = InspectionWriter.id(plan, inspection.index());
						foundAt = Math.max(0, inspection.completedAt() - random.nextInt(3 * 3600));
					} else {
						foundAt = Dates.officeHours(random.nextInt(Dates.DAYS), random);
					}
				} else {
					mine = facts.mine(random.nextLong(plan.mines));
					foundAt = Dates.officeHours(random.nextInt(Dates.DAYS), random);
				}
				boolean major = random.nextDouble() < MAJOR;
				String state = STATES[Keys.weighted(random, STATE_WEIGHTS)];
				String citation = major && mine.coal() ? Words.majorSituation(random) : "";
				String description;
				if (!citation.isEmpty()) {
					description = "重大事故隐患：" + Words.majorCategory(citation);
				} else {
					description = (major ? "重大事故隐患：" : "") + Words.hazardDescription(mine.kind(), random);
				}
				// Major hazards get longer to rectify; deadlines stay within the year.
				int deadline = Dates.dayOf(foundAt) + (major ? 30 + random.nextInt(61) : 3 + random.nextInt(28));
				csv.row(plan.keys.uuid(RecordType.HAZARD, h), plan.agencyId(facts.mineOwner(mine)),
						MineWriter.id(plan, mine.index()), inspectionId, major ? "MAJOR" : "GENERAL", state, description,
						Dates.instant(foundAt), Dates.date(deadline), citation);
			}
		}
	}
}
