package org.minewatch.demo.national;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * persons.csv: three officials for every agency, then two staff for every mine. Officials belong to and are owned
 * by their agency; mine staff belong to their mine and are owned by the mine's regulator, like the mine.
 */
final class PersonWriter {

	static final String FILE = "persons.csv";
	private static final int PER_AGENCY = 3;
	private static final int PER_MINE = 2;

	private PersonWriter() {
	}

	static void write(Plan plan, Facts facts, Output output) throws IOException {
		try (CsvSink csv = output.open(FILE, "id", "owner_agency_id", "name", "agency_id", "mine_id")) {
			long officials = PER_AGENCY * plan.agencies();
			for (long p = 0; p < officials; p++) {
				SplittableRandom random = plan.keys.random(RecordType.PERSON, p);
				String agency = plan.agencyId(p / PER_AGENCY);
				csv.row(id(plan, p), agency, Words.personName(random), agency, "");
			}
			for (long m = 0; m < plan.mines; m++) {
				String owner = plan.agencyId(facts.mineOwner(facts.mine(m)));
				String mine = MineWriter.id(plan, m);
				for (int k = 0; k < PER_MINE; k++) {
					long p = officials + PER_MINE * m + k;
					SplittableRandom random = plan.keys.random(RecordType.PERSON, p);
					csv.row(id(plan, p), owner, Words.personName(random), "", mine);
				}
			}
		}
	}

	static String id(Plan plan, long person) {
		return plan.keys.uuid(RecordType.PERSON, person);
	}
}
