package org.minewatch.demo.national;

import java.io.IOException;

/**
 * agencies.csv: the national bureau; per province its supervision bureau (under the national bureau, named as in
 * 2021: 山东煤矿安全监察局, as the February 2021 bulletin names them) and its
 * provincial local regulator (a top-level agency: local regulators answer to local government); per county a
 * local regulator under the provincial one. The prefecture level is left out. Rows follow the agency
 * numbering of {@link Plan}, so parents always come before their children.
 */
final class AgencyWriter {

	static final String FILE = "agencies.csv";
	/** The code of the nation, as the division loader of the model gives it. */
	static final String NATION_CODE = "100000";

	private AgencyWriter() {
	}

	static void write(Plan plan, Output output) throws IOException {
		Counties counties = plan.counties;
		try (CsvSink csv = output.open(FILE, "id", "parent_id", "kind", "level", "jurisdiction_code", "name")) {
			String national = plan.agencyId(plan.nationalBureau());
			csv.row(national, "", "NATIONAL_BUREAU", "NATION", NATION_CODE, "国家矿山安全监察局");
			for (int p = 0; p < counties.provinceCount(); p++) {
				String code = counties.provinceCode(p);
				csv.row(plan.agencyId(plan.supervisionBureau(p)), national, "PROVINCIAL_SUPERVISION_BUREAU", "PROVINCE",
						code, Regions.shortName(code) + "煤矿安全监察局");
			}
			for (int p = 0; p < counties.provinceCount(); p++) {
				String code = counties.provinceCode(p);
				csv.row(plan.agencyId(plan.provincialRegulator(p)), "", "LOCAL_REGULATOR", "PROVINCE", code,
						Regions.fullName(code) + "应急管理厅");
			}
			for (int c = 0; c < counties.countyCount(); c++) {
				County county = counties.county(c);
				csv.row(plan.agencyId(plan.countyRegulator(c)), plan.agencyId(plan.provincialRegulator(counties.provinceOf(c))),
						"LOCAL_REGULATOR", "COUNTY", county.countyCode(), "区县应急管理局（" + county.countyCode() + "）");
			}
		}
	}
}
