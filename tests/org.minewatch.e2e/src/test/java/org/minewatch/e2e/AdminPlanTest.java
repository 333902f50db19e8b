package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'minewatch admin plan' on an imported data set writes a province's quarterly plan as the XLSX schedule and the
 * iCalendar file; LibreOffice prints the schedule (looked at in target/e2e/plan-page-1.png), Python's icalendar
 * library reads the calendar as a calendar program would.
 */
class AdminPlanTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path OUT = Path.of(System.getProperty("minewatch.e2e.out", "target/e2e")).toAbsolutePath();
	private static final String PROVINCE = "140000";

	@TempDir
	Path temp;

	@Test
	void aProvincesPlanIsExportedAndOpensInOtherPrograms() throws Exception {
		Path data = temp.resolve("data-set");
		Path database = temp.resolve("db");
		admin(0, "generate", "--out", data.toString(), "--scale", "0.001", "--seed", "5");
		admin(0, "import", "--database", database.toString(), "--from", data.toString());
		Path folder = Files.createDirectories(OUT.resolve("plan"));
		Path sheet = folder.resolve("plan.xlsx");
		Path calendar = folder.resolve("plan.ics");
		Files.deleteIfExists(sheet);
		Files.deleteIfExists(calendar);
		// exit 1 says the plan breaks a hard rule (a conflict it lists); the files are written either way
		String planned = admin(1, "plan", "--database", database.toString(), "--division", PROVINCE, "--quarter", "2021-10-01", "--xlsx", sheet.toString(),
				"--ics", calendar.toString());
		Matcher figures = Pattern.compile("(\\d+) duties, (\\d+) people, (\\d+) assigned").matcher(planned);
		assertTrue(figures.find(), planned);
		assertTrue(Integer.parseInt(figures.group(3)) > 0, "something is assigned: " + planned);
		assertTrue(planned.contains(sheet.toString()) && planned.contains(calendar.toString()), "the files are named: " + planned);

		Path printed = Paper.pdf(sheet);
		Paper.render(printed, 1, 60, OUT.resolve("plan-page-1.png"));
		String page = Paper.text(printed, 1).replaceAll("\\s+", "");
		assertTrue(page.contains("季度监管监察计划") && page.contains("山西省"), page);

		String read = X11.run("/usr/bin/python3", "-c", String.join("\n", //
				"import sys, icalendar", //
				"cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())", //
				"events = cal.walk('VEVENT')", //
				"print(len(events) > 0, len({str(e['UID']) for e in events}) == len(events))", //
				"print(all(e.decoded('DTSTART') < e.decoded('DTEND') for e in events))"), calendar.toString());
		assertEquals(List.of("True True", "True"), read.lines().toList(), "events, each with its own UID, each ending after it starts: " + read);
	}

	/** Runs an admin command through the installation's start script; fails when it exits above {@code worstExit}. */
	private String admin(int worstExit, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("minewatch").toString(), "admin"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("MINEWATCH_DATA", temp.resolve("admin-data").toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), "minewatch admin " + String.join(" ", args) + " finished");
		assertTrue(process.exitValue() <= worstExit, "minewatch admin " + String.join(" ", args) + " exited " + process.exitValue() + ":\n" + output);
		return output;
	}
}
