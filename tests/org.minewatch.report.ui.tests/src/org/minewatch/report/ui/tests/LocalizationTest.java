package org.minewatch.report.ui.tests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.report.ui.internal.Messages;
import org.minewatch.tests.driver.BundleTexts;
import org.osgi.framework.FrameworkUtil;

/** The reports part in Chinese and English: the same keys in both, every %key of the model fragment defined. */
class LocalizationTest {

	private static final BundleTexts TEXTS = new BundleTexts(FrameworkUtil.getBundle(Messages.class));

	@Test
	void thePartsTextsAreInBothLanguages() {
		TEXTS.assertEnglishAndChineseMatch("org/minewatch/report/ui/internal/messages", 0);
	}

	@Test
	void theMenusAndPartNamesAreInBothLanguages() {
		// the vendor is the same in both languages
		TEXTS.assertEnglishAndChineseMatch("OSGI-INF/l10n/bundle", 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "fragment.e4xmi", "layout.e4xmi", "META-INF/MANIFEST.MF" })
	void everyPercentKeyIsDefined(String file) {
		TEXTS.assertPercentKeysDefined(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/report/ui/internal/messages_zh.properties", "OSGI-INF/l10n/bundle_zh.properties" })
	void propertiesAreAsciiSoEveryReaderDecodesThem(String file) {
		TEXTS.assertAscii(file);
	}
}
