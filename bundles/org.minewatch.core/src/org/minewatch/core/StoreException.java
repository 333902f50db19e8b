package org.minewatch.core;

/**
 * The store cannot do what was asked; the message says what and why. A code names the kind of failure for
 * callers that act on it (e.g. {@code store.database.notADatabase}); {@value #GENERAL} when none was given.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** The code of a failure that names no kind of its own. */
	public static final String GENERAL = "store"; //$NON-NLS-1$

	private final String code;

	public StoreException(String message) {
		this(GENERAL, message);
	}

	public StoreException(String message, Throwable cause) {
		this(GENERAL, message, cause);
	}

	public StoreException(String code, String message) {
		super(message);
		this.code = code;
	}

	public StoreException(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	/** The kind of failure, {@value #GENERAL} unless a more particular one was given. */
	public String code() {
		return code;
	}
}
