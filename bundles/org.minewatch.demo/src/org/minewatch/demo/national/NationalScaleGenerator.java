package org.minewatch.demo.national;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a national-scale data set for benchmarks and bulk-import tests: one CSV file per record type plus
 * {@value #MANIFEST}. Scale 1.0 means 100,000 mines, 3,000,000 hazards and 10,000,000 checklist item results.
 * <p>
 * The output depends only on the seed, the scale and the set of counties, byte for byte. Rows are streamed to
 * disk as they are made and references are recomputed rather than remembered, so memory use does not grow with
 * the scale. Only the JDK and Commons CSV (with the Commons IO and Codec it needs) are used, so this runs in a
 * plain JVM with a small class path:
 *
 * <pre>
 * java -cp ... org.minewatch.demo.national.NationalScaleGenerator \
 *     --seed 42 --scale 0.05 --counties counties.txt --out /tmp/national
 * </pre>
 */
public final class NationalScaleGenerator {

	public static final String MANIFEST = "manifest.properties";
	public static final int FORMAT_VERSION = 1;

	private final long seed;
	private final double scale;
	private final Plan plan;

	/** @param counties county and province codes; order and duplicates do not matter */
	public NationalScaleGenerator(long seed, double scale, List<County> counties) {
		this.seed = seed;
		this.scale = scale;
		this.plan = new Plan(seed, scale, new Counties(counties));
	}

	/**
	 * Writes every file into {@code outDir} (created if missing, existing files replaced) and returns the row
	 * count of each CSV file, header excluded, in the order written. The manifest is written last, so its
	 * presence means the set is complete.
	 */
	public Map<String, Long> generate(Path outDir) throws IOException {
		Files.createDirectories(outDir);
		Output output = new Output(outDir);
		Facts facts = new Facts(plan);
		// Referenced records come first, so a bulk import can follow the file order.
		AgencyWriter.write(plan, output);
		EnterpriseWriter.write(plan, facts, output);
		MineWriter.write(plan, facts, output);
		PersonWriter.write(plan, facts, output);
		ChecklistWriter.write(plan, output);
		InspectionWriter.write(plan, facts, output);
		HazardWriter.write(plan, facts, output);
		writeManifest(outDir, output.counts());
		return output.counts();
	}

	/** Written by hand rather than with Properties.store, which adds a timestamp and an unspecified order. */
	private void writeManifest(Path outDir, Map<String, Long> counts) throws IOException {
		StringBuilder text = new StringBuilder("# Minewatch national-scale data set\n");
		text.append("format.version=").append(FORMAT_VERSION).append('\n');
		text.append("seed=").append(seed).append('\n');
		text.append("scale=").append(scale).append('\n');
		for (Map.Entry<String, Long> count : counts.entrySet()) {
			text.append("count.").append(count.getKey()).append('=').append(count.getValue()).append('\n');
		}
		try (Writer out = Files.newBufferedWriter(outDir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
			out.write(text.toString());
		}
	}

	/** {@code --seed N --scale X --counties <file of countyCode,provinceCode lines> --out <dir>} */
	public static void main(String[] args) throws IOException {
		Long seed = null;
		Double scale = null;
		Path counties = null;
		Path out = null;
		NationalScaleGenerator generator;
		try {
			for (int i = 0; i < args.length; i += 2) {
				String value = i + 1 < args.length ? args[i + 1] : null;
				if (value == null) {
					throw new IllegalArgumentException("no value for " + args[i]);
				}
				switch (args[i]) {
					case "--seed" -> seed = Long.parseLong(value);
					case "--scale" -> scale = Double.parseDouble(value);
					case "--counties" -> counties = Path.of(value);
					case "--out" -> out = Path.of(value);
					default -> throw new IllegalArgumentException("unknown option " + args[i]);
				}
			}
			if (seed == null || scale == null || counties == null || out == null) {
				throw new IllegalArgumentException("all four options are required");
			}
			generator = new NationalScaleGenerator(seed, scale, Counties.read(counties));
		} catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.println("usage: NationalScaleGenerator --seed N --scale X --counties <file> --out <dir>");
			System.exit(2);
			return;
		}
		long started = System.nanoTime(); // for the console only, never for the data
		Map<String, Long> written = generator.generate(out);
		long total = 0;
		for (Map.Entry<String, Long> count : written.entrySet()) {
			System.out.printf(Locale.ROOT, "%-28s %,12d%n", count.getKey(), count.getValue());
			total += count.getValue();
		}
		System.out.printf(Locale.ROOT, "%-28s %,12d rows in %.1f s -> %s%n", "total", total, (System.nanoTime() - started) / 1e9,
				out.toAbsolutePath());
	}
}
