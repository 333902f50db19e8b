package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Provincial plugins on the built product, each in a fresh copy of it: the Shanxi plugin installed from the reactor's
 * file: update site by {@code minewatch admin install} (the Updates class the Help menu uses), found by the rules
 * service after the restart, and rolled back; a corrupt site and a missing feature change nothing; and Eclipse's own p2
 * director application, run from the product, installs a province feature into a fresh copy.
 */
class ProvincialPluginsTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path SITE = Path.of(System.getProperty("minewatch.site.dir", "missing"));
	private static final String SHANXI = "org.minewatch.province.shanxi.feature";

	@TempDir
	Path temp;

	private record Result(int exit, String output) {
	}

	@Test
	void theShanxiPluginIsInstalledFromTheSiteFoundAfterARestartAndRolledBack() throws Exception {
		Path installation = copy("a");
		String bundlesBefore = bundles(installation);
		Result before = admin(installation, "installed");
		assertEquals(0, before.exit(), before.output());
		assertTrue(before.output().contains("org.minewatch.suite.feature 0.1.0"), before.output());
		assertFalse(before.output().contains(SHANXI), before.output());

		Result install = admin(installation, "install", SHANXI, "--site", SITE.toUri().toString());
		assertEquals(0, install.exit(), install.output());
		Result installed = admin(installation, "installed");
		assertTrue(installed.output().contains(SHANXI + " 0.1.0"), installed.output());
		assertTrue(bundles(installation).contains("org.minewatch.province.shanxi,"), "in the configuration the next start reads");

		// the next start (an admin run is one) loads the plugin: the rules service finds its rulebook, nothing disabled
		Result rules = admin(installation, "rules");
		assertEquals(0, rules.exit(), rules.output());
		assertTrue(rules.output().contains("org.minewatch.province.shanxi") && rules.output().contains("140000"), rules.output());

		Result nothing = admin(installation, "update", "--site", SITE.toUri().toString());
		assertEquals(0, nothing.exit(), nothing.output());

		Result rollback = admin(installation, "rollback");
		assertEquals(0, rollback.exit(), rollback.output());
		assertFalse(admin(installation, "installed").output().contains(SHANXI));
		assertEquals(bundlesBefore, bundles(installation), "the configuration as it was");
		Result noRules = admin(installation, "rules");
		assertFalse(noRules.output().contains("org.minewatch.province.shanxi"), noRules.output());
	}

	@Test
	void aCorruptSiteAndAFeatureTheSiteLacksChangeNothing() throws Exception {
		Path installation = copy("b");
		String bundlesBefore = bundles(installation);
		String installedBefore = roots(admin(installation, "installed").output());

		Path corrupt = temp.resolve("corrupt-site");
		copyTree(SITE, corrupt);
		for (String index : List.of("content.jar", "artifacts.jar", "content.xml.xz", "artifacts.xml.xz")) {
			Path file = corrupt.resolve(index);
			if (Files.exists(file)) {
				byte[] bytes = Files.readAllBytes(file);
				Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3)); // truncated
			}
		}
		Result fromCorrupt = admin(installation, "install", SHANXI, "--site", corrupt.toUri().toString());
		assertEquals(1, fromCorrupt.exit(), fromCorrupt.output());
		assertTrue(fromCorrupt.output().contains("update.site"), fromCorrupt.output());

		Result missing = admin(installation, "install", "org.minewatch.province.nowhere.feature", "--site", SITE.toUri().toString());
		assertEquals(1, missing.exit(), missing.output());
		assertTrue(missing.output().contains("update.notOnSite"), missing.output());

		assertEquals(bundlesBefore, bundles(installation));
		Result after = admin(installation, "installed");
		assertEquals(0, after.exit(), "the installation still starts: " + after.output());
		assertEquals(installedBefore, roots(after.output()));
		assertTrue(installedBefore.contains("org.minewatch.suite.feature"), installedBefore);
	}

	@Test
	void eclipsesP2DirectorInstallsAProvinceFeatureIntoAFreshCopy() throws Exception {
		Path installation = copy("c");
		List<String> command = new ArrayList<>(List.of(java(), "-jar", launcher(installation).toString(), "-nosplash", "-application",
				"org.eclipse.equinox.p2.director", "-repository", SITE.toUri().toString(), "-installIU",
				"org.minewatch.province.innermongolia.feature.feature.group", "-destination", installation.toString(), "-profile", "DefaultProfile"));
		Process director = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(director.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(director.waitFor(180, TimeUnit.SECONDS));
		assertEquals(0, director.exitValue(), output);
		assertTrue(output.contains("Installing org.minewatch.province.innermongolia.feature.feature.group"), output);
		assertTrue(bundles(installation).contains("org.minewatch.province.innermongolia,"));
		Result rules = admin(installation, "rules");
		assertEquals(0, rules.exit(), rules.output());
		assertTrue(rules.output().contains("org.minewatch.province.innermongolia"), rules.output());
		assertTrue(admin(installation, "installed").output().contains("org.minewatch.province.innermongolia.feature 0.1.0"));
	}

	/** The lines of 'admin installed' that name an installed root (the log lines around them left out). */
	private static String roots(String output) {
		return output.lines().filter(line -> line.matches("org\\.minewatch\\.\\S+ \\d.*")).collect(java.util.stream.Collectors.joining("\n"));
	}

	private Path copy(String name) throws IOException {
		Path copy = temp.resolve(name).resolve("minewatch");
		copyTree(PRODUCT, copy);
		return copy;
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static String bundles(Path installation) throws IOException {
		return Files.readString(installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
	}

	private static Path launcher(Path installation) throws IOException {
		try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_[^/]*\\.jar")).findFirst().orElseThrow();
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private Result admin(Path installation, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(installation.resolve("minewatch").toString(), "admin"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("MINEWATCH_DATA", temp.resolve("admin-data").toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(180, TimeUnit.SECONDS), "minewatch admin " + String.join(" ", args) + " finished");
		return new Result(process.exitValue(), output);
	}
}
