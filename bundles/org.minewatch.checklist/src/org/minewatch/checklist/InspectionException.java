package org.minewatch.checklist;

/** An inspection step refused: what is wrong, in words for the person (the unanswered items by section, a wrong status). */
public final class InspectionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InspectionException(String message) {
		super(message);
	}
}
