package org.minewatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.checklist.InspectionService;
import org.minewatch.hazard.HazardService;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.tests.store.DemoStore;

/**
 * A plan leaves the suite as an iCalendar file (checked line by line against RFC 5545 and parsed back) and an XLSX
 * schedule (read back with POI), and becomes inspections in the checklist area with one action.
 */
class ExportsAndInspectionsTest {

	private static final LocalDate MON = Fixture.MONDAY;

	private static Plan smallPlan() {
		return new Fixture().worker("张三, \"组长\"; 通风").worker("李四").visit("a", MON, MON.plusDays(3), 2, Set.of(), 0, 0).visit("b", MON, MON.plusDays(3))
				.watch("m", 2).solve();
	}

	@Test
	void theCalendarIsStrictRfc5545AndReadsBack() throws Exception {
		Plan plan = smallPlan();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ICalendar.write(plan, Locale.CHINESE, Instant.parse("2021-10-01T00:00:00Z"), bytes);
		byte[] raw = bytes.toByteArray();
		String text = new String(raw, StandardCharsets.UTF_8);
		assertTrue(text.endsWith("\r\n"));
		// every line ends in CRLF, no bare CR or LF; no physical line longer than 75 octets
		List<String> physical = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < raw.length; i++) {
			if (raw[i] == '\n') {
				assertTrue(i > 0 && raw[i - 1] == '\r', "bare LF at " + i);
				byte[] line = java.util.Arrays.copyOfRange(raw, start, i - 1);
				assertTrue(line.length <= 75, "line of " + line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
				physical.add(new String(line, StandardCharsets.UTF_8));
				start = i + 1;
			} else if (raw[i] == '\r') {
				assertTrue(i + 1 < raw.length && raw[i + 1] == '\n', "bare CR at " + i);
			}
		}
		// unfold, then parse: NAME[;PARAM=VALUE]:VALUE, components balanced
		List<String> lines = new ArrayList<>();
		for (String p : physical) {
			if (p.startsWith(" ") || p.startsWith("\t")) {
				lines.set(lines.size() - 1, lines.get(lines.size() - 1) + p.substring(1));
			} else {
				lines.add(p);
			}
		}
		Deque<String> open = new ArrayDeque<>();
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> event = null;
		for (String line : lines) {
			int colon = line.indexOf(':');
			assertTrue(colon > 0, "no value: " + line);
			String name = line.substring(0, colon).split(";")[0];
			assertTrue(name.matches("[A-Z][A-Z0-9-]*"), "bad name: " + line);
			String value = line.substring(colon + 1);
			if (name.equals("BEGIN")) {
				open.push(value);
				if (value.equals("VEVENT")) {
					event = new HashMap<>();
				}
			} else if (name.equals("END")) {
				assertEquals(open.pop(), value);
				if (value.equals("VEVENT")) {
					events.add(event);
					event = null;
				}
			} else if (event != null) {
				assertTrue(event.put(name, value) == null, "repeated " + name);
			}
		}
		assertTrue(open.isEmpty());
		assertEquals("BEGIN:VCALENDAR", lines.get(0));
		assertTrue(lines.contains("VERSION:2.0"));
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("PRODID:")));
		assertEquals(plan.assignments().size(), events.size());
		Set<String> uids = new HashSet<>();
		Map<String, Duty> duties = plan.problem().dutiesById();
		for (Map<String, String> e : events) {
			for (String required : List.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY")) {
				assertTrue(e.containsKey(required), required + " in " + e);
			}
			assertTrue(uids.add(e.get("UID")));
			LocalDate from = LocalDate.parse(e.get("DTSTART"), DateTimeFormatter.BASIC_ISO_DATE);
			LocalDate to = LocalDate.parse(e.get("DTEND"), DateTimeFormatter.BASIC_ISO_DATE);
			Duty d = duties.get(e.get("UID").replace("@minewatch", "").replace("\\,", ",").replace("\\;", ";"));
			Assignment a = Fixture.of(plan, d.id());
			assertEquals(a.start(), from);
			assertEquals(a.start().plusDays(d.days()), to, "DTEND is the day after the last");
			assertTrue(e.get("SUMMARY").contains(d.mineName()), e.get("SUMMARY"));
			assertTrue(e.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"));
		}
		// the escaped name reads back whole
		assertTrue(text.replace("\r\n ", "").contains("张三\\, \"组长\"\\; 通风"), text);
	}

	@Test
	void theScheduleSheetReadsBack() throws Exception {
		Plan plan = smallPlan();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PlanSheet.write(plan, "测试县", Locale.CHINESE, bytes);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			List<String> cells = new ArrayList<>();
			for (Row row : sheet) {
				row.forEach(c -> cells.add(c.toString()));
			}
			String all = String.join("|", cells);
			assertTrue(all.contains("季度监管监察计划"), all);
			assertTrue(all.contains("mine a") && all.contains("李四"), all);
			assertTrue(all.contains("已落实任务 " + plan.assignments().size() + " 项"), all);
		}
	}

	@Test
	void aCountysPlanBecomesInspectionsWithOneAction(@TempDir Path folder) {
		try (DemoStore demo = DemoStore.open(folder)) {
			ScheduleService service = new ScheduleService(demo.store());
			InspectionService inspections = new InspectionService(demo.store(), new HazardService(demo.store()));
			PlanInspections action = new PlanInspections(demo.store(), inspections);
			String province = demo.data().mines.get(0).getProvince().getCode();
			LocalDate[] quarter = ScheduleService.quarter(LocalDate.of(2021, 11, 29));
			Plan plan = service.plan(demo.official(), Locale.ENGLISH, province, quarter[0], quarter[1], List.of());
			Map<String, Duty> duties = plan.problem().dutiesById();
			long visits = plan.assignments().stream().filter(a -> a.start() != null && duties.get(a.dutyId()).kind() != DutyKind.RESIDENT_WATCH).count();
			long watches = plan.assignments().stream().filter(a -> duties.get(a.dutyId()).kind() == DutyKind.RESIDENT_WATCH).count();
			assertTrue(visits > 0);
			PlanInspections.Made made = action.create(demo.official(), plan);
			assertEquals(visits, made.inspectionIds().size() + made.skippedDutyIds().size());
			assertFalse(made.inspectionIds().isEmpty());
			assertEquals(watches, made.monitorIds().size());
			demo.store().read(demo.official(), s -> {
				for (String id : made.inspectionIds()) {
					Inspection inspection = s.get(Inspection.class, id);
					assertEquals(InspectionStatus.PLANNED, inspection.getStatus());
					assertFalse(inspection.getTeam().isEmpty());
					assertFalse(inspection.getResults().isEmpty(), "the template's items are there to answer");
				}
				for (String id : made.monitorIds()) {
					assertTrue(s.get(MonitorAssignment.class, id).getStartDate() != null);
				}
				return null;
			});
			PlanInspections.Made again = action.create(demo.official(), plan);
			assertEquals(List.of(), again.inspectionIds(), "a visit already planned is not planned twice");
		}
	}
}
