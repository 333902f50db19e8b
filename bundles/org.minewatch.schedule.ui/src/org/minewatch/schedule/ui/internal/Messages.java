package org.minewatch.schedule.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the plan view; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.minewatch.schedule.ui.internal.messages"; //$NON-NLS-1$

	public static String area;
	public static String wholeProvince;
	public static String quarter;
	public static String quarterItem;
	public static String plan;
	public static String planning;
	public static String planJob;
	public static String planned;
	public static String failed;
	public static String waiting;
	public static String calendar;
	public static String assignments;
	public static String gaps;
	public static String week;
	public static String month;
	public static String allAgencies;
	public static String person;
	public static String firstDay;
	public static String lastDay;
	public static String mine;
	public static String duty;
	public static String people;
	public static String marks;
	public static String window;
	public static String moveTo;
	public static String move;
	public static String moved;
	public static String toInspections;
	public static String inspectionsJob;
	public static String inspectionsMade;
	public static String exportXlsx;
	public static String exportIcs;
	public static String exportJob;
	public static String exported;
	public static String standing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
