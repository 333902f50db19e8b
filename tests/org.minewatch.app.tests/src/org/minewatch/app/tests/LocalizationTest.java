package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.app.internal.Messages;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Every English text has a Chinese one and the other way round, and every %key the bundle uses exists. */
class LocalizationTest {

	private static final Bundle APP = FrameworkUtil.getBundle(Messages.class);
	private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/app/internal/messages", "OSGI-INF/l10n/bundle" })
	void englishAndChineseHaveTheSameKeys(String base) throws IOException {
		Properties english = load(base + ".properties");
		Properties chinese = load(base + "_zh.properties");
		assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()), base);
		for (String key : chinese.stringPropertyNames()) {
			assertFalse(english.getProperty(key).isBlank(), base + ": empty English text for " + key);
			assertFalse(chinese.getProperty(key).isBlank(), base + ": empty Chinese text for " + key);
		}
		long translated = chinese.stringPropertyNames().stream().filter(k -> CJK.matcher(chinese.getProperty(k)).find()).count();
		assertTrue(translated >= chinese.size() - 2, base + ": only " + translated + " of " + chinese.size() + " Chinese texts have Chinese characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Application.e4xmi", "plugin.xml", "META-INF/MANIFEST.MF" })
	void everyPercentKeyIsDefined(String file) throws IOException {
		Properties english = load("OSGI-INF/l10n/bundle.properties");
		Set<String> missing = new TreeSet<>();
		Matcher keys = Pattern.compile("[\">: ]%([A-Za-z0-9_.]+)").matcher(read(file));
		int used = 0;
		while (keys.find()) {
			used++;
			if (!english.containsKey(keys.group(1))) {
				missing.add(keys.group(1));
			}
		}
		assertTrue(used > 0, file + " uses no %key at all: the pattern is wrong or the file is not localised");
		assertTrue(missing.isEmpty(), file + " uses undefined keys " + missing);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/app/internal/messages_zh.properties", "OSGI-INF/l10n/bundle_zh.properties" })
	void propertiesAreAsciiSoEveryReaderDecodesThem(String file) throws IOException {
		// NLS reads ISO-8859-1: Chinese must be written as \\uXXXX escapes
		String text = read(file);
		assertTrue(text.chars().allMatch(c -> c < 128), file + " has non-ASCII characters");
	}

	private static Properties load(String path) throws IOException {
		URL entry = APP.getEntry(path);
		assertNotNull(entry, "missing " + path);
		Properties properties = new Properties();
		try (InputStream in = entry.openStream()) {
			properties.load(in);
		}
		return properties;
	}

	private static String read(String path) throws IOException {
		URL entry = APP.getEntry(path);
		assertNotNull(entry, "missing " + path);
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
