package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.refdata.DataFolder;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.MineKind;

/** A later edition of a standard loads beside the first, from data alone, and old citations keep theirs. */
class CriteriaEditionsTest {

	@TempDir
	Path temp;

	@Test
	void aSecondEditionLoadsBesideTheFirstAndOldCitationsKeepTheirs() throws IOException {
		Path data = temp.resolve("data");
		DataFilesOnDisk.copyShipped(data.resolve("divisions"), "/data/divisions/", "edition.properties", "provinces.json", "cities.json", "areas.json");
		DataFilesOnDisk.copyShipped(data.resolve("criteria/order4-2020"), "/data/criteria/order4-2020/", "edition.properties", "criteria.tsv");
		DataFilesOnDisk.copyShipped(data.resolve("vocabularies/speciality"), "/data/vocabularies/speciality/", "edition.properties", "terms.tsv");
		Files.writeString(data.resolve("vocabularies/vocabularies.txt"), "speciality\n");
		Path order21Folder = data.resolve("criteria/order21-2026");
		DataFilesOnDisk.write(order21Folder, "edition.properties", """
				standard = 煤矿重大事故隐患判定标准
				edition = 应急管理部令第21号（测试用）
				source = a test edition; not the real text
				validFrom = 2026-07-01
				appliesTo = UNDERGROUND_COAL, OPEN_PIT_COAL
				""");
		DataFilesOnDisk.write(order21Folder, "criteria.tsv", "cat_no\tarticle\tcategory\titem_no\ttext\n1\t第四条\t测试类别\t1\t测试情形一\n1\t第四条\t测试类别\t2\t测试情形二\n");
		Files.writeString(data.resolve("criteria/editions.txt"), "order4-2020\norder21-2026\n");

		ReferenceData reference = ReferenceData.load(DataFolder.of(data));

		assertEquals(2, reference.criteria().size());
		CriteriaEdition order4 = reference.criteriaFor(MineKind.UNDERGROUND_COAL, LocalDate.of(2025, 12, 31));
		CriteriaEdition order21 = reference.criteriaFor(MineKind.UNDERGROUND_COAL, LocalDate.of(2026, 7, 1));
		assertEquals("应急管理部令第4号（2020）", order4.getEdition());
		assertEquals("应急管理部令第21号（测试用）", order21.getEdition());
		Citation old = ReferenceData.cite(order4, "5.3");
		Citation recent = ReferenceData.cite(order21, "1.2");
		assertEquals("应急管理部令第4号（2020）", old.getEdition(), "a hazard judged under Order 4 keeps citing Order 4");
		assertSame(order4, old.getCriterion().eContainer().eContainer());
		assertEquals("测试情形二", recent.getCriterion().getText());
	}
}
