package org.minewatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.demo.national.County;
import org.minewatch.demo.national.NationalScaleGenerator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The national-scale generator: reproducible, counted, referentially whole, and streaming in a small heap. */
class NationalScaleGeneratorTest {

	private static final List<County> COUNTIES = List.of(new County("140105", "140000"), new County("140106", "140000"),
			new County("370602", "370000"), new County("410102", "410000"), new County("610104", "610000"));
	/** One national bureau, two agencies per province (4) and one per county (5). */
	private static final long AGENCIES = 1 + 2 * 4 + 5;
	private static final double SCALE = 0.002;

	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

	@TempDir
	Path temp;

	@Test
	void sameSeedAndScaleGiveIdenticalBytesAndAnotherSeedDiffers() throws IOException {
		Path first = generate(42, "first");
		Path second = generate(42, "second");
		Path other = generate(43, "other");
		List<String> files = fileNames(first);
		assertEquals(files, fileNames(second));
		assertEquals(11, files.size(), "ten CSV files and the manifest: " + files);
		for (String file : files) {
			assertEquals(-1L, Files.mismatch(first.resolve(file), second.resolve(file)), file + " differs between runs");
		}
		assertNotEquals(-1L, Files.mismatch(first.resolve("mines.csv"), other.resolve("mines.csv")),
				"another seed gives the same mines");
	}

	@Test
	void manifestCountsMatchTheScaleAndTheFiles() throws IOException {
		Path out = temp.resolve("counted");
		Map<String, Long> returned = new NationalScaleGenerator(42, SCALE, COUNTIES).generate(out);
		Properties manifest = new Properties();
		try (Reader in = Files.newBufferedReader(out.resolve(NationalScaleGenerator.MANIFEST), StandardCharsets.UTF_8)) {
			manifest.load(in);
		}
		assertEquals("1", manifest.getProperty("format.version"));
		assertEquals("42", manifest.getProperty("seed"));
		assertEquals(SCALE, Double.parseDouble(manifest.getProperty("scale")));

		assertCount(manifest, "agencies.csv", AGENCIES);
		assertCount(manifest, "enterprises.csv", 40); // 20,000 x 0.002
		assertCount(manifest, "mines.csv", 200); // 100,000 x 0.002
		assertCount(manifest, "persons.csv", 3 * AGENCIES + 2 * 200);
		assertCount(manifest, "checklist_items.csv", 221);
		assertCount(manifest, "inspections.csv", 200);
		assertCount(manifest, "item_results.csv", 20_000); // 10,000,000 x 0.002
		assertCount(manifest, "hazards.csv", 6_000); // 3,000,000 x 0.002

		List<String> csvFiles = fileNames(out).stream().filter(name -> name.endsWith(".csv")).toList();
		assertEquals(returned.keySet(), Set.copyOf(csvFiles));
		for (String file : csvFiles) {
			long[] rows = { 0 };
			read(out, file, row -> rows[0]++);
			assertEquals(rows[0], Long.parseLong(manifest.getProperty("count." + file, "-1")), "rows of " + file);
			assertEquals(rows[0], returned.get(file), "returned count of " + file);
		}
		long statuses = Long.parseLong(manifest.getProperty("count.mine_status_history.csv"));
		assertTrue(statuses >= 200 && statuses <= 3 * 200, "1-3 statuses per mine: " + statuses);
	}

	@Test
	void referencesPointToExistingRows() throws IOException {
		Path out = generate(7, "references");
		Set<String> mines = ids(out, "mines.csv");
		Set<String> inspections = ids(out, "inspections.csv");
		Set<String> agencies = ids(out, "agencies.csv");
		assertEquals(200, mines.size(), "mine ids are unique");
		read(out, "hazards.csv", row -> {
			assertTrue(mines.contains(row.get("mine_id")), "hazard " + row.get("id") + " has an unknown mine");
			assertTrue(agencies.contains(row.get("owner_agency_id")), "hazard " + row.get("id") + " has an unknown owner");
			String inspection = row.get("inspection_id");
			assertTrue(inspection.isEmpty() || inspections.contains(inspection),
					"hazard " + row.get("id") + " has an unknown inspection");
		});
		read(out, "item_results.csv", row -> assertTrue(inspections.contains(row.get("inspection_id")),
				"item result " + row.get("id") + " has an unknown inspection"));
		read(out, "inspections.csv", row -> assertTrue(mines.contains(row.get("mine_id")),
				"inspection " + row.get("id") + " has an unknown mine"));
	}

