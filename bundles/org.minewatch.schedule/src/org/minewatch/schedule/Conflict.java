package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.Locale;

/** A hard rule a plan breaks: the rule, the duty, the person and the day concerned (either may be null), and its words. */
public record Conflict(String ruleId, String dutyId, String personId, LocalDate day, String detail) {

	/** Its words for a person: the rule's title and what breaks it. */
	public String describe(Locale locale) {
		return Rules.rule(ruleId).title(locale) + ": " + detail; //$NON-NLS-1$
	}
}
