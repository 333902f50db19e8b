package org.minewatch.schedule.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.schedule.ui.internal.Messages;
import org.minewatch.tests.driver.BundleTexts;
import org.osgi.framework.FrameworkUtil;

/** The plan view in Chinese and English: the same keys in both, every %key of the model fragment defined. */
class LocalizationTest {

	private static final BundleTexts TEXTS = new BundleTexts(FrameworkUtil.getBundle(Messages.class));

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/schedule/ui/internal/messages", "OSGI-INF/l10n/bundle" })
	void englishAndChineseHaveTheSameKeys(String base) {
		// the vendor is the same in both languages
		TEXTS.assertEnglishAndChineseMatch(base, 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fragment.e4xmi", "META-INF/MANIFEST.MF" })
	void everyPercentKeyIsDefined(String file) {
		TEXTS.assertPercentKeysDefined(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/schedule/ui/internal/messages_zh.properties", "OSGI-INF/l10n/bundle_zh.properties" })
	void propertiesAreAsciiSoEveryReaderDecodesThem(String file) {
		TEXTS.assertAscii(file);
	}
}
