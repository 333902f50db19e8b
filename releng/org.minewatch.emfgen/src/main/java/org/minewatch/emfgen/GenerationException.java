package org.minewatch.emfgen;

/**
 * A failure of the generator that the user must fix (bad arguments, a genmodel that does not load or is invalid,
 * generation errors). Thrown out of {@code main}: {@code java} then exits with status 1, and {@code mvn exec:java}
 * (which runs main inside the Maven JVM, so System.exit is not an option) fails the build with this message.
 */
final class GenerationException extends Exception {

	private static final long serialVersionUID = 1L;

	GenerationException(String message) {
		this(message, null);
	}

	GenerationException(String message, Throwable cause) {
		// no stack trace of our own: the message says what is wrong; a cause keeps its trace for debugging
		super(message, cause, false, false);
	}
}
