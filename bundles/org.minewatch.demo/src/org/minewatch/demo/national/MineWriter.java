package org.minewatch.demo.national;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * mines.csv, and in the same pass over the mines their status history and classifications. A mine belongs to the
 * county local regulator of its enterprise's county and lies near that county's centre.
 */
final class MineWriter {

	static final String FILE = "mines.csv";

	/** Typical approved capacities of coal mines, in 10,000 t a year. */
	private static final int[] COAL_CAPACITIES = { 9, 15, 21, 30, 45, 60, 90, 120, 150, 180, 240, 300, 400, 500, 800,
			1000, 1500 };

	private MineWriter() {
	}

	static void write(Plan plan, Facts facts, Output output) throws IOException {
		Counties counties = plan.counties;
		try (CsvSink mines = output.open(FILE, "id", "owner_agency_id", "enterprise_id", "name", "kind", "province_code",
				"county_code", "approved_capacity", "latitude", "longitude");
				CsvSink statuses = output.open(MineHistory.STATUS_FILE, MineHistory.STATUS_HEADER);
				CsvSink classes = output.open(MineHistory.CLASSIFICATION_FILE, MineHistory.CLASSIFICATION_HEADER)) {
			for (long m = 0; m < plan.mines; m++) {
				SplittableRandom random = plan.keys.random(RecordType.MINE, m);
				Facts.Mine mine = facts.drawMine(m, random);
				County county = counties.county(mine.county());
				long[] centre = Regions.countyCentre(county.countyCode(), county.provinceCode());
				String id = id(plan, m);
				mines.row(id, plan.agencyId(facts.mineOwner(mine)), EnterpriseWriter.id(plan, mine.enterprise()),
						Words.mineName(mine.kind(), random), Facts.MINE_KINDS[mine.kind()], county.provinceCode(),
						county.countyCode(), Decimal.format(capacityTenths(mine, random), 1),
						Decimal.format(centre[0] + random.nextLong(-250_000, 250_001), 6),
						Decimal.format(centre[1] + random.nextLong(-250_000, 250_001), 6));
				MineHistory.statuses(statuses, id, plan.keys.random(RecordType.MINE_STATUS, m));
				MineHistory.classifications(classes, id, mine, plan.keys.random(RecordType.MINE_CLASSIFICATION, m));
			}
		}
	}

	static String id(Plan plan, long mine) {
		return plan.keys.uuid(RecordType.MINE, mine);
	}

	/** Coal mines in 10,000 t a year; non-coal mines likewise; tailings ponds in 10,000 m3 of storage. */
	private static long capacityTenths(Facts.Mine mine, SplittableRandom random) {
		return switch (mine.kind()) {
			case 0 -> 10L * COAL_CAPACITIES[random.nextInt(COAL_CAPACITIES.length)];
			case 1 -> 10L * COAL_CAPACITIES[4 + random.nextInt(COAL_CAPACITIES.length - 4)];
			case 2 -> random.nextLong(30, 1_501);
			default -> random.nextLong(100, 30_001);
		};
	}
}
