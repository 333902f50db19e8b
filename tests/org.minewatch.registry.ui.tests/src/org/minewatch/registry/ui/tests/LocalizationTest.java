package org.minewatch.registry.ui.tests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.tests.driver.BundleTexts;
import org.osgi.framework.FrameworkUtil;

/** The registry UI in Chinese and English: the same keys in both, every %key of its model fragments defined. */
class LocalizationTest {

	private static final BundleTexts TEXTS = new BundleTexts(FrameworkUtil.getBundle(Messages.class));

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/registry/ui/internal/messages", "OSGI-INF/l10n/bundle" })
	void englishAndChineseHaveTheSameKeys(String base) {
		// the date and number examples are the same in both languages
		TEXTS.assertEnglishAndChineseMatch(base, 3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fragment.e4xmi", "layout.e4xmi", "META-INF/MANIFEST.MF" })
	void everyPercentKeyIsDefined(String file) {
		TEXTS.assertPercentKeysDefined(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/registry/ui/internal/messages_zh.properties", "OSGI-INF/l10n/bundle_zh.properties" })
	void propertiesAreAsciiSoEveryReaderDecodesThem(String file) {
		TEXTS.assertAscii(file);
	}
}
