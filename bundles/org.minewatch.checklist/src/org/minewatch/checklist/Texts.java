package org.minewatch.checklist;

import org.minewatch.core.LocalTexts;

/** The checklist rules' messages in the desktop's language (messages.properties, messages_zh.properties). */
final class Texts {

	private static final LocalTexts TEXTS = LocalTexts.of(Texts.class, "org.minewatch.checklist.messages"); //$NON-NLS-1$

	static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}

	/** The refusal of a checklist rule: its key as the code, its message in the person's language. */
	static InspectionException refused(String key, Object... arguments) {
		return new InspectionException(key, TEXTS.format(key, arguments));
	}

	private Texts() {
	}
}
