package org.minewatch.rules;

/**
 * Something wrong with a plugin's rules: which plugin (its bundle's symbolic name), which file, the line (0 when
 * the problem is not on one line), the field or rule, and what, in the person's language. A plugin with a problem is
 * disabled: none of its rules is evaluated until the next start.
 */
public record Problem(String plugin, String file, int line, String field, String what) {

	/** The whole problem as one sentence: plugin, file, line, field and what. */
	public String describe() {
		return Texts.format("problem", plugin, file, line, field == null ? "" : field, what); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public String toString() {
		return describe();
	}
}
