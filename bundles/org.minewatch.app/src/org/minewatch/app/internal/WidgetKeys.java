package org.minewatch.app.internal;

import org.eclipse.swt.widgets.Widget;

/**
 * Names widgets for UI tests with the widget-data key that SWTBot uses, so that tests find
 * them by a stable name instead of by position or label (labels change with the language).
 */
public final class WidgetKeys {

	public static final String KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$

	public static final String STATUS_MESSAGE = "org.minewatch.app.status.message"; //$NON-NLS-1$
	public static final String STATUS_TASK = "org.minewatch.app.status.task"; //$NON-NLS-1$
	public static final String STATUS_CANCEL = "org.minewatch.app.status.cancel"; //$NON-NLS-1$
	public static final String ABOUT_VERSION = "org.minewatch.app.about.version"; //$NON-NLS-1$
	public static final String ABOUT_BUILD = "org.minewatch.app.about.build"; //$NON-NLS-1$
	public static final String ABOUT_JAVA = "org.minewatch.app.about.java"; //$NON-NLS-1$
	public static final String ABOUT_DATA_AREA = "org.minewatch.app.about.dataArea"; //$NON-NLS-1$

	public static final String CONNECTION_OWN = "org.minewatch.app.connection.own"; //$NON-NLS-1$
	public static final String CONNECTION_SHARED = "org.minewatch.app.connection.shared"; //$NON-NLS-1$
	public static final String CONNECTION_URL = "org.minewatch.app.connection.url"; //$NON-NLS-1$
	public static final String CONNECTION_USER = "org.minewatch.app.connection.user"; //$NON-NLS-1$
	public static final String CONNECTION_PROBLEM = "org.minewatch.app.connection.problem"; //$NON-NLS-1$
	public static final String PASSWORD_OLD = "org.minewatch.app.password.old"; //$NON-NLS-1$
	public static final String PASSWORD_NEW = "org.minewatch.app.password.new"; //$NON-NLS-1$
	public static final String PASSWORD_REPEAT = "org.minewatch.app.password.repeat"; //$NON-NLS-1$
	public static final String PASSWORD_RULES = "org.minewatch.app.password.rules"; //$NON-NLS-1$
	public static final String PASSWORD_PROBLEM = "org.minewatch.app.password.problem"; //$NON-NLS-1$

	public static <W extends Widget> W name(W widget, String key) {
		widget.setData(KEY, key);
		return widget;
	}

	private WidgetKeys() {
	}
}
