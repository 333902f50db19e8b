package org.minewatch.hazard.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the hazard views; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.minewatch.hazard.ui.internal.messages"; //$NON-NLS-1$

	public static String board_allCounties;
	public static String board_allGrades;
	public static String board_allStates;
	public static String board_anyDeadline;
	public static String board_county;
	public static String board_daysOverdue;
	public static String board_deadline;
	public static String board_deadlineColumn;
	public static String board_dueThisWeek;
	public static String board_escalatedTo;
	public static String board_export;
	public static String board_failed;
	public static String board_indexDiffers;
	public static String board_loading;
	public static String board_loadingJob;
	public static String board_mineHint;
	public static String board_mineName;
	public static String board_more;
	public static String board_nation;
	public static String board_notClosed;
	public static String board_number;
	public static String board_overdue;
	public static String board_province;
	public static String board_repeatMark;
	public static String board_sortHint;
	public static String board_summary;
	public static String board_waiting;
	public static String categories_addClass;
	public static String categories_addClassTitle;
	public static String categories_addSubclass;
	public static String categories_addSubclassTitle;
	public static String categories_chinese;
	public static String categories_code;
	public static String categories_edit;
	public static String categories_editTitle;
	public static String categories_english;
	public static String categories_loading;
	public static String categories_needChinese;
	public static String categories_notice;
	public static String categories_ok;
	public static String categories_restore;
	public static String categories_retire;
	public static String categories_retired;
	public static String categories_saveFailed;
	public static String categories_saved;
	public static String categories_saving;
	public static String categories_state;
	public static String dashboard_area;
	public static String dashboard_byState;
	public static String dashboard_count;
	public static String dashboard_figures;
	public static String dashboard_job;
	public static String dashboard_notRectified;
	public static String dashboard_overdue;
	public static String dashboard_overdueAndRepeats;
	public static String dashboard_rate;
	public static String dashboard_rateTitle;
	public static String dashboard_rectified;
	public static String dashboard_repeats;
	public static String dialog_agency;
	public static String dialog_approvedBy;
	public static String dialog_badDate;
	public static String dialog_cancel;
	public static String dialog_checkedBy;
	public static String dialog_dateHint;
	public static String dialog_evidence;
	public static String dialog_newDeadline;
	public static String dialog_noPhotos;
	public static String dialog_number;
	public static String dialog_passed;
	public static String dialog_photosAfter;
	public static String dialog_photosBefore;
	public static String dialog_reason;
	public static String dialog_remarks;
	public static String dialog_result;
	public static String editor_plan;
	public static String editor_planMajor;
	public static String editor_rectification;
	public static String editor_register;
	public static String editor_repeat;
	public static String editor_timeline;
	public static String editor_voided;
	public static String editor_yes;
	public static String hazards_missing;
	public static String ledger_dialogTitle;
	public static String ledger_failed;
	public static String ledger_fileName;
	public static String ledger_job;
	public static String ledger_written;
	public static String photos_attach;
	public static String photos_attaching;
	public static String photos_failed;
	public static String photos_reading;
	public static String photos_unreadable;
	public static String register_done;
	public static String register_job;
	public static String register_needDescription;
	public static String register_needMine;
	public static String register_ok;
	public static String register_pickMine;
	public static String register_reason;
	public static String register_title;
	public static String step_accept;
	public static String step_close;
	public static String step_extendDeadline;
	public static String step_fixOnSpot;
	public static String step_job;
	public static String step_listForSupervision;
	public static String step_reading;
	public static String step_refused;
	public static String step_refusedTitle;
	public static String step_register;
	public static String step_saveFirst;
	public static String step_startRectification;
	public static String step_taken;
	public static String step_void;
	public static String timeline_acceptFailed;
	public static String timeline_acceptPassed;
	public static String timeline_at;
	public static String timeline_by;
	public static String timeline_extended;
	public static String timeline_what;
	public static String timeline_why;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
