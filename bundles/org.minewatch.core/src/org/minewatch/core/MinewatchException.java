package org.minewatch.core;

/**
 * Something the suite refused or could not do, as a person reads it: a code that names the rule or the failure
 * (for the log and for support, the same in every language) and a message in the person's language that says
 * what was refused and why. The area's exceptions (a lifecycle step, an inspection, an exchange package, the
 * store) are all of this kind, so a part shows {@link #getMessage()} and logs {@link #code()}.
 */
public class MinewatchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	public MinewatchException(String code, String message) {
		super(message);
		this.code = code;
	}

	public MinewatchException(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	/** The rule or failure, e.g. {@code lifecycle.order}, {@code exchange.checksum}, {@code store.conflict}. */
	public String code() {
		return code;
	}

	/** "[code] message": how the log writes it. */
	public String logged() {
		return "[" + code + "] " + getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
