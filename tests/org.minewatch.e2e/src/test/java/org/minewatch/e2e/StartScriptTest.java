package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux start script of the built installation: which Java it takes, which launcher jar, and
 * where it keeps the person's data. Runs the script with --print-command / --which-java, on the
 * installation itself and on a copy of it made to look like a p2 update left two launchers.
 */
class StartScriptTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));

	@TempDir
	Path temp;
	private Path install;

	@BeforeEach
	void fakeInstallationWithTwoLaunchers() throws IOException {
		install = Files.createDirectories(temp.resolve("install"));
		Files.copy(PRODUCT.resolve("minewatch"), install.resolve("minewatch"));
		Files.createDirectories(install.resolve("plugins"));
		Files.writeString(install.resolve("plugins/org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar"), "old");
		Files.writeString(install.resolve("plugins/org.eclipse.equinox.launcher_1.9.0.v20270101-0000.jar"), "new");
	}

	@Test
	void theBuiltInstallationStartsTheLauncherItsConfigurationLists() throws Exception {
		List<String> command = printCommand(PRODUCT, Map.of("MINEWATCH_DATA", temp.resolve("data").toString()));
		Path launcher = Path.of(command.get(command.indexOf("-jar") + 1));
		assertTrue(Files.isRegularFile(launcher), "launcher " + launcher);
		String bundlesInfo = Files.readString(PRODUCT.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		assertTrue(bundlesInfo.contains(PRODUCT.relativize(launcher).toString()), launcher + " is the one bundles.info lists");
	}

	@Test
	void afterAnUpdateTakesTheLauncherTheConfigurationLists() throws Exception {
		Path info = Files.createDirectories(install.resolve("configuration/org.eclipse.equinox.simpleconfigurator")).resolve("bundles.info");
		Files.writeString(info, "#version=1\norg.eclipse.equinox.launcher,1.8.0.v20260804-1928,"
				+ "plugins/org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar,4,false\n");
		List<String> command = printCommand(install, Map.of("MINEWATCH_DATA", temp.resolve("data").toString()));
		assertEquals(install.resolve("plugins/org.eclipse.equinox.launcher_1.8.0.v20260804-1928.jar").toString(),
				command.get(command.indexOf("-jar") + 1));
	}

	@Test
	void withoutAConfigurationTakesTheNewestLauncher() throws Exception {
		List<String> command = printCommand(install, Map.of("MINEWATCH_DATA", temp.resolve("data").toString()));
		assertEquals(install.resolve("plugins/org.eclipse.equinox.launcher_1.9.0.v20270101-0000.jar").toString(),
				command.get(command.indexOf("-jar") + 1));
	}

	@Test
	void keepsThePersonsDataOutsideTheInstallation() throws Exception {
		Path xdg = temp.resolve("xdg-data");
		List<String> command = printCommand(install, Map.of("XDG_DATA_HOME", xdg.toString()));
		assertEquals(xdg.resolve("minewatch/workspace").toString(), command.get(command.indexOf("-data") + 1));
		assertTrue(Files.isDirectory(xdg.resolve("minewatch")));

		List<String> own = printCommand(install, Map.of("MINEWATCH_DATA", temp.resolve("data").toString()), "-data", "/elsewhere");
		assertEquals(1, own.stream().filter("-data"::equals).count(), "a -data of the person's own wins: " + own);
	}

	@Test
	void passesApplicationArgumentsThrough() throws Exception {
		List<String> command = printCommand(install, Map.of("MINEWATCH_DATA", temp.resolve("data").toString()), "-nl", "en");
		assertEquals(List.of("-nl", "en"), command.subList(command.size() - 2, command.size()));
	}

	@Test
	void skipsAJavaOlderThan21() throws Exception {
		Path old = fakeJava("17.0.15");
		String chosen = run(install, Map.of("MINEWATCH_JAVA", old.toString()), "--which-java").strip();
		assertNotEquals(old.toString(), chosen, "Java 17 must be passed over");
		Path recent = fakeJava("21.0.9");
		assertEquals(recent.toString(), run(install, Map.of("MINEWATCH_JAVA", recent.toString()), "--which-java").strip());
	}

	private Path fakeJava(String version) throws IOException {
		Path java = temp.resolve("java-" + version);
		Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2026-01-20' >&2\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		return java;
	}

	private static List<String> printCommand(Path installation, Map<String, String> env, String... args) throws Exception {
		String[] all = new String[args.length + 1];
		all[0] = "--print-command";
		System.arraycopy(args, 0, all, 1, args.length);
		return run(installation, env, all).lines().toList();
	}

	private static String run(Path installation, Map<String, String> env, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(installation.resolve("minewatch").toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().remove("MINEWATCH_DATA");
		builder.environment().remove("MINEWATCH_JAVA");
		builder.environment().putAll(env);
		Process process = builder.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the start script finished");
		assertEquals(0, process.exitValue(), "start script failed: " + err);
		return out;
	}
}
