package org.minewatch.schedule.ui.internal;

/** Widget keys of the plan view (org.eclipse.swtbot.widget.key), for the tests. */
public final class ScheduleKeys {
	public static final String PROVINCE = "schedule.province"; //$NON-NLS-1$
	public static final String COUNTY = "schedule.county"; //$NON-NLS-1$
	public static final String QUARTER = "schedule.quarter"; //$NON-NLS-1$
	public static final String PLAN = "schedule.plan"; //$NON-NLS-1$
	public static final String SCORE = "schedule.score"; //$NON-NLS-1$
	public static final String TABS = "schedule.tabs"; //$NON-NLS-1$
	public static final String SPAN = "schedule.calendar.span"; //$NON-NLS-1$
	public static final String AGENCY = "schedule.roster.agency"; //$NON-NLS-1$
	public static final String PREVIOUS = "schedule.calendar.previous"; //$NON-NLS-1$
	public static final String NEXT = "schedule.calendar.next"; //$NON-NLS-1$
	public static final String PERIOD = "schedule.calendar.period"; //$NON-NLS-1$
	public static final String CALENDAR = "schedule.calendar"; //$NON-NLS-1$
	public static final String ASSIGNMENTS = "schedule.assignments"; //$NON-NLS-1$
	public static final String MOVE_DAY = "schedule.move.day"; //$NON-NLS-1$
	public static final String MOVE = "schedule.move"; //$NON-NLS-1$
	public static final String GAPS = "schedule.gaps"; //$NON-NLS-1$
	public static final String TO_INSPECTIONS = "schedule.toInspections"; //$NON-NLS-1$
	public static final String EXPORT_XLSX = "schedule.export.xlsx"; //$NON-NLS-1$
	public static final String EXPORT_ICS = "schedule.export.ics"; //$NON-NLS-1$
	public static final String STATUS = "schedule.status"; //$NON-NLS-1$

	private ScheduleKeys() {
	}
}
