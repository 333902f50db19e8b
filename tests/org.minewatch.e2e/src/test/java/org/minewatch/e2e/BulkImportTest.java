package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk import killed (SIGKILL) at several moments, from Derby creating the database to the middle of the
 * data set, resumes each time and ends with exactly the records of an uninterrupted import, run through the
 * built installation as an administrator would.
 */
class BulkImportTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path OUT = Path.of(System.getProperty("minewatch.e2e.out", "target/e2e"));
	private static final Pattern RECORDS = Pattern.compile("records digest (\\d+) records, ([0-9a-f]{64})");
	private static final Duration QUICK = Duration.ofMillis(2);

	@TempDir
	Path temp;

	@Test
	void anImportKilledAtAnyMomentResumesWithoutDuplicatesOrHalfBatches() throws Exception {
		Path data = temp.resolve("national");
		String generated = run("generate", "--out", data.toString(), "--scale", "0.002", "--seed", "5");
		assertTrue(generated.contains("hazards.csv: 6000 rows"), generated);

		Path whole = temp.resolve("whole-db");
		run("import", "--database", whole.toString(), "--from", data.toString(), "--batch", "100");
		String[] expected = digest(whole);
		long total = Long.parseLong(expected[0]);
		assertTrue(total > 10_000, "records of the data set: " + total);

		Path killed = temp.resolve("killed-db");
		killWhileDerbyCreates(killed, data);
		String refused = runFailing("verify", "--database", killed.toString());
		assertTrue(refused.contains(killed.toString()) && (refused.contains("never finished") || refused.contains("\u6ca1\u6709\u5efa\u5b8c")), refused);
		assertFalse(refused.contains("shut down"), "no shutdown error for a database that never opened:\n" + refused);

		// created again, then killed once Derby has created it, before the first batch committed (while migrating or
		// writing the first batch)
		Path log = importLog("before-first-batch");
		Process importing = startImport(killed, data, log);
		Wait.until(() -> contains(killed.resolve("service.properties"), "derby.serviceProtocol"), Duration.ofSeconds(120),
				"Derby to finish creating " + killed, QUICK);
		importing.destroyForcibly();
		assertTrue(importing.waitFor(30, TimeUnit.SECONDS));
		assertFalse(contains(log, "imported ").isPresent(), "killed before a batch committed:\n" + Files.readString(log, StandardCharsets.ISO_8859_1));

		// resumed, then killed right after its first batch and again in the middle of the data set
		killAt(killed, data, "rows of agencies.csv");
		killAt(killed, data, "rows of persons.csv");
		long partial = Long.parseLong(digest(killed)[0]);
		assertTrue(partial > 0 && partial < total, "a partial import: " + partial + " of " + total);

		String resumed = run("import", "--database", killed.toString(), "--from", data.toString(), "--batch", "100");
		assertTrue(resumed.contains("import complete"), resumed);
		assertEquals(List.of(expected), List.of(digest(killed)), "the same records as the uninterrupted import");
	}

	/** Kills the import while Derby creates its database: Derby's folders are there, service.properties (written last) is not. */
	private void killWhileDerbyCreates(Path database, Path data) throws Exception {
		for (int attempt = 1;; attempt++) {
			Process importing = startImport(database, data, importLog("creating-" + attempt));
			Wait.until(exists(database.resolve("seg0")), Duration.ofSeconds(120),
					"Derby to start creating " + database, QUICK);
			importing.destroyForcibly();
			assertTrue(importing.waitFor(30, TimeUnit.SECONDS));
			if (!Files.exists(database.resolve("service.properties"))) {
				return; // half-created, as the issue found it
			}
			assertTrue(attempt < 5, "the kill never landed while Derby was creating the database");
			deleteTree(database); // the kill came too late: try again on a fresh folder
		}
	}

	/** Starts (or resumes) the import and kills it as soon as its output shows {@code text}. */
	private void killAt(Path database, Path data, String text) throws Exception {
		Path log = importLog(text.replace(' ', '-'));
		Process importing = startImport(database, data, log);
		Wait.until(() -> contains(log, text), Duration.ofSeconds(180), "the import to print '" + text + "' (" + log + ")", QUICK);
		importing.destroyForcibly(); // SIGKILL, in the middle of a batch or between two
		assertTrue(importing.waitFor(30, TimeUnit.SECONDS));
	}

	private Process startImport(Path database, Path data, Path log) throws IOException {
		return builder("import", "--database", database.toString(), "--from", data.toString(), "--batch", "100").redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
	}

	private static Path importLog(String moment) throws IOException {
		return Files.createDirectories(OUT).resolve("import-killed-" + moment + ".log");
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

	/** A command that must fail (exit 1) and say why. */
	private String runFailing(String... args) throws Exception {
		Process process = builder(args).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), "minewatch admin " + String.join(" ", args) + " finished");
		assertEquals(1, process.exitValue(), "minewatch admin " + String.join(" ", args) + ":\n" + output);
		return output;
	}

	private ProcessBuilder builder(String... args) {
		List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("minewatch").toString(), "admin"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("MINEWATCH_DATA", temp.resolve("admin-data").toString());
		return builder;
	}

	private static Optional<Boolean> contains(Path file, String text) {
		try {
			return Files.exists(file) && Files.readString(file, StandardCharsets.ISO_8859_1).contains(text) ? Optional.of(true) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static Supplier<Optional<Boolean>> exists(Path path) {
		return () -> Files.exists(path) ? Optional.of(true) : Optional.empty();
	}
}
