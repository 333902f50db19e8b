package org.minewatch.core;

/**
 * The store cannot do what was asked; the message says what and why. A code names the kind of failure for callers
 * that act on it and for the log (e.g. {@code store.database.notADatabase}); every store failure has one, so a person
 * reads why in their language and support finds it in the log.
 */
public class StoreException extends MinewatchException {

	private static final long serialVersionUID = 1L;

	public StoreException(String code, String message) {
		super(code, message);
	}

	public StoreException(String code, String message, Throwable cause) {
		super(code, message, cause);
	}
}
