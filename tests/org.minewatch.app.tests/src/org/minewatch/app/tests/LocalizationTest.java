package org.minewatch.app.tests;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.app.internal.Messages;
import org.minewatch.tests.driver.BundleTexts;
import org.osgi.framework.FrameworkUtil;

/** Every English text has a Chinese one and the other way round, and every %key the bundle uses exists. */
class LocalizationTest {

	private static final BundleTexts TEXTS = new BundleTexts(FrameworkUtil.getBundle(Messages.class));

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/app/internal/messages", "OSGI-INF/l10n/bundle" })
	void englishAndChineseHaveTheSameKeys(String base) {
		TEXTS.assertEnglishAndChineseMatch(base, 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Application.e4xmi", "plugin.xml", "META-INF/MANIFEST.MF" })
	void everyPercentKeyIsDefined(String file) {
		TEXTS.assertPercentKeysDefined(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/minewatch/app/internal/messages_zh.properties", "OSGI-INF/l10n/bundle_zh.properties" })
	void propertiesAreAsciiSoEveryReaderDecodesThem(String file) {
		TEXTS.assertAscii(file);
	}
}