	/** The generator streams: a child JVM with a 32 MB heap writes scale 0.02 (200,000 item results). */
	@Test
	void runsInASmallHeap() throws IOException, InterruptedException {
		Path countiesFile = temp.resolve("counties.txt");
		Files.write(countiesFile, COUNTIES.stream().map(c -> c.countyCode() + "," + c.provinceCode()).toList(),
				StandardCharsets.UTF_8);
		Path out = temp.resolve("child");
		Path log = temp.resolve("child.log");
		String java = ProcessHandle.current().info().command().orElseThrow();
		List<String> command = List.of(java, "-Xmx32m", "-cp", classPath(), NationalScaleGenerator.class.getName(),
				"--seed", "5", "--scale", "0.02", "--counties", countiesFile.toString(), "--out", out.toString());
		Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		boolean finished = child.waitFor(120, TimeUnit.SECONDS);
		if (!finished) {
			child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
		String output = command + "\n" + Files.readString(log, StandardCharsets.UTF_8);
		assertTrue(finished, "no result within 120 s:\n" + output);
		assertEquals(0, child.exitValue(), output);
		Properties manifest = new Properties();
		try (Reader in = Files.newBufferedReader(out.resolve(NationalScaleGenerator.MANIFEST), StandardCharsets.UTF_8)) {
			manifest.load(in);
		}
		assertEquals("200000", manifest.getProperty("count.item_results.csv"), output);
	}

	/**
	 * The generator's own bundle plus Commons CSV, IO and Codec. IO and Codec are loaded through the Commons CSV
	 * bundle, which imports them, so this fragment needs no imports of its own for them.
	 */
	private static String classPath() {
		Bundle csv = bundle(CSVPrinter.class);
		List<String> entries = new ArrayList<>();
		try {
			for (Class<?> type : List.of(NationalScaleGenerator.class, CSVPrinter.class,
					csv.loadClass("org.apache.commons.io.IOUtils"), csv.loadClass("org.apache.commons.codec.binary.Hex"))) {
				entries.add(location(bundle(type)).getAbsolutePath());
			}
		} catch (ClassNotFoundException e) {
			fail("Commons CSV cannot see its dependencies", e);
		}
		return String.join(File.pathSeparator, entries);
	}

	private static Bundle bundle(Class<?> type) {
		Bundle bundle = FrameworkUtil.getBundle(type);
		assertNotNull(bundle, "no bundle for " + type.getName());
		return bundle;
	}

	/** A jar, or a folder; a Tycho project under test has its classes in target/classes. */
	private static File location(Bundle bundle) {
		File file = FileLocator.getBundleFileLocation(bundle)
				.orElseThrow(() -> new AssertionError("no file for bundle " + bundle.getSymbolicName()));
		File classes = new File(file, "target/classes");
		return file.isDirectory() && classes.isDirectory() ? classes : file;
	}

	private Path generate(long seed, String folder) throws IOException {
		Path out = temp.resolve(folder);
		new NationalScaleGenerator(seed, SCALE, COUNTIES).generate(out);
		return out;
	}

	private static List<String> fileNames(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static void assertCount(Properties manifest, String file, long expected) {
		assertEquals(Long.toString(expected), manifest.getProperty("count." + file), "count of " + file);
	}

	private static Set<String> ids(Path dir, String file) throws IOException {
		Set<String> ids = new HashSet<>();
		read(dir, file, row -> ids.add(row.get("id")));
		return ids;
	}

	private static void read(Path dir, String file, Consumer<CSVRecord> handler) throws IOException {
		try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
				CSVParser parser = READ.parse(in)) {
			for (CSVRecord row : parser) {
				handler.accept(row);
			}
		}
	}
}
