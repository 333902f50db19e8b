package org.minewatch.demo.national;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * enterprises.csv: the groups first (about 5%, registered at province level and owned by the provincial local
 * regulator), then the ordinary enterprises, registered in their county; about 40% of them belong to a group,
 * which therefore always precedes them in the file.
 */
final class EnterpriseWriter {

	static final String FILE = "enterprises.csv";

	private EnterpriseWriter() {
	}

	static void write(Plan plan, Facts facts, Output output) throws IOException {
		Counties counties = plan.counties;
		long creditOffset = Keys.mix(plan.keys.key(RecordType.ENTERPRISE, -1));
		try (CsvSink csv = output.open(FILE, "id", "owner_agency_id", "parent_id", "group", "name", "credit_code",
				"jurisdiction_code")) {
			for (long e = 0; e < plan.enterprises; e++) {
				SplittableRandom random = plan.keys.random(RecordType.ENTERPRISE, e);
				Facts.Enterprise enterprise = facts.drawEnterprise(e, random);
				int province = counties.provinceOf(enterprise.county());
				String provinceCode = counties.provinceCode(province);
				String jurisdiction;
				long owner;
				String name;
				if (enterprise.group()) {
					jurisdiction = provinceCode;
					owner = plan.provincialRegulator(province);
					name = Words.groupName(provinceCode, random);
				} else {
					jurisdiction = counties.county(enterprise.county()).countyCode();
					owner = plan.countyRegulator(enterprise.county());
					name = Words.companyName(random);
				}
				String parent = enterprise.parent() < 0 ? "" : id(plan, enterprise.parent());
				csv.row(id(plan, e), plan.agencyId(owner), parent, Boolean.toString(enterprise.group()), name,
						CreditCodes.of(jurisdiction, e, creditOffset), jurisdiction);
			}
		}
	}

	static String id(Plan plan, long enterprise) {
		return plan.keys.uuid(RecordType.ENTERPRISE, enterprise);
	}
}
