package org.minewatch.core;

/** The core's messages to people in their language (messages.properties, messages_zh.properties). */
final class CoreTexts {

	private static final LocalTexts TEXTS = LocalTexts.of(CoreTexts.class, "org.minewatch.core.messages"); //$NON-NLS-1$

	static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}

	/** A store refusal coded {@code store.<key>}. */
	static StoreException refusal(String key, Object... arguments) {
		return new StoreException("store." + key, format(key, arguments)); //$NON-NLS-1$
	}

	private CoreTexts() {
	}
}
