package org.minewatch.store;

import org.minewatch.core.LocalTexts;
import org.minewatch.core.StoreException;

/**
 * The store's messages to people in their language (messages.properties, messages_zh.properties), and its failures:
 * each coded {@code store.<key>} for the log, worded by the key's message.
 */
final class Texts {

	private static final LocalTexts TEXTS = LocalTexts.of(Texts.class, "org.minewatch.store.messages"); //$NON-NLS-1$

	static String format(String key, Object... arguments) {
		return TEXTS.format(key, arguments);
	}

	/** What the store refused or could not do, with no underlying failure. */
	static StoreException refusal(String key, Object... arguments) {
		return new StoreException(code(key), format(key, arguments));
	}

	/** What the store could not do because of {@code cause} (a database or file failure; its text goes last). */
	static StoreException failure(String key, Throwable cause, Object... arguments) {
		return new StoreException(code(key), format(key, arguments), cause);
	}

	static String code(String key) {
		return "store." + key; //$NON-NLS-1$
	}

	private Texts() {
	}
}
