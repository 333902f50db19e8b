package org.minewatch.rules;

import org.minewatch.core.MinewatchException;

/** A rulebook that cannot be read, or a rule that failed while it was evaluated: the {@link Problem} says where. */
public class RulebookException extends MinewatchException {

	private static final long serialVersionUID = 1L;

	private final transient Problem problem;

	public RulebookException(String code, Problem problem) {
		super(code, problem.describe());
		this.problem = problem;
	}

	public Problem problem() {
		return problem;
	}
}
