package org.minewatch.hazard;

/** A lifecycle step refused: the rule that forbids it (a code) and what it says, in the person's language. Nothing was changed. */
public class LifecycleException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String rule;

	public LifecycleException(String rule, String message) {
		super(message);
		this.rule = rule;
	}

	/** The rule's code: a lifecycle rule ({@code lifecycle.*}) or a model constraint ({@code hazard.*}, {@code acceptance.*}, ...). */
	public String rule() {
		return rule;
	}
}
