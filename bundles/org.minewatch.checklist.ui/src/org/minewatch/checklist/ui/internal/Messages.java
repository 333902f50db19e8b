package org.minewatch.checklist.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the checklist views; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.minewatch.checklist.ui.internal.messages"; //$NON-NLS-1$

	public static String button_cancel;
	public static String checklists_notReady;
	public static String list_allKinds;
	public static String list_allStatuses;
	public static String list_awaitingReview;
	public static String list_badDate;
	public static String list_dateHint;
	public static String list_export;
	public static String list_failed;
	public static String list_from;
	public static String list_import;
	public static String list_kind;
	public static String list_kindBeforeResumption;
	public static String list_loading;
	public static String list_loadingJob;
	public static String list_mine;
	public static String list_mineHint;
	public static String list_more;
	public static String list_open;
	public static String list_plan;
	public static String list_plannedStart;
	public static String list_status;
	public static String list_summary;
	public static String list_summaryMore;
	public static String list_to;
	public static String list_waiting;
	public static String package_exported;
	public static String package_exporting;
	public static String package_imported;
	public static String package_importing;
	public static String package_refused;
	public static String plan_addMember;
	public static String plan_done;
	public static String plan_end;
	public static String plan_incomplete;
	public static String plan_leader;
	public static String plan_noMine;
	public static String plan_noTemplate;
	public static String plan_ok;
	public static String plan_pickMine;
	public static String plan_removeMember;
	public static String plan_start;
	public static String plan_team;
	public static String plan_beforeResumptionHint;
	public static String plan_template;
	public static String runner_answered;
	public static String runner_attach;
	public static String runner_attachFailed;
	public static String runner_attaching;
	public static String runner_attachments;
	public static String runner_basis;
	public static String runner_chooseOutcome;
	public static String runner_cite;
	public static String runner_citeMajor;
	public static String runner_uncitedHint;
	public static String runner_timeHint;
	public static String runner_badTime;
	public static String runner_stopAtOnce;
	public static String runner_conforming;
	public static String runner_criteria;
	public static String runner_failed;
	public static String runner_fixedOnSpot;
	public static String runner_found;
	public static String runner_foundHint;
	public static String runner_hazard;
	public static String runner_hazardEntered;
	public static String runner_hazardGroup;
	public static String runner_hazardHint;
	public static String runner_hazardText;
	public static String runner_heading;
	public static String runner_keyOperation;
	public static String runner_keys;
	public static String runner_loading;
	public static String runner_loadingJob;
	public static String runner_method;
	public static String runner_notApplicable;
	public static String runner_outcome;
	public static String runner_progress;
	public static String runner_finding;
	public static String runner_rulesFailed;
	public static String runner_rulesJob;
	public static String runner_workflow;
	public static String runner_record;
	public static String runner_recording;
	public static String runner_rejected;
	public static String step_accept;
	public static String step_complete;
	public static String step_redo;
	public static String step_refused;
	public static String step_reject;
	public static String step_rejectReasons;
	public static String step_submit;
	public static String step_taken;
	public static String template_addItem;
	public static String template_addSection;
	public static String template_checking;
	public static String template_down;
	public static String template_edit;
	public static String template_editable;
	public static String template_edition;
	public static String template_remove;
	public static String template_sections;
	public static String template_up;
	public static String templates_create;
	public static String templates_created;
	public static String templates_edition;
	public static String templates_editionPrompt;
	public static String templates_editionPrompt2;
	public static String templates_items;
	public static String templates_kinds;
	public static String templates_loading;
	public static String templates_name;
	public static String templates_new;
	public static String templates_newEdition;
	public static String templates_open;
	public static String templates_origin;
	public static String templates_starter;
	public static String templates_starterMark;
	public static String templates_summary;
	public static String templates_validFrom;
	public static String templates_waiting;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
