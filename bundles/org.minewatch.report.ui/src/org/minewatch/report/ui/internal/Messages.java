package org.minewatch.report.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the reports part; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.minewatch.report.ui.internal.messages"; //$NON-NLS-1$

	public static String due_none;
	public static String due_open;
	public static String due_summary;
	public static String due_title;
	public static String reports_accept;
	public static String reports_agency;
	public static String reports_calendar;
	public static String reports_create;
	public static String reports_done;
	public static String reports_due;
	public static String reports_export;
	public static String reports_exported;
	public static String reports_exportTitle;
	public static String reports_figures;
	public static String reports_job;
	public static String reports_kind;
	public static String reports_late;
	public static String reports_list;
	public static String reports_loading;
	public static String reports_month;
	public static String reports_noFigures;
	public static String reports_notStarted;
	public static String reports_overdue;
	public static String reports_overdueCount;
	public static String reports_period;
	public static String reports_redo;
	public static String reports_redone;
	public static String reports_reject;
	public static String reports_rejected;
	public static String reports_rejectReasons;
	public static String reports_save;
	public static String reports_sections;
	public static String reports_status;
	public static String reports_submit;
	public static String reports_title;
	public static String reports_waiting;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
