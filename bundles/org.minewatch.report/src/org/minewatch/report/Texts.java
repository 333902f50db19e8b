package org.minewatch.report;

import java.util.Locale;

import org.minewatch.core.LocalTexts;
import org.minewatch.core.MinewatchException;

/** The report area's words in the person's language (messages.properties, messages_zh.properties). */
public final class Texts {

	private static final LocalTexts TEXTS = LocalTexts.of(Texts.class, "org.minewatch.report.messages"); //$NON-NLS-1$

	/** A message in the desktop's language. */
	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}

	/** A message in {@code locale} (a report's words in the language it is written in). */
	public static String format(Locale locale, String key, Object... arguments) {
		return TEXTS.format(locale, key, arguments);
	}

	/** A refusal of a report rule: its key as the code, its message in the person's language. */
	static MinewatchException refusal(String key, Object... arguments) {
		return TEXTS.refusal(key, arguments);
	}

	private Texts() {
	}
}
