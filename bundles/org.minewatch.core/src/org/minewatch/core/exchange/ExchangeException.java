package org.minewatch.core.exchange;

/** An exchange package refused: it says which package, which entry and what is wrong; nothing was imported. */
public final class ExchangeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ExchangeException(String message) {
		super(message);
	}

	public ExchangeException(String message, Throwable cause) {
		super(message, cause);
	}
}
