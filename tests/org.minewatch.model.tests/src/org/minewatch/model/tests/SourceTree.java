package org.minewatch.model.tests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The repository's files, for checks that span bundles (the words every label and message file uses). The
 * build passes the repository's folder as the system property {@value #PROPERTY} (see this module's pom.xml).
 */
final class SourceTree {

	static final String PROPERTY = "minewatch.source"; //$NON-NLS-1$

	private SourceTree() {
	}

	static Path root() {
		String root = System.getProperty(PROPERTY);
		if (root == null || !Files.isDirectory(Path.of(root, "bundles"))) { //$NON-NLS-1$
			throw new AssertionError("the system property " + PROPERTY + " must name the repository's folder (it is " + root + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return Path.of(root).toAbsolutePath().normalize();
	}

	static Path file(String relative) {
		Path file = root().resolve(relative);
		if (!Files.isRegularFile(file)) {
			throw new AssertionError("missing " + relative); //$NON-NLS-1$
		}
		return file;
	}

	/** The files under bundles/ that people read words from: labels, messages, model files and shipped data. */
	static List<Path> textFiles() {
		try (Stream<Path> files = Files.walk(root().resolve("bundles"))) { //$NON-NLS-1$
			return files.filter(Files::isRegularFile).filter(SourceTree::isText).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean isText(Path file) {
		String path = root().relativize(file).toString().replace('\\', '/');
		if (path.contains("/target/") || path.contains("/bin/") || path.contains("/src-gen/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return false;
		}
		String name = file.getFileName().toString();
		return name.endsWith(".e4xmi") || name.equals("items.tsv") || name.equals("terms.tsv") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| name.endsWith(".properties") && !name.equals("build.properties"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String relative(Path file) {
		return root().relativize(file).toString().replace('\\', '/');
	}

	/** A file's text; properties files with their \\uXXXX escapes decoded (as NLS and the loaders read them). */
	static String text(Path file) {
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (!file.getFileName().toString().endsWith(".properties")) { //$NON-NLS-1$
				return text;
			}
			StringBuilder decoded = new StringBuilder();
			Properties properties = parse(text);
			properties.stringPropertyNames().stream().sorted().forEach(k -> decoded.append(k).append(" = ").append(properties.getProperty(k)).append('\n')); //$NON-NLS-1$
			return decoded.toString();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static Properties properties(String relative) {
		try {
			return parse(Files.readString(file(relative), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Properties parse(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
