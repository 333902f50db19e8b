package org.minewatch.tests.driver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;

/**
 * Checks of a bundle's texts that every UI bundle's tests make: English and Chinese property files
 * with the same keys, each Chinese text in Chinese, every %key a model file uses defined, and Chinese
 * property files in ASCII (NLS reads ISO-8859-1, so Chinese is written as \\uXXXX escapes).
 */
public final class BundleTexts {

	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
	private static final Pattern PERCENT_KEY = Pattern.compile("[\">: ]%([A-Za-z0-9_.]+)");

	private final Bundle bundle;

	public BundleTexts(Bundle bundle) {
		this.bundle = bundle;
	}

	/** {@code base}.properties and {@code base}_zh.properties have the same keys, none empty, all but {@code untranslated} in Chinese. */
	public void assertEnglishAndChineseMatch(String base, int untranslated) {
		Properties english = load(base + ".properties");
		Properties chinese = load(base + "_zh.properties");
		if (!new TreeSet<>(english.stringPropertyNames()).equals(new TreeSet<>(chinese.stringPropertyNames()))) {
			throw new AssertionError(base + ": English keys " + new TreeSet<>(english.stringPropertyNames()) + " but Chinese keys "
					+ new TreeSet<>(chinese.stringPropertyNames()));
		}
		for (String key : chinese.stringPropertyNames()) {
			if (english.getProperty(key).isBlank() || chinese.getProperty(key).isBlank()) {
				throw new AssertionError(base + ": an empty text for " + key);
			}
		}
		long translated = chinese.stringPropertyNames().stream().filter(k -> CJK.matcher(chinese.getProperty(k)).find()).count();
		if (translated < chinese.size() - untranslated) {
			throw new AssertionError(base + ": only " + translated + " of " + chinese.size() + " Chinese texts have Chinese characters");
		}
	}

	/** Every %key that {@code file} uses is defined in OSGI-INF/l10n/bundle.properties, and it uses some. */
	public void assertPercentKeysDefined(String file) {
		Properties english = load("OSGI-INF/l10n/bundle.properties");
		Set<String> missing = new TreeSet<>();
		Matcher keys = PERCENT_KEY.matcher(read(file));
		int used = 0;
		while (keys.find()) {
			used++;
			if (!english.containsKey(keys.group(1))) {
				missing.add(keys.group(1));
			}
		}
		if (used == 0) {
			throw new AssertionError(file + " uses no %key at all: the pattern is wrong or the file is not localised");
		}
		if (!missing.isEmpty()) {
			throw new AssertionError(file + " uses undefined keys " + missing);
		}
	}

	public void assertAscii(String file) {
		if (!read(file).chars().allMatch(c -> c < 128)) {
			throw new AssertionError(file + " has non-ASCII characters: write them as \\uXXXX escapes");
		}
	}

	private Properties load(String path) {
		Properties properties = new Properties();
		try (InputStream in = open(path)) {
			properties.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

	private String read(String path) {
		try (InputStream in = open(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private InputStream open(String path) throws IOException {
		URL entry = bundle.getEntry(path);
		if (entry == null) {
			throw new AssertionError("missing " + path + " in " + bundle.getSymbolicName());
		}
		return entry.openStream();
	}
}
