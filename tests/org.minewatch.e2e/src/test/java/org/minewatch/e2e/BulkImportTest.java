package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk import killed (SIGKILL) in the middle resumes and ends with exactly the records of an
 * uninterrupted import, run through the built installation as an administrator would.
 */
class BulkImportTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path OUT = Path.of(System.getProperty("minewatch.e2e.out", "target/e2e"));
	private static final Pattern RECORDS = Pattern.compile("records digest (\\d+) records, ([0-9a-f]{64})");

	@TempDir
	Path temp;

	@Test
	void aKilledImportResumesWithoutDuplicatesOrHalfBatches() throws Exception {
		Path data = temp.resolve("national");
		String generated = run("generate", "--out", data.toString(), "--scale", "0.002", "--seed", "5");
		assertTrue(generated.contains("hazards.csv: 6000 rows"), generated);

		Path whole = temp.resolve("whole-db");
		run("import", "--database", whole.toString(), "--from", data.toString(), "--batch", "100");
		String[] expected = digest(whole);
		long total = Long.parseLong(expected[0]);
		assertTrue(total > 10_000, "records of the data set: " + total);

		Path killed = temp.resolve("killed-db");
		Path log = Files.createDirectories(OUT).resolve("import-killed.log");
		Process importing = builder("import", "--database", killed.toString(), "--from", data.toString(), "--batch", "100")
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		Wait.until(() -> contains(log, "rows of persons.csv"), Duration.ofSeconds(120), "the import to reach persons.csv (" + log + ")");
		importing.destroyForcibly(); // SIGKILL, in the middle of a batch or between two
		assertTrue(importing.waitFor(30, TimeUnit.SECONDS));

		long partial = Long.parseLong(digest(killed)[0]);
		assertTrue(partial > 0 && partial < total, "a partial import: " + partial + " of " + total);

		String resumed = run("import", "--database", killed.toString(), "--from", data.toString(), "--batch", "100");
		assertTrue(resumed.contains("import complete"), resumed);
		assertEquals(List.of(expected), List.of(digest(killed)), "the same records as the uninterrupted import");
	}

	/** The record count and digest that 'verify' prints; verify must find the database intact. */
	private String[] digest(Path database) throws Exception {
		String output = run("verify", "--database", database.toString());
		Matcher matcher = RECORDS.matcher(output);
		assertTrue(matcher.find(), output);
		assertTrue(output.contains("intact"), output);
		return new String[] { matcher.group(1), matcher.group(2) };
	}

	private String run(String... args) throws Exception {
		Process process = builder(args).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), "minewatch admin " + String.join(" ", args) + " finished");
		assertEquals(0, process.exitValue(), "minewatch admin " + String.join(" ", args) + ":\n" + output);
		return output;
	}

	private ProcessBuilder builder(String... args) {
		List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("minewatch").toString(), "admin"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("MINEWATCH_DATA", temp.resolve("admin-data").toString());
		return builder;
	}

	private static Optional<Boolean> contains(Path log, String text) {
		try {
			return Files.exists(log) && Files.readString(log).contains(text) ? Optional.of(true) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}
}
