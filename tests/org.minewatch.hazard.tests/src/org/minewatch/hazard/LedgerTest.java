package org.minewatch.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.people.PeopleFactory;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryFactory;

/** The ledger written as XLSX and opened again with Apache POI holds the right rows in the ledger's columns. */
class LedgerTest {

	private static final Instant FOUND = Instant.parse("2021-06-01T02:30:00Z");
	private static final Instant CLOSED = Instant.parse("2021-06-20T08:00:00Z");

	@Test
	void theLedgerHoldsEachHazardInTheLedgersColumns() throws Exception {
		Person inspector = person("王检查");
		Person checker = person("赵验收");
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		mine.setName("长城煤矿");
		Lifecycle lifecycle = new Lifecycle(Locale.CHINESE);
		Hazard closed = hazard(mine, "回风巷积水", inspector);
		closed.setNumber("YH-2021-0001");
		lifecycle.register(closed, inspector, FOUND, null);
		lifecycle.startRectification(closed, inspector, FOUND, null);
		lifecycle.accept(closed, checker, true, "合格", List.of(photo("before.jpg")), List.of(photo("after.jpg")), checker, CLOSED);
		lifecycle.close(closed, checker, CLOSED, null);
		Hazard open = hazard(mine, "皮带机护罩缺失，" + "机头、机尾和驱动滚筒处的防护装置不全，行人通道未设置过桥，".repeat(4), inspector);
		open.setGrade(HazardGrade.GENERAL);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new Ledger(Locale.CHINESE).write("山西省大同市", LocalDate.of(2021, 6, 30), List.of(closed, open), out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertEquals("隐患台账", sheet.getSheetName());
			assertEquals("隐患排查治理台账", sheet.getRow(0).getCell(0).getStringCellValue(), "the title in the person's language");
			assertEquals(List.of("序号", "隐患编号", "隐患内容（地点、部位）", "排查时间", "排查人", "隐患等级", "责任单位", "责任人", "整改时限", "整改措施", "销号时间", "整改前照片",
					"整改后照片"), text(sheet.getRow(1)));
			assertEquals(List.of("1", "YH-2021-0001", "长城煤矿（回风巷 30 米处）：回风巷积水", "2021-06-01 10:30", "王检查", "一般", "通风科", "李整改", "2021-07-01", "排水，加固",
					"2021-06-20 16:00", "before.jpg", "after.jpg"), text(sheet.getRow(2)));
			assertEquals("2", text(sheet.getRow(3)).get(0));
			assertEquals("", text(sheet.getRow(3)).get(10), "an open hazard has no closing time");
			assertEquals("合计：隐患 2 项，已整改 1 项，逾期 0 项，重大隐患 0 项", sheet.getRow(4).getCell(0).getStringCellValue(), "the totals line");
			assertTrue(sheet.getRow(5) == null, "one row a hazard, then the totals");
			assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(2).getCell(3)), "found at is a date");
			assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(2).getCell(8)), "the deadline is a date");
			// it prints as the paper ledger: landscape, as wide as the page, the title and column names on every page
			assertTrue(sheet.getPrintSetup().getLandscape());
			assertEquals(1, sheet.getPrintSetup().getFitWidth());
			assertEquals(0, sheet.getPrintSetup().getFitHeight());
			assertTrue(sheet.getFitToPage());
			assertEquals("1:2", sheet.getRepeatingRows().formatAsString().replace("$", ""));
			assertEquals(2, sheet.getPaneInformation().getHorizontalSplitPosition(), "the column names frozen");
			assertEquals("山西省大同市 · 截至 2021-06-30", sheet.getHeader().getLeft());
			assertTrue(sheet.getFooter().getCenter().contains("&P") && sheet.getFooter().getCenter().contains("&N"), "page n of m");
			assertTrue(sheet.getRow(3).getHeightInPoints() >= 3 * sheet.getRow(2).getHeightInPoints() / 2,
					"a long content wraps into a taller row: " + sheet.getRow(3).getHeightInPoints() + " against " + sheet.getRow(2).getHeightInPoints());
			assertTrue(sheet.getColumnWidth(2) <= 48 * 256 + 1, "a column is never wider than a page can hold: it wraps");
		}
	}

	private static List<String> text(Row row) {
		DataFormatter format = new DataFormatter();
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < Ledger.COLUMNS.size(); c++) {
			cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
		}
		return cells;
	}

	private static Hazard hazard(Mine mine, String description, Person finder) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setId(UUID.randomUUID().toString());
		hazard.setMine(mine);
		hazard.setPlace("回风巷 30 米处");
		hazard.setDescription(description);
		hazard.setGrade(HazardGrade.GENERAL);
		hazard.setSource(HazardSource.INSPECTION);
		hazard.setState(HazardState.FOUND);
		hazard.setFoundAt(FOUND);
		hazard.setFoundBy(finder);
		Rectification r = HazardFactory.eINSTANCE.createRectification();
		r.setResponsibleUnit("通风科");
		r.setResponsiblePersonName("李整改");
		r.setMeasures("排水，加固");
		r.setDeadline(LocalDate.of(2021, 7, 1));
		hazard.setRectification(r);
		return hazard;
	}

	private static Attachment photo(String name) {
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		photo.setId(UUID.randomUUID().toString());
		photo.setFileName(name);
		return photo;
	}

	private static Person person(String name) {
		Person person = PeopleFactory.eINSTANCE.createPerson();
		person.setId(UUID.randomUUID().toString());
		person.setName(name);
		return person;
	}
}
