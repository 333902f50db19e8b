package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message a headless bundle words for a person exists in English and in Chinese (issue 14, item 5): each
 * messages.properties has a messages_zh.properties with the same keys, each Chinese text in Chinese, and every key
 * the code beside them names in a refusal, a failure or a format is defined there.
 */
class MessagesTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
	private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}"); //$NON-NLS-1$
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*\\}"); //$NON-NLS-1$
	/** A message key the code passes to its texts: Texts.refusal("key", ...), ExchangeException.refused("key", ...). */
	private static final Pattern USED_KEY = Pattern.compile(
			"(?:Texts|TEXTS|CoreTexts|AdminTexts)\\.(?:refusal|failure|format)\\(\"([A-Za-z][A-Za-z0-9_.]*)\"|(?:^|[^.\\w])(?:refused|failed|refusedAt)\\(\"([A-Za-z][A-Za-z0-9_.]*)\""); //$NON-NLS-1$

	@Test
	void everyMessageFileHasItsChineseTwinWithTheSameKeys() {
		List<String> problems = new ArrayList<>();
		List<Path> files = messageFiles();
		assertTrue(files.size() >= 6, "the store, core, exchange, registry, checklist and admin word their messages: " + files);
		for (Path english : files) {
			Path chinese = english.resolveSibling("messages_zh.properties"); //$NON-NLS-1$
			if (!Files.isRegularFile(chinese)) {
				problems.add(SourceTree.relative(english) + " has no Chinese twin");
				continue;
			}
			Properties en = load(english);
			Properties zh = load(chinese);
			if (!en.stringPropertyNames().equals(zh.stringPropertyNames())) {
				TreeSet<String> onlyEnglish = new TreeSet<>(en.stringPropertyNames());
				onlyEnglish.removeAll(zh.stringPropertyNames());
				TreeSet<String> onlyChinese = new TreeSet<>(zh.stringPropertyNames());
				onlyChinese.removeAll(en.stringPropertyNames());
				problems.add(SourceTree.relative(english) + ": only in English " + onlyEnglish + ", only in Chinese " + onlyChinese);
			}
			zh.stringPropertyNames().stream().filter(k -> !inChinese(zh.getProperty(k))).sorted()
					.forEach(k -> problems.add(SourceTree.relative(chinese) + ": " + k + " is not in Chinese"));
		}
		assertEquals(List.of(), problems);
	}

	/** Chinese words, or no words at all (a pattern such as "{0}：{1}" that joins other messages). */
	private static boolean inChinese(String text) {
		return HAN.matcher(text).find() || !WORD.matcher(PLACEHOLDER.matcher(text).replaceAll("")).find(); //$NON-NLS-1$
	}

	@Test
	void everyKeyTheCodeNamesIsDefined() {
		List<String> problems = new ArrayList<>();
		int used = 0;
		for (Path english : messageFiles()) {
			Properties en = load(english);
			for (Path source : javaFilesBeside(english)) {
				Matcher keys = USED_KEY.matcher(read(source));
				while (keys.find()) {
					String key = keys.group(1) != null ? keys.group(1) : keys.group(2);
					used++;
					if (!en.containsKey(key)) {
						problems.add(SourceTree.relative(source) + " names " + key + ", which " + SourceTree.relative(english) + " lacks");
					}
				}
			}
		}
		assertTrue(used > 100, "the check found the keys the code names (" + used + ")");
		assertEquals(List.of(), problems);
	}

	/** The headless bundles' message files (the shell's and the UI bundles' NLS files are checked by their own tests). */
	private static List<Path> messageFiles() {
		try (Stream<Path> files = Files.walk(SourceTree.root().resolve("bundles"))) { //$NON-NLS-1$
			return files.filter(f -> f.getFileName().toString().equals("messages.properties")) //$NON-NLS-1$
					.filter(f -> SourceTree.relative(f).contains("/src/") && !SourceTree.relative(f).contains("/target/")) //$NON-NLS-1$ //$NON-NLS-2$
					.filter(f -> !SourceTree.relative(f).matches("bundles/org\\.minewatch\\.(app|desk|[a-z]+\\.ui)/.*")).sorted().toList(); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Path> javaFilesBeside(Path messages) {
		try (Stream<Path> files = Files.list(messages.getParent())) {
			return files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList(); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
