package org.minewatch.update.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the desktop's updates; English in messages.properties, Chinese in messages_zh.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.minewatch.update.ui.internal.messages"; //$NON-NLS-1$

	public static String preferences_site;
	public static String preferences_title;
	public static String provinces_explain;
	public static String provinces_installed;
	public static String provinces_item;
	public static String provinces_title;
	public static String update_accept;
	public static String update_checking;
	public static String update_failed;
	public static String update_installing;
	public static String update_licence;
	public static String update_licenceTitle;
	public static String update_noProvinces;
	public static String update_noSite;
	public static String update_notDone;
	public static String update_nothing;
	public static String update_reading;
	public static String update_restart;
	public static String update_title;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
