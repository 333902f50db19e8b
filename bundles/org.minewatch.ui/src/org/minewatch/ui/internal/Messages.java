package org.minewatch.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the record editors and fields; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.minewatch.ui.internal.messages"; //$NON-NLS-1$

	public static String button_cancel;
	public static String button_ok;
	public static String conflict_field;
	public static String conflict_keepEditing;
	public static String conflict_message;
	public static String conflict_overwrite;
	public static String conflict_reload;
	public static String conflict_theirs;
	public static String conflict_title;
	public static String conflict_yours;
	public static String editor_fixFirst;
	public static String editor_loadFailed;
	public static String editor_loading;
	public static String editor_loadingJob;
	public static String editor_readOnly;
	public static String editor_record;
	public static String editor_saveFailed;
	public static String editor_saved;
	public static String editor_saving;
	public static String field_clear;
	public static String field_exampleDate;
	public static String field_exampleNumber;
	public static String field_pick;
	public static String field_required;
	public static String field_requiredNamed;
	public static String field_unreadable;
	public static String list_add;
	public static String list_addTitle;
	public static String list_edit;
	public static String list_editTitle;
	public static String list_remove;
	public static String pick_filterHint;
	public static String pick_searching;
	public static String value_no;
	public static String value_yes;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
