package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.model.refdata.CriteriaLoader;
import org.minewatch.model.refdata.DataFileException;
import org.minewatch.model.refdata.DataFolder;
import org.minewatch.model.refdata.DivisionLoader;
import org.minewatch.model.refdata.VocabularyLoader;

/** Every loader refuses a malformed file and says where: file, line and field. */
class LoaderErrorTest {

	private static final String EDITION = "edition = test\nsource = a test\n";

	@TempDir
	Path temp;

	@Test
	void divisionsWithAnAreaWhoseCityIsUnknown() throws IOException {
		Path folder = divisions("[{\"code\":\"37\",\"name\":\"山东省\"}]",
				"[{\"code\":\"3706\",\"name\":\"烟台市\",\"provinceCode\":\"37\"}]",
				"[{\"code\":\"370602\",\"name\":\"芝罘区\",\"cityCode\":\"3706\",\"provinceCode\":\"37\"},\n"
						+ " {\"code\":\"370699\",\"name\":\"无名区\",\"cityCode\":\"3799\",\"provinceCode\":\"37\"}]");
		DataFileException e = assertThrows(DataFileException.class, () -> new DivisionLoader().load(DataFolder.of(folder)));
		assertEquals("divisions/areas.json", e.file());
		assertEquals(2, e.line());
		assertEquals("$[1].cityCode", e.field());
		assertTrue(e.getMessage().contains("3799"), e.getMessage());
	}

	@Test
	void divisionsThatAreNotJson() throws IOException {
		Path folder = divisions("[{\"code\":\"37\",\"name\":\"山东省\"}]", "[{\"code\":\"3706\",\n\"name\":}]", "[]");
		DataFileException e = assertThrows(DataFileException.class, () -> new DivisionLoader().load(DataFolder.of(folder)));
		assertEquals("divisions/cities.json", e.file());
		assertEquals(2, e.line(), e.getMessage());
	}

	@Test
	void divisionsWithADuplicateCode() throws IOException {
		Path folder = divisions("[{\"code\":\"37\",\"name\":\"山东省\"},{\"code\":\"37\",\"name\":\"又一个\"}]", "[]", "[]");
		DataFileException e = assertThrows(DataFileException.class, () -> new DivisionLoader().load(DataFolder.of(folder)));
		assertEquals("$[1].code", e.field());
	}

	@Test
	void criteriaWithANumberThatIsNotANumber() throws IOException {
		Path folder = temp.resolve("order-x");
		DataFilesOnDisk.write(folder, "edition.properties", EDITION + "standard = 测试标准\nappliesTo = UNDERGROUND_COAL\n");
		DataFilesOnDisk.write(folder, "criteria.tsv", "cat_no\tarticle\tcategory\titem_no\ttext\n1\t第四条\t超能力\t1\t甲\n1\t第四条\t超能力\tzwei\t乙\n");
		DataFileException e = assertThrows(DataFileException.class, () -> new CriteriaLoader().load(DataFolder.of(folder)));
		assertEquals("order-x/criteria.tsv", e.file());
		assertEquals(3, e.line());
		assertEquals("item_no", e.field());
	}

	@Test
	void criteriaWithAMissingColumn() throws IOException {
		Path folder = temp.resolve("order-y");
		DataFilesOnDisk.write(folder, "edition.properties", EDITION + "standard = 测试标准\n");
		DataFilesOnDisk.write(folder, "criteria.tsv", "cat_no\tarticle\tcategory\ttext\n1\t第四条\t超能力\t甲\n");
		DataFileException e = assertThrows(DataFileException.class, () -> new CriteriaLoader().load(DataFolder.of(folder)));
		assertEquals(1, e.line());
		assertEquals("item_no", e.field());
	}

	@Test
	void criteriaWithAnUnknownMineKind() throws IOException {
		Path folder = temp.resolve("order-z");
		DataFilesOnDisk.write(folder, "edition.properties", "# a comment\n" + EDITION + "standard = 测试标准\nappliesTo = UNDERGROUND_COAL, GOLD\n");
		DataFilesOnDisk.write(folder, "criteria.tsv", "cat_no\tarticle\tcategory\titem_no\ttext\n");
		DataFileException e = assertThrows(DataFileException.class, () -> new CriteriaLoader().load(DataFolder.of(folder)));
		assertEquals("order-z/edition.properties", e.file());
		assertEquals(5, e.line());
		assertEquals("appliesTo", e.field());
	}

	@Test
	void anEditionWithABadDate() throws IOException {
		Path folder = temp.resolve("vocab");
		DataFilesOnDisk.write(folder, "edition.properties", EDITION + "name = v\nvalidFrom = 2021-13-01\n");
		DataFilesOnDisk.write(folder, "terms.tsv", "code\tparent\tlabel_zh\tlabel_en\n");
		DataFileException e = assertThrows(DataFileException.class, () -> new VocabularyLoader().load(DataFolder.of(folder)));
		assertEquals(4, e.line());
		assertEquals("validFrom", e.field());
	}

	@Test
	void aVocabularyTermWithAnUnknownParent() throws IOException {
		Path folder = temp.resolve("vocab2");
		DataFilesOnDisk.write(folder, "edition.properties", EDITION + "name = v\n");
		DataFilesOnDisk.write(folder, "terms.tsv", "code\tparent\tlabel_zh\tlabel_en\nA\t\t甲\tA\nB\tX\t乙\tB\n");
		DataFileException e = assertThrows(DataFileException.class, () -> new VocabularyLoader().load(DataFolder.of(folder)));
		assertEquals("vocab2/terms.tsv", e.file());
		assertEquals(3, e.line());
		assertEquals("parent", e.field());
	}

	@Test
	void aVocabularyRowWithTooFewColumns() throws IOException {
		Path folder = temp.resolve("vocab3");
		DataFilesOnDisk.write(folder, "edition.properties", EDITION + "name = v\n");
		DataFilesOnDisk.write(folder, "terms.tsv", "code\tparent\tlabel_zh\tlabel_en\nA\t\t甲\tA\nB\t\n");
		DataFileException e = assertThrows(DataFileException.class, () -> new VocabularyLoader().load(DataFolder.of(folder)));
		assertEquals(3, e.line(), e.getMessage());
	}

	private Path divisions(String provinces, String cities, String areas) throws IOException {
		Path folder = temp.resolve("divisions");
		DataFilesOnDisk.write(folder, "edition.properties", EDITION);
		DataFilesOnDisk.write(folder, "provinces.json", provinces);
		DataFilesOnDisk.write(folder, "cities.json", cities);
		DataFilesOnDisk.write(folder, "areas.json", areas);
		return folder;
	}
}
