package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derby's own ij changes an imported database behind the suite's back, as a person trying it would: a
 * hazard's voided mark and the name of who changed it in the record table, hazards closed in the index the
 * board and dashboard read. 'verify' names each change and fails; 'rebuild-index' writes the derived rows
 * again from the proven documents, and the database verifies intact with the same records.
 */
class TamperEvidenceTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Pattern RECORDS = Pattern.compile("records digest (\\d+ records, [0-9a-f]{64})");

	@TempDir
	Path temp;

	private record Result(int exit, String output) {
	}

	@Test
	void changesMadeWithIjAreNamedByVerifyAndRepairedByRebuildIndex() throws Exception {
		Path data = temp.resolve("national");
		Path database = temp.resolve("db");
		assertEquals(0, admin("generate", "--out", data.toString(), "--scale", "0.001", "--seed", "3").exit());
		assertEquals(0, admin("import", "--database", database.toString(), "--from", data.toString(), "--batch", "500").exit());
		Result before = admin("verify", "--database", database.toString());
		assertEquals(0, before.exit(), before.output());

		String ij = ij(database, """
				UPDATE MINEWATCH.mw_record SET voided = 1, modified_by_name = 'someone' WHERE id = (SELECT MIN(id) FROM MINEWATCH.mw_hazard);
				UPDATE MINEWATCH.mw_hazard SET state = 'CLOSED' WHERE grade = 'MAJOR' AND state <> 'CLOSED';
				""");
		assertFalse(ij.contains("ERROR"), ij);

		Result tampered = admin("verify", "--database", database.toString());
		assertEquals(1, tampered.exit(), tampered.output());
		assertTrue(tampered.output().contains("RECORD_METADATA_CHANGED") && tampered.output().contains("mw_record.voided of record"), tampered.output());
		assertTrue(tampered.output().contains("mw_record.modified_by_name of record") && tampered.output().contains("stored someone"), tampered.output());
		assertTrue(tampered.output().contains("INDEX_MISMATCH") && tampered.output().contains("mw_hazard.state of record")
				&& tampered.output().contains("stored CLOSED"), tampered.output());

		Result rebuilt = admin("rebuild-index", "--database", database.toString());
		assertEquals(0, rebuilt.exit(), rebuilt.output());
		assertTrue(rebuilt.output().contains("intact"), rebuilt.output());
		Result after = admin("verify", "--database", database.toString());
		assertEquals(0, after.exit(), after.output());
		assertEquals(digest(before.output()), digest(after.output()), "no document was touched");
	}

	/** Runs Derby's ij from the installation's own Derby on the database, with {@code statements}. */
	private String ij(Path database, String statements) throws IOException, InterruptedException {
		Path script = Files.writeString(temp.resolve("tamper.sql"), "CONNECT 'jdbc:derby:" + database.toAbsolutePath() + "';\n" + statements + "DISCONNECT;\nEXIT;\n");
		String classPath;
		try (Stream<Path> plugins = Files.list(PRODUCT.resolve("plugins"))) {
			classPath = plugins.filter(p -> p.getFileName().toString().matches("(derby|wrapped\\.org\\.apache\\.derby\\.derby(tools|shared))_.*\\.jar"))
					.map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(java.toString(), "-cp", classPath, "-Dderby.stream.error.file=" + temp.resolve("ij-derby.log"),
				"org.apache.derby.tools.ij", script.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ij finished");
		assertEquals(0, process.exitValue(), output);
		return output;
	}

	private Result admin(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("minewatch").toString(), "admin"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("MINEWATCH_DATA", temp.resolve("admin-data").toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), "minewatch admin " + String.join(" ", args) + " finished");
		return new Result(process.exitValue(), output);
	}

	private static String digest(String output) {
		Matcher matcher = RECORDS.matcher(output);
		assertTrue(matcher.find(), output);
		return matcher.group(1);
	}
}
