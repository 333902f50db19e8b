package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Derby's fragments in the built installation. They share derby's class loader, so none may import a package derby
 * exports: another bundle exporting it too (derbyclient exports an empty org.apache.derby.jdbc) could be wired in
 * its place when the framework re-resolves derby, and 'minewatch admin server start' then failed for good with
 * "EmbeddedDriver cannot be found" after a Chinese desktop session on the same installation.
 */
class DerbyBundlesTest {

	private static final Path PLUGINS = Path.of(System.getProperty("minewatch.product.dir", "missing")).resolve("plugins");

	@Test
	void noFragmentOfDerbyImportsAPackageDerbyExports() throws IOException {
		Set<String> exported = packages(mainAttributes(onlyJar("derby_")).getValue("Export-Package"));
		List<Path> fragments = new ArrayList<>();
		try (Stream<Path> jars = Files.list(PLUGINS)) {
			for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
				Attributes attributes = mainAttributes(jar);
				String host = attributes.getValue("Fragment-Host");
				if (host != null && packages(host).contains("derby")) {
					fragments.add(jar);
					Set<String> imported = packages(attributes.getValue("Import-Package"));
					imported.retainAll(exported);
					assertEquals(Set.of(), imported, jar.getFileName() + " imports packages derby exports");
				}
			}
		}
		assertEquals(3, fragments.size(), "derbyshared, derbytools and derbynet are fragments of derby: " + fragments);
	}

	private static Path onlyJar(String prefix) throws IOException {
		try (Stream<Path> jars = Files.list(PLUGINS)) {
			List<Path> found = jars.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
			assertEquals(1, found.size(), prefix + "*.jar in " + PLUGINS + ": " + found);
			return found.get(0);
		}
	}

	private static Attributes mainAttributes(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.getManifest() == null ? new Attributes() : file.getManifest().getMainAttributes();
		}
	}

	/** The names of an OSGi header's clauses, without their attributes and directives. */
	private static Set<String> packages(String header) {
		Set<String> names = new TreeSet<>();
		if (header == null) {
			return names;
		}
		boolean quoted = false;
		StringBuilder clause = new StringBuilder();
		for (char c : (header + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				String name = clause.toString().split(";", 2)[0].trim();
				assertFalse(name.isEmpty(), "an empty clause in " + header);
				names.add(name);
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		return names;
	}
}
