package org.minewatch.admin.command;

import org.minewatch.core.LocalTexts;

/**
 * The command line's words to the administrator in their language (the JVM's locale): usage problems and
 * how a failure is printed (messages.properties, messages_zh.properties).
 */
public final class AdminTexts {

	private static final LocalTexts TEXTS = LocalTexts.of(AdminTexts.class, "org.minewatch.admin.command.messages"); //$NON-NLS-1$

	public static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}

	private AdminTexts() {
	}
}
