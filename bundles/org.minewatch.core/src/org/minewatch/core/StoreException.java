package org.minewatch.core;

/**
 * The store cannot do what was asked; the message says what and why. A code names the kind of failure for callers
 * that act on it and for the log (e.g. {@code store.database.notADatabase}); {@value #GENERAL} when none was given.
 */
public class StoreException extends MinewatchException {

	private static final long serialVersionUID = 1L;

	/** The code of a failure that names no kind of its own. */
	public static final String GENERAL = "store"; //$NON-NLS-1$

	public StoreException(String message) {
		super(GENERAL, message);
	}

	public StoreException(String message, Throwable cause) {
		super(GENERAL, message, cause);
	}

	public StoreException(String code, String message) {
		super(code, message);
	}

	public StoreException(String code, String message, Throwable cause) {
		super(code, message, cause);
	}
}
