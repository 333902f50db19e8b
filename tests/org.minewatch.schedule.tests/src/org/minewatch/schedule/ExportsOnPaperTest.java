package org.minewatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.tests.store.DemoStore;

/**
 * A province's quarterly plan from the demo data, exported as a person gets it: the XLSX schedule printed by LibreOffice
 * headless (pdftotext reads the page, pdftoppm renders it to look at, kept in target/exports) and the iCalendar file
 * read by Python's icalendar library, as a calendar program would.
 */
class ExportsOnPaperTest {

	private static final Path OUT = Path.of("target", "exports").toAbsolutePath();

	@Test
	void theScheduleAndTheCalendarOpenInOtherProgramsAsWritten(@TempDir Path folder) throws Exception {
		Plan plan;
		String province;
		try (DemoStore demo = DemoStore.open(folder)) {
			province = demo.data().mines.get(0).getProvince().getName();
			String code = demo.data().mines.get(0).getProvince().getCode();
			LocalDate[] quarter = ScheduleService.quarter(LocalDate.of(2021, 11, 29));
			plan = new ScheduleService(demo.store()).plan(demo.official(), Locale.CHINESE, code, quarter[0], quarter[1], List.of());
		}
		assertTrue(!plan.assignments().isEmpty(), "the demo province's quarter has assignments");
		Files.createDirectories(OUT);

		Path sheet = OUT.resolve("plan.xlsx");
		try (OutputStream out = Files.newOutputStream(sheet)) {
			PlanSheet.write(plan, province, Locale.CHINESE, out);
		}
		run("soffice", "-env:UserInstallation=" + folder.resolve("libreoffice-profile").toUri(), "--headless", "--convert-to", "pdf", "--outdir", OUT.toString(),
				sheet.toString());
		Path pdf = OUT.resolve("plan.pdf");
		assertTrue(Files.isRegularFile(pdf), "LibreOffice printed the schedule");
		String page = run("pdftotext", "-layout", "-f", "1", "-l", "1", pdf.toString(), "-");
		assertTrue(page.contains("季度监管监察计划"), page);
		Worker someone = plan.problem().workersById().get(plan.assignments().stream().flatMap(a -> a.personIds().stream()).findFirst().orElseThrow());
		assertTrue(run("pdftotext", "-layout", pdf.toString(), "-").contains(someone.name()), "a planned person's name is printed: " + someone.name());
		run("pdftoppm", "-png", "-singlefile", "-r", "60", "-f", "1", "-l", "1", pdf.toString(), OUT.resolve("plan-page-1").toString());
		assertTrue(Files.size(OUT.resolve("plan-page-1.png")) > 0);

		Path calendar = OUT.resolve("plan.ics");
		try (OutputStream out = Files.newOutputStream(calendar)) {
			ICalendar.write(plan, Locale.CHINESE, Instant.parse("2021-10-01T00:00:00Z"), out);
		}
		String read = run("/usr/bin/python3", "-c", String.join("\n", //
				"import sys, icalendar", //
				"cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())", //
				"events = cal.walk('VEVENT')", //
				"print(len(events))", //
				"print(len({str(e['UID']) for e in events}))", //
				"print(all(e.decoded('DTSTART') <= e.decoded('DTEND') for e in events))"), calendar.toString());
		long dated = plan.assignments().stream().filter(a -> a.start() != null).count();
		assertEquals(List.of(String.valueOf(dated), String.valueOf(dated), "True"), read.lines().toList(),
				"every dated assignment is one event with its own UID, each ending after it starts");
	}

	/** Runs a program, fails on a non-zero exit or after two minutes, and gives what it printed. */
	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] printed = process.getInputStream().readAllBytes();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), command[0] + " finished");
		String output = new String(printed, StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), command[0] + ": " + output);
		return output;
	}
}
