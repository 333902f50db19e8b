package org.minewatch.registry.ui.tests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.tests.driver.BundleTexts;
import org.minewatch.ui.Editors;
import org.osgi.framework.FrameworkUtil;

/**
 * The desktop toolkit (org.minewatch.ui: editors, fields, pickers) in Chinese and English; its editors
 * are tested here through the registry's, which use it.
 */
class ToolkitLocalizationTest {

	private static final BundleTexts TEXTS = new BundleTexts(FrameworkUtil.getBundle(Editors.class));

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/ui/internal/messages", "OSGI-INF/l10n/bundle" })
	void englishAndChineseHaveTheSameKeys(String base) {
		// the date and number examples are the same in both languages
		TEXTS.assertEnglishAndChineseMatch(base, 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "META-INF/MANIFEST.MF" })
	void everyPercentKeyIsDefined(String file) {
		TEXTS.assertPercentKeysDefined(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/ui/internal/messages_zh.properties", "OSGI-INF/l10n/bundle_zh.properties" })
	void propertiesAreAsciiSoEveryReaderDecodesThem(String file) {
		TEXTS.assertAscii(file);
	}
}
