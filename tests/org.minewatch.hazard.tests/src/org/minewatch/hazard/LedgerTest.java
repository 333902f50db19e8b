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
		lifecycle.register(closed, inspector, FOUND, null);
		lifecycle.startRectification(closed, inspector, FOUND, null);
		lifecycle.accept(closed, checker, true, "合格", List.of(photo("before.jpg")), List.of(photo("after.jpg")), checker, CLOSED);
		lifecycle.close(closed, checker, CLOSED, null);
		Hazard open = hazard(mine, "皮带机护罩缺失", inspector);
		open.setGrade(HazardGrade.GENERAL);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new Ledger(Locale.CHINESE).write("长城煤矿 2021年6月 隐患台账", List.of(closed, open), out);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertEquals("隐患台账", sheet.getSheetName());
			assertEquals("长城煤矿 2021年6月 隐患台账", sheet.getRow(0).getCell(0).getStringCellValue());
			assertEquals(List.of("序号", "隐患内容（地点、部位）", "排查时间", "排查人", "隐患等级", "责任单位", "责任人", "整改时限", "整改措施", "销号时间", "整改前照片",
					"整改后照片"), text(sheet.getRow(1)));
			assertEquals(List.of("1", "长城煤矿（回风巷 30 米处）：回风巷积水", "2021-06-01 10:30", "王检查", "一般", "通风科", "李整改", "2021-07-01", "排水，加固",
					"2021-06-20 16:00", "before.jpg", "after.jpg"), text(sheet.getRow(2)));
			assertEquals("2", text(sheet.getRow(3)).get(0));
			assertEquals("", text(sheet.getRow(3)).get(9), "an open hazard has no closing time");
			assertTrue(sheet.getRow(4) == null, "one row a hazard");
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
