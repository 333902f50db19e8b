package org.minewatch.schedule;

import java.util.List;
import java.util.Locale;

import org.minewatch.core.LocalTexts;

/**
 * The rules of the trade the plan follows, each with where it comes from and the bureau setting that makes it local
 * (null when it has none). Hard rules are never broken by a solved plan; a duty the people cannot cover is left
 * unmet and reported with its rule. A province's rules ({@link ScheduleRule}) come beside these.
 */
public final class Rules {

	/** A rule: its id, whether it is hard, the setting it reads. Its title and source are worded in messages*.properties. */
	public record Rule(String id, boolean hard, String setting) {

		public String title(Locale locale) {
			return TEXTS.format(locale, "rule." + id); //$NON-NLS-1$
		}

		public String source(Locale locale) {
			return TEXTS.format(locale, "source." + id); //$NON-NLS-1$
		}
	}

	public static final String RESIDENT_WATCH = "residentWatch"; //$NON-NLS-1$
	public static final String CLOSED_MINE_CHECK = "closedMineCheck"; //$NON-NLS-1$
	public static final String ENFORCEMENT_YEARLY = "enforcementYearly"; //$NON-NLS-1$
	public static final String RESUMPTION_CHECK = "resumptionCheck"; //$NON-NLS-1$
	public static final String ONE_PLACE = "onePlace"; //$NON-NLS-1$
	public static final String LEAVE_REST = "leaveRest"; //$NON-NLS-1$
	public static final String ROTATION = "rotation"; //$NON-NLS-1$
	public static final String SPECIALITIES = "specialities"; //$NON-NLS-1$
	public static final String TRAVEL = "travel"; //$NON-NLS-1$
	public static final String AGENCY = "agency"; //$NON-NLS-1$
	public static final String STANDING_LIMIT = "standingLimit"; //$NON-NLS-1$
	public static final String WINDOW = "window"; //$NON-NLS-1$
	public static final String TEAM_SIZE = "teamSize"; //$NON-NLS-1$

	static final LocalTexts TEXTS = LocalTexts.of(Rules.class, "org.minewatch.schedule.messages"); //$NON-NLS-1$

	/** The built-in rules in the order a person reads them. */
	public static final List<Rule> ALL = List.of(new Rule(RESIDENT_WATCH, false, ScheduleSettings.WATCH_PERIOD_DAYS),
			new Rule(CLOSED_MINE_CHECK, false, null), new Rule(ENFORCEMENT_YEARLY, false, ScheduleSettings.ENFORCEMENT_DAYS),
			new Rule(RESUMPTION_CHECK, false, null), new Rule(ONE_PLACE, true, null), new Rule(LEAVE_REST, true, ScheduleSettings.REST_DAYS),
			new Rule(ROTATION, true, ScheduleSettings.MAX_WATCH_PERIODS), new Rule(SPECIALITIES, true, ScheduleSettings.SPECIALITIES),
			new Rule(TRAVEL, true, ScheduleSettings.TRAVEL_KM_PER_DAY), new Rule(AGENCY, true, null),
			new Rule(STANDING_LIMIT, true, ScheduleSettings.MAX_STANDING_CHARGES), new Rule(WINDOW, true, null), new Rule(TEAM_SIZE, true, null));

	public static Rule rule(String id) {
		return ALL.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException("no rule " + id)); //$NON-NLS-1$
	}

	private Rules() {
	}
}
