package org.minewatch.rules;

/**
 * A rule's condition, parsed from its {@code when} (the language is described in docs/plugin-guide.md and in
 * {@link ConditionParser}): true when the rule finds something about the subject in {@code scope}.
 */
public interface Condition {

	boolean test(Scope scope);

	/** The condition as written in the rulebook. */
	String text();
}
