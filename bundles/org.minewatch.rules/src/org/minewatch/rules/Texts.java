package org.minewatch.rules;

import java.util.Locale;

import org.minewatch.core.LocalTexts;

/** The rules' messages in the desktop's language (messages.properties, messages_zh.properties). */
final class Texts {

	private static final LocalTexts TEXTS = LocalTexts.of(Texts.class, "org.minewatch.rules.messages"); //$NON-NLS-1$

	static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}

	static String format(Locale locale, String key, Object... arguments) {
		return TEXTS.format(locale, key, arguments);
	}

	private Texts() {
	}
}
