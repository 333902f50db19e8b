package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The reliability trials of issue 20 (items 4, 7 and 8), run against the built product as an administrator runs it,
 * never part of the tests: {@code -Ptrials} (releng/trials.sh). Each trial writes its figures to
 * {@code target/trials/figures.txt} before it asserts that nothing was lost; docs/reliability.md keeps a run's figures.
 * <ul>
 * <li>kill -9 of {@code admin import} at seeded random moments, each followed by {@code admin verify}, and the
 * import resumed to its end: records the import reported as committed that are missing, verify failures, and the
 * final records compared with an uninterrupted import;</li>
 * <li>an online backup while an import writes through the network server, restored: verify, its chain head in the
 * live chain, and the import resumed on it ends with the live records; a backup after the load: identical;</li>
 * <li>a database held by a running or crashed (kill -9) desktop or import, and a full disk (a small tmpfs, as
 * root): a message naming the database folder, and nothing saved before lost.</li>
 * </ul>
 * Properties: trials.count (kill trials, 50), trials.backups (backups under load, 2), trials.seed (random),
 * trials.scale (the data set, 0.001).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityTrials {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path OUT = Path.of(System.getProperty("minewatch.trials.out", "target/trials"));
	private static final Path WORK = OUT.resolve("work");
	private static final Path FIGURES = OUT.resolve("figures.txt");
	private static final int COUNT = Integer.getInteger("trials.count", 50);
	private static final int BACKUPS = Integer.getInteger("trials.backups", 2);
	private static final long SEED = Long.getLong("trials.seed", new Random().nextLong() & 0xffff_ffffL);
	private static final String SCALE = System.getProperty("trials.scale", "0.001");
	private static final int BATCH = 100;
	private static final String OWNER_PASSWORD = "trials-owner-secret";

	private static final Pattern DIGEST = Pattern.compile("records digest (\\d+) records, ([0-9a-f]{64})");
	private static final Pattern HEAD = Pattern.compile("intact; head (\\d+:[0-9a-f]{64})");
	private static final Pattern IMPORTED = Pattern.compile("imported (\\d+) of (\\d+) rows of (\\S+)");
	/** The files whose rows are records, one each; checklist_items.csv is one record (the checklist) in all. */
	private static final List<String> RECORD_FILES = List.of("agencies.csv", "enterprises.csv", "mines.csv", "persons.csv", "inspections.csv",
			"hazards.csv");

	private static Path dataSet;
	/** The records of an uninterrupted import of the data set: {count, digest}. */
	private static String[] whole;
	private static long wholeMillis;

	@BeforeAll
	static void dataSetAndUninterruptedImport() throws Exception {
		Folders.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		Files.deleteIfExists(FIGURES); // one run's figures, as docs/reliability.md quotes them
		figure("# reliability trials " + Instant.now() + ", seed " + SEED + ", data set scale " + SCALE + ", batch " + BATCH + ", "
				+ Runtime.getRuntime().availableProcessors() + " cores; product " + PRODUCT);
		dataSet = WORK.resolve("data-set");
		Result generated = admin(null, "generate", "--out", dataSet.toString(), "--scale", SCALE, "--seed", "5");
		assertEquals(0, generated.exit(), generated.output());
		long started = System.nanoTime();
		Result imported = admin(null, "import", "--database", WORK.resolve("whole-db").toString(), "--from", dataSet.toString(), "--batch",
				String.valueOf(BATCH));
		wholeMillis = (System.nanoTime() - started) / 1_000_000;
		assertEquals(0, imported.exit(), imported.output());
		whole = digest(WORK.resolve("whole-db"), null);
		figure("uninterrupted import: " + whole[0] + " records in " + wholeMillis + " ms (start of the product included), digest " + whole[1]);
	}

	/** Item 4, admin import: kill -9 at random moments, verify after each, resume; nothing reported as committed is missing. */
	@Test
	@Order(1)
	void importKilledAtRandomMoments() throws Exception {
		Random random = new Random(SEED);
		long started = System.nanoTime();
		int landed = 0, duringWrites = 0, beforeDatabase = 0, finishedFirst = 0, lost = 0, verifyFailures = 0, extra = 0, cycles = 0, digestsEqual = 0;
		List<String> problems = new ArrayList<>();
		Path database = null;
		Map<String, Long> reported = new LinkedHashMap<>();
		for (int trial = 1; trial <= COUNT; trial++) {
			if (database == null) {
				cycles++;
				database = WORK.resolve("killed-db-" + cycles);
				reported.clear();
			}
			Path log = WORK.resolve("kill-" + trial + ".log");
			long delay = random.nextLong(wholeMillis);
			Process importing = builder(null, "import", "--database", database.toString(), "--from", dataSet.toString(), "--batch",
					String.valueOf(BATCH)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			boolean ended = importing.waitFor(delay, TimeUnit.MILLISECONDS);
			if (!ended) {
				importing.destroyForcibly(); // SIGKILL
				assertTrue(importing.waitFor(30, TimeUnit.SECONDS), "the import ended after kill -9");
				landed++;
				if (Files.readString(log, StandardCharsets.UTF_8).contains("imported ")) {
					duringWrites++;
				}
			} else {
				finishedFirst++;
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			Matcher progress = IMPORTED.matcher(output);
			while (progress.find()) {
				reported.merge(progress.group(3), Long.parseLong(progress.group(1)), Math::max);
			}
			long committed = committedRecords(reported);
			String outcome;
			if (!complete(database)) {
				// killed before Derby finished creating the database: verify must say so, and nothing can have been reported
				Result refused = admin(null, "verify", "--database", database.toString());
				if (committed > 0 || refused.exit() != 1 || !refused.output().contains(database.toString())) {
					verifyFailures++;
					problems.add("trial " + trial + ": half-created database after " + committed + " reported records: " + refused.output());
				}
				beforeDatabase++;
				outcome = "before the database was created";
			} else {
				Result verified = admin(null, "verify", "--database", database.toString());
				Matcher records = DIGEST.matcher(verified.output());
				if (verified.exit() == 1 && verified.output().contains("[store.database.halfCreated]") && committed == 0) {
					// killed after Derby made the database, before the store made its tables: said so, nothing reported
					beforeDatabase++;
					outcome = "before the schema was made";
				} else if (verified.exit() != 0 || !verified.output().contains("intact") || !records.find()) {
					verifyFailures++;
					problems.add("trial " + trial + ": verify after kill at " + delay + " ms: " + verified.output());
					outcome = "verify failed";
				} else {
					long found = Long.parseLong(records.group(1));
					if (found < committed) {
						lost += committed - found;
						problems.add("trial " + trial + ": " + committed + " records reported as committed, " + found + " found");
					} else if (found - committed > BATCH) {
						extra++; // more than the one batch that may commit between its commit and its line being printed
						problems.add("trial " + trial + ": " + found + " records found, only " + committed + " reported");
					}
					outcome = found + " records (" + committed + " reported)";
				}
			}
			figureQuietly("  kill trial " + trial + ": " + (ended ? "import ended before the kill at " : "kill -9 at ") + delay + " ms, "
					+ outcome);
			if (ended) {
				if (output.contains("import complete")) {
					String[] digest = digest(database, null);
					if (List.of(whole).equals(List.of(digest))) {
						digestsEqual++;
					} else {
						problems.add("cycle " + cycles + ": records " + String.join(" ", digest) + " differ from the uninterrupted import's");
					}
				} else {
					problems.add("trial " + trial + ": the import failed by itself: " + output);
				}
				Folders.deleteRecursively(database);
				database = null;
			}
		}
		if (database != null) { // resume the last cycle to its end
			Result resumed = admin(null, "import", "--database", database.toString(), "--from", dataSet.toString(), "--batch", String.valueOf(BATCH));
			String[] digest = resumed.exit() == 0 ? digest(database, null) : new String[] { "import failed", resumed.output() };
			if (List.of(whole).equals(List.of(digest))) {
				digestsEqual++;
			} else {
				problems.add("cycle " + cycles + ": records after resuming " + String.join(" ", digest) + " differ from the uninterrupted import's");
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		figure("kill -9 of admin import: " + COUNT + " trials (seed " + SEED + ", kill moment uniform in 0.." + wholeMillis + " ms after start), "
				+ landed + " kills landed (" + duringWrites + " after the killed run had reported a batch, " + beforeDatabase
				+ " before the database was created), " + finishedFirst
				+ " imports finished before their kill; " + cycles + " databases imported to the end, " + digestsEqual
				+ " with the records of the uninterrupted import; records reported as committed but missing: " + lost + "; verify failures: "
				+ verifyFailures + "; more records than reported plus one batch: " + extra + "; " + seconds + " s");
		problems.forEach(ReliabilityTrials::figureQuietly);
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	/** Item 7: an online backup while an import writes through the server, restored; then one after the load. */
	@Test
	@Order(2)
	void backupUnderLoadThenRestore() throws Exception {
		Random random = new Random(SEED + 7);
		long started = System.nanoTime();
		List<String> problems = new ArrayList<>();
		for (int trial = 1; trial <= BACKUPS; trial++) {
			Path live = WORK.resolve("server-" + trial);
			try (Server server = Server.start(live, "backup-" + trial)) {
				Result migrated = admin(OWNER_PASSWORD, "migrate", "--url", server.url, "--user", "dbo");
				assertEquals(0, migrated.exit(), migrated.output());
				Path log = WORK.resolve("load-" + trial + ".log");
				Process load = builder(OWNER_PASSWORD, "import", "--url", server.url, "--user", "dbo", "--from", dataSet.toString(), "--batch",
						String.valueOf(BATCH)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
				long batches = 1 + random.nextInt(40);
				Wait.until(() -> count(log, "imported ") >= batches ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(300),
						batches + " batches of the load (" + log + ")");
				Path backups = WORK.resolve("backups-" + trial);
				Result backup = admin(OWNER_PASSWORD, "backup", "--url", server.url, "--user", "dbo", "--to", backups.toString());
				assertEquals(0, backup.exit(), backup.output());
				boolean loadStillRunning = load.isAlive();
				assertTrue(load.waitFor(600, TimeUnit.SECONDS), "the load ended");
				assertEquals(0, load.exitValue(), Files.readString(log));
				long before = sequence(find(backup.output(), "audit chain head before: (\\S+)"));
				long after = sequence(find(backup.output(), "audit chain head after:\\s+(\\S+)"));
				// after the load: a backup of a quiet database
				Path quiet = WORK.resolve("backups-quiet-" + trial);
				Result quietBackup = admin(OWNER_PASSWORD, "backup", "--url", server.url, "--user", "dbo", "--to", quiet.toString());
				assertEquals(0, quietBackup.exit(), quietBackup.output());
				server.stop();

				String[] liveRecords = digest(live.resolve("minewatch"), "dbo");
				String liveHead = headOf(live.resolve("minewatch"), "dbo");
				// the backup taken under load: a consistent database whose head is in the live chain
				Path restored = WORK.resolve("restored-" + trial);
				String head = restore(backups.resolve("minewatch"), restored.resolve("minewatch"));
				String[] restoredRecords = digest(restored.resolve("minewatch"), "dbo");
				long at = sequence(head);
				if (at < before || at > after) {
					problems.add("backup " + trial + ": restored head " + head + " outside the heads the backup printed (" + before + ".." + after + ")");
				}
				Result inLive = admin(OWNER_PASSWORD, "verify", "--database", live.resolve("minewatch").toString(), "--user", "dbo", "--head", head);
				if (inLive.exit() != 0) {
					problems.add("backup " + trial + ": the restored head " + head + " is not in the live chain: " + inLive.output());
				}
				// the restored database resumes the import where the backup caught it, and ends with the live records
				try (Server again = Server.start(restored, "restored-" + trial)) {
					Result resumed = admin(OWNER_PASSWORD, "import", "--url", again.url, "--user", "dbo", "--from", dataSet.toString(), "--batch",
							String.valueOf(BATCH));
					assertEquals(0, resumed.exit(), resumed.output());
					again.stop();
				}
				String[] resumedRecords = digest(restored.resolve("minewatch"), "dbo");
				if (!List.of(liveRecords).equals(List.of(resumedRecords))) {
					problems.add("backup " + trial + ": the restored backup, its import resumed, has " + String.join(" ", resumedRecords)
							+ ", the live database " + String.join(" ", liveRecords));
				}
				// the quiet backup: identical
				Path restoredQuiet = WORK.resolve("restored-quiet-" + trial);
				String quietHead = restore(quiet.resolve("minewatch"), restoredQuiet.resolve("minewatch"));
				String[] quietRecords = digest(restoredQuiet.resolve("minewatch"), "dbo");
				if (!quietHead.equals(liveHead) || !List.of(quietRecords).equals(List.of(liveRecords))) {
					problems.add("backup " + trial + " after the load: head " + quietHead + " and " + String.join(" ", quietRecords) + ", live "
							+ liveHead + " and " + String.join(" ", liveRecords));
				}
				figure("  backup " + trial + ": taken after " + batches + " batches of the load (load " + (loadStillRunning ? "still running" : "already done")
						+ " when the backup ended), chain head " + before + " before, " + after + " after; restored: intact, head " + at + " with "
						+ restoredRecords[0] + " records, in the live chain; resumed to " + resumedRecords[0] + " records = live: "
						+ List.of(liveRecords).equals(List.of(resumedRecords)) + "; backup after the load identical (head and records): "
						+ (quietHead.equals(liveHead) && List.of(quietRecords).equals(List.of(liveRecords))));
			}
		}
		long seconds = (System.nanoTime() - started) / 1_000_000_000;
		figure("backup under load, then restore: " + BACKUPS + " trials (seed " + (SEED + 7) + "), problems: " + problems.size() + "; " + seconds + " s");
		problems.forEach(ReliabilityTrials::figureQuietly);
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}

	/** Item 8: a database held by a running import, and one left by a killed one: a clear message, then nothing lost. */
	@Test
	@Order(3)
	void databaseHeldByAnImportOrLeftByAKilledOne() throws Exception {
		Path database = WORK.resolve("held-db");
		Path log = WORK.resolve("held-import.log");
		Process importing = builder(null, "import", "--database", database.toString(), "--from", dataSet.toString(), "--batch", "20")
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			Wait.until(() -> count(log, "imported ") >= 3 ? Optional.of(true) : Optional.empty(), Duration.ofSeconds(120), "the import's first batches");
			Result held = admin(null, "verify", "--database", database.toString());
			Result second = admin(null, "import", "--database", database.toString(), "--from", dataSet.toString());
			figure("database held by a running import: verify said (exit " + held.exit() + "): " + messageLine(held.output()));
			figure("  a second import said (exit " + second.exit() + "): " + messageLine(second.output()));
			assertInUse(database, held);
			assertInUse(database, second);
		} finally {
			importing.destroyForcibly(); // the crash
			importing.waitFor(30, TimeUnit.SECONDS);
		}
		long reported = committedRecords(reported(log));
		String[] after = digest(database, null);
		figure("  after kill -9 of that import: verify intact with " + after[0] + " records, " + reported + " reported as committed");
		assertTrue(Long.parseLong(after[0]) >= reported, after[0] + " records, " + reported + " reported");
		Result resumed = admin(null, "import", "--database", database.toString(), "--from", dataSet.toString(), "--batch", String.valueOf(BATCH));
		assertEquals(0, resumed.exit(), resumed.output());
		assertEquals(List.of(whole), List.of(digest(database, null)), "resumed after the crash: the uninterrupted import's records");
	}

	/** Item 8: a database left by a desktop killed with kill -9, and one still open in a desktop. */
	@Test
	@Order(4)
	void databaseOfACrashedDesktop() throws Exception {
		Path dataArea = WORK.resolve("desktop");
		String head;
		Path database;
		try (ProductRun desktop = ProductRun.start(PRODUCT, dataArea, OUT, "trial-desktop", "-nl", "en")) {
			desktop.awaitMainWindow();
			head = desktop.awaitDatabase();
			database = desktop.database();
			Result held = admin(null, "verify", "--database", database.toString());
			figure("database open in a running desktop: verify said (exit " + held.exit() + "): " + messageLine(held.output()));
			assertInUse(database, held);
			desktop.crash();
		}
		Result verified = admin(null, "verify", "--database", database.toString(), "--head", head);
		figure("  after kill -9 of the desktop: verify against the head it had logged (" + head + "): exit " + verified.exit() + ", "
				+ messageLine(verified.output()));
		assertEquals(0, verified.exit(), verified.output());
		try (ProductRun again = ProductRun.start(PRODUCT, dataArea, OUT, "trial-desktop-again", "-nl", "en")) {
			again.awaitMainWindow();
			String reopened = again.awaitDatabase();
			figure("  the desktop started again on it: chain head " + reopened);
			assertTrue(sequence(reopened) >= sequence(head), reopened + " after " + head);
			assertEquals(0, again.quit());
		}
	}

	/** Item 8: an import onto a disk that fills up (a small tmpfs): a clear message, nothing lost, and it resumes once there is room. */
	@Test
	@Order(5)
	void diskFull() throws Exception {
		Path mount = WORK.resolve("small-disk");
		Files.createDirectories(mount);
		Result mounted = command("mount", "-t", "tmpfs", "-o", "size=16m", "trials", mount.toString());
		if (mounted.exit() != 0) {
			figure("disk full: not tried, a tmpfs cannot be mounted here (needs root): " + mounted.output().strip());
			return;
		}
		try {
			Path database = mount.resolve("minewatch-db");
			Path log = WORK.resolve("disk-full.log");
			Result full = admin(null, "import", "--database", database.toString(), "--from", dataSet.toString(), "--batch", String.valueOf(BATCH));
			Files.writeString(log, full.output());
			long reported = committedRecords(reported(log));
			figure("disk full (16 MB tmpfs): import exit " + full.exit() + " after " + reported + " records reported as committed; it said: "
					+ messageLine(full.output()));
			assertEquals(1, full.exit(), full.output());
			assertTrue(full.output().contains(database.toString()), "the message names the database folder:\n" + full.output());
			assertTrue(full.output().contains("is full") || full.output().contains("\u78c1\u76d8\u5df2\u6ee1"), "the message says the disk is full:\n" + full.output());
			String[] kept = digest(database, null);
			figure("  on the full disk, verify: intact with " + kept[0] + " records (" + reported + " reported)");
			assertTrue(Long.parseLong(kept[0]) >= reported, kept[0] + " records, " + reported + " reported");
			Result grown = command("mount", "-o", "remount,size=256m", mount.toString());
			assertEquals(0, grown.exit(), grown.output());
			Result resumed = admin(null, "import", "--database", database.toString(), "--from", dataSet.toString(), "--batch", String.valueOf(BATCH));
			assertEquals(0, resumed.exit(), resumed.output());
			String[] end = digest(database, null);
			figure("  with room again, the import resumed: " + end[0] + " records, the uninterrupted import's: " + List.of(whole).equals(List.of(end)));
			assertEquals(List.of(whole), List.of(end));
		} finally {
			command("umount", mount.toString());
		}
	}

	private static void assertInUse(Path database, Result result) {
		assertEquals(1, result.exit(), result.output());
		assertTrue(result.output().contains(database.toString()), "names the database folder:\n" + result.output());
		assertTrue(result.output().contains("another program") || result.output().contains("\u53e6\u4e00\u4e2a\u7a0b\u5e8f"),
				"says another program uses it:\n" + result.output());
	}

	/** The records {count, digest} of a database; verify must find it intact. */
	private static String[] digest(Path database, String user) throws Exception {
		Result verified = user == null ? admin(null, "verify", "--database", database.toString())
				: admin(OWNER_PASSWORD, "verify", "--database", database.toString(), "--user", user);
		Matcher matcher = DIGEST.matcher(verified.output());
		assertTrue(verified.exit() == 0 && matcher.find() && verified.output().contains("intact"), verified.output());
		return new String[] { matcher.group(1), matcher.group(2) };
	}

	private static String headOf(Path database, String user) throws Exception {
		Result verified = admin(OWNER_PASSWORD, "verify", "--database", database.toString(), "--user", user);
		return find(verified.output(), HEAD.pattern());
	}

	/** Restores a backup and returns the head restore printed. */
	private static String restore(Path backup, Path target) throws Exception {
		Result restored = admin(OWNER_PASSWORD, "restore", "--from", backup.toString(), "--to", target.toString(), "--user", "dbo");
		assertEquals(0, restored.exit(), restored.output());
		return find(restored.output(), "audit chain head: (\\S+)");
	}

	private static long committedRecords(Map<String, Long> reported) {
		long records = RECORD_FILES.stream().mapToLong(file -> reported.getOrDefault(file, 0L)).sum();
		return records + (reported.containsKey("checklist_items.csv") ? 1 : 0);
	}

	private static Map<String, Long> reported(Path log) throws IOException {
		Map<String, Long> reported = new LinkedHashMap<>();
		Matcher progress = IMPORTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
		while (progress.find()) {
			reported.merge(progress.group(3), Long.parseLong(progress.group(1)), Math::max);
		}
		return reported;
	}

	/** Whether Derby finished creating the database (service.properties names its protocol). */
	private static boolean complete(Path database) throws IOException {
		Path properties = database.resolve("service.properties");
		return Files.exists(database.resolve("service.propertiesold"))
				|| Files.exists(properties) && Files.readString(properties, StandardCharsets.ISO_8859_1).contains("derby.serviceProtocol");
	}

	private static long count(Path log, String text) {
		try {
			return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1).lines().filter(l -> l.contains(text)).count() : 0;
		} catch (IOException e) {
			return 0;
		}
	}

	private static long sequence(String head) {
		return Long.parseLong(head.substring(0, head.indexOf(':')));
	}

	private static String find(String output, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(output);
		assertTrue(matcher.find(), regex + " in:\n" + output);
		return matcher.group(1);
	}

	/** What a person reads: the output without the JVM's and OSGi's own log lines and the import's progress. */
	private static String messageLine(String output) {
		return output.lines().filter(l -> !l.startsWith("INFO:") && !l.contains("org.apache.aries.spifly") && !l.startsWith("imported ") && !l.isBlank())
				.reduce((a, b) -> a + " | " + b).orElse("");
	}

	private record Result(int exit, String output) {
	}

	private static Result admin(String password, String... args) throws Exception {
		Process process = builder(password, args).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(600, TimeUnit.SECONDS), "minewatch admin " + String.join(" ", args) + " finished");
		return new Result(process.exitValue(), output);
	}

	private static Result command(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
		return new Result(process.exitValue(), output);
	}

	private static ProcessBuilder builder(String password, String... args) {
		List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("minewatch").toString(), "admin"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("MINEWATCH_DATA", WORK.resolve("admin-data").toString());
		builder.environment().remove("MINEWATCH_PASSWORD");
		if (password != null) {
			builder.environment().put("MINEWATCH_PASSWORD", password);
		}
		return builder;
	}

	/** 'admin server start' on a data folder, until stopped. */
	private static final class Server implements AutoCloseable {
		final Process process;
		final String url;
		final int port;
		private boolean stopped;

		private Server(Process process, String url, int port) {
			this.process = process;
			this.url = url;
			this.port = port;
		}

		static Server start(Path data, String label) throws Exception {
			int port;
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				port = socket.getLocalPort();
			}
			Path log = WORK.resolve("server-" + label + ".log");
			Process process = builder(OWNER_PASSWORD, "server", "start", "--data", data.toString(), "--user", "dbo", "--port", String.valueOf(port))
					.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			String url = Wait.until(() -> {
				if (!process.isAlive()) {
					throw new AssertionError("the server ended (" + log + ")");
				}
				Matcher matcher = Pattern.compile("desktops connect to (\\S+)").matcher(readQuietly(log));
				return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
			}, Duration.ofSeconds(120), "the server to start (" + log + ")");
			return new Server(process, url, port);
		}

		void stop() throws Exception {
			Result stop = admin(null, "server", "stop", "--port", String.valueOf(port));
			assertEquals(0, stop.exit(), stop.output());
			assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server ended after 'server stop'");
			stopped = true;
		}

		@Override
		public void close() throws Exception {
			if (!stopped && process.isAlive()) {
				process.destroy();
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor();
				}
			}
		}
	}

	private static String readQuietly(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
		} catch (IOException e) {
			return "";
		}
	}

	private static void figure(String line) throws IOException {
		Files.createDirectories(OUT);
		Files.writeString(FIGURES, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		System.out.println(line);
	}

	private static void figureQuietly(String line) {
		try {
			figure(line);
		} catch (IOException e) {
			throw new AssertionError("cannot write " + FIGURES, e);
		}
	}
}
