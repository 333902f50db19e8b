package org.minewatch.registry.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the registry UI; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.minewatch.registry.ui.internal.messages"; //$NON-NLS-1$

	public static String access_actingAs;
	public static String acting_failed;
	public static String acting_official;
	public static String acting_title;
	public static String editor_enterpriseMines;
	public static String editor_finding;
	public static String editor_findings;
	public static String editor_findingsFailed;
	public static String editor_findingsJob;
	public static String editor_findingsLoading;
	public static String editor_findingsUnavailable;
	public static String editor_noFindings;
	public static String editor_pluginDisabled;
	public static String editor_loadingJob;
	public static String editor_statusToday;
	public static String editor_resume;
	public static String editor_resumeHint;
	public static String editor_resumeSaveFirst;
	public static String resume_title;
	public static String resume_ok;
	public static String resume_to;
	public static String resume_reason;
	public static String resume_job;
	public static String editor_resumeDone;
	public static String navigator_agencies;
	public static String navigator_divisions;
	public static String navigator_enterprises;
	public static String navigator_failed;
	public static String navigator_filterHint;
	public static String navigator_filtered;
	public static String navigator_loading;
	public static String navigator_loadingJob;
	public static String navigator_loadingTree;
	public static String navigator_mines;
	public static String navigator_more;
	public static String navigator_searching;
	public static String navigator_waiting;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
