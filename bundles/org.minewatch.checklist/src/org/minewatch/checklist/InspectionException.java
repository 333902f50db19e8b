package org.minewatch.checklist;

import org.minewatch.core.MinewatchException;

/** An inspection or template step refused: the rule (a code) and what is wrong, in words for the person (the unanswered items by section, a wrong status). */
public final class InspectionException extends MinewatchException {

	private static final long serialVersionUID = 1L;

	public InspectionException(String code, String message) {
		super(code, message);
	}
}
