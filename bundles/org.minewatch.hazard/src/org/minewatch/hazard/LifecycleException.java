package org.minewatch.hazard;

import org.minewatch.core.MinewatchException;

/** A lifecycle step refused: the rule that forbids it (a code) and what it says, in the person's language. Nothing was changed. */
public class LifecycleException extends MinewatchException {

	private static final long serialVersionUID = 1L;

	public LifecycleException(String rule, String message) {
		super(rule, message);
	}

	/** The rule's code: a lifecycle rule ({@code lifecycle.*}) or a model constraint ({@code hazard.*}, {@code acceptance.*}, ...). */
	public String rule() {
		return code();
	}
}
