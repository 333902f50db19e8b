package org.minewatch.checklist.ui.tests;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.checklist.InspectionService;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.tests.driver.BundleTexts;
import org.osgi.framework.FrameworkUtil;

/**
 * The checklist views and the checklist rules' messages in Chinese and English: the same keys in both, every
 * %key of the model fragment defined, the files readable by every reader.
 */
class LocalizationTest {

	private static final BundleTexts TEXTS = new BundleTexts(FrameworkUtil.getBundle(Messages.class));
	private static final BundleTexts RULES = new BundleTexts(FrameworkUtil.getBundle(InspectionService.class));

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/checklist/ui/internal/messages", "OSGI-INF/l10n/bundle" })
	void englishAndChineseHaveTheSameKeys(String base) {
		TEXTS.assertEnglishAndChineseMatch(base, 1); // the vendor is the same in both languages
	}

	@Test
	void theRulesMessagesHaveTheSameKeysInBoth() {
		RULES.assertEnglishAndChineseMatch("org/minewatch/checklist/messages", 0);
		RULES.assertAscii("org/minewatch/checklist/messages_zh.properties");
	}

	@ParameterizedTest
	@ValueSource(strings = { "fragment.e4xmi", "META-INF/MANIFEST.MF" })
	void everyPercentKeyIsDefined(String file) {
		TEXTS.assertPercentKeysDefined(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/checklist/ui/internal/messages_zh.properties", "OSGI-INF/l10n/bundle_zh.properties" })
	void propertiesAreAsciiSoEveryReaderDecodesThem(String file) {
		TEXTS.assertAscii(file);
	}
}
