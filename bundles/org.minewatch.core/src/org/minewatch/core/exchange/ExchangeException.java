package org.minewatch.core.exchange;

import org.minewatch.core.LocalTexts;
import org.minewatch.core.MinewatchException;

/**
 * An exchange package refused: it says which package, which entry and what is wrong, in the person's language;
 * nothing was imported. Coded {@code exchange.<key>} for the log.
 */
public final class ExchangeException extends MinewatchException {

	private static final long serialVersionUID = 1L;

	private static final LocalTexts TEXTS = LocalTexts.of(ExchangeException.class, "org.minewatch.core.exchange.messages"); //$NON-NLS-1$

	public ExchangeException(String code, String message) {
		super(code, message);
	}

	public ExchangeException(String code, String message, Throwable cause) {
		super(code, message, cause);
	}

	/** A package refused for the reason {@code key} of this package's messages. */
	static ExchangeException refused(String key, Object... arguments) {
		return new ExchangeException(code(key), TEXTS.format(key, arguments));
	}

	/** A package that cannot be read because of {@code cause}. */
	static ExchangeException failed(String key, Throwable cause, Object... arguments) {
		return new ExchangeException(code(key), TEXTS.format(key, arguments), cause);
	}

	/** A package refused at a line of its manifest, for the reason {@code key}. */
	static ExchangeException refusedAt(String where, int line, String key, Object... arguments) {
		return new ExchangeException(code(key), TEXTS.format("manifest.line", where, ExchangePackage.MANIFEST, String.valueOf(line), //$NON-NLS-1$
				TEXTS.format(key, arguments)));
	}

	private static String code(String key) {
		return "exchange." + key; //$NON-NLS-1$
	}
}
