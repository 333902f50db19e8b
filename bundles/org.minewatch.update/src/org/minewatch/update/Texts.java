package org.minewatch.update;

import org.minewatch.core.LocalTexts;
import org.minewatch.core.MinewatchException;

/** The updates' messages in the person's language (messages.properties, messages_zh.properties). */
final class Texts {

	private static final LocalTexts TEXTS = LocalTexts.of(Texts.class, "org.minewatch.update.messages"); //$NON-NLS-1$

	static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}

	static MinewatchException refused(String key, Object... arguments) {
		return TEXTS.refusal(key, arguments);
	}

	private Texts() {
	}
}
