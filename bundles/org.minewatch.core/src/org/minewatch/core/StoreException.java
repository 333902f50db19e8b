package org.minewatch.core;

/** The store cannot do what was asked; the message says what and why, the code names it. */
public class StoreException extends MinewatchException {

	private static final long serialVersionUID = 1L;

	/** The code of a store failure that has none of its own. */
	public static final String STORE = "store"; //$NON-NLS-1$

	public StoreException(String message) {
		super(STORE, message);
	}

	public StoreException(String message, Throwable cause) {
		super(STORE, message, cause);
	}

	public StoreException(String code, String message) {
		super(code, message);
	}

	public StoreException(String code, String message, Throwable cause) {
		super(code, message, cause);
	}
}
