package org.minewatch.core.exchange;

import org.minewatch.core.MinewatchException;

/** An exchange package refused: it says which package, which entry and what is wrong; nothing was imported. */
public final class ExchangeException extends MinewatchException {

	private static final long serialVersionUID = 1L;

	/** The code of a refusal that has none of its own. */
	public static final String EXCHANGE = "exchange"; //$NON-NLS-1$

	public ExchangeException(String message) {
		super(EXCHANGE, message);
	}

	public ExchangeException(String message, Throwable cause) {
		super(EXCHANGE, message, cause);
	}

	public ExchangeException(String code, String message, Throwable cause) {
		super(code, message, cause);
	}
}
