package org.minewatch.rules;

import java.util.Locale;

/**
 * What a rule found at a mine: the rule (id, plugin, group, severity, legal basis), the mine, what in the mine
 * (an area's or hazard's name, empty for the mine itself) and the message in Chinese and English with the data filled in.
 */
public record Finding(String ruleId, String plugin, String group, Severity severity, String basis, String mineId, String mineName, String subject,
		String messageZh, String messageEn) {

	/** The message in the person's language. */
	public String message() {
		return message(Locale.getDefault());
	}

	public String message(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? messageZh : messageEn; //$NON-NLS-1$
	}
}
