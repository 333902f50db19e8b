package org.minewatch.app.internal;

import org.eclipse.osgi.util.NLS;

/** Texts the shell's Java code shows; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.minewatch.app.internal.messages"; //$NON-NLS-1$

	public static String about_title;
	public static String about_heading;
	public static String about_version;
	public static String about_build;
	public static String about_java;
	public static String about_dataArea;
	public static String status_ready;
	public static String status_cancel;
	public static String status_tasks;
	public static String store_opening;
	public static String store_ready;
	public static String store_missing;
	public static String store_failed;
	public static String store_closing;
	public static String access_actingAs;
	public static String access_readOnly;
	public static String startup_taskFailed;
	public static String connection_title;
	public static String connection_own;
	public static String connection_shared;
	public static String connection_url;
	public static String connection_user;
	public static String connection_password;
	public static String connection_note;
	public static String connection_incomplete;
	public static String password_title;
	public static String password_old;
	public static String password_new;
	public static String password_repeat;
	public static String password_rules;
	public static String password_mismatch;
	public static String password_empty;
	public static String password_changing;
	public static String password_changed;
	public static String exit_unsavedTitle;
	public static String exit_unsaved;
	public static String exit_discard;
	public static String exit_keepEditing;
	public static String button_ok;
	public static String button_cancel;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
