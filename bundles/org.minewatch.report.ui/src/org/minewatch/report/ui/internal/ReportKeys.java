package org.minewatch.report.ui.internal;

/** The names UI tests find the reports part's widgets by (UiDriver.KEY). */
public final class ReportKeys {

	public static final String CALENDAR = "org.minewatch.report.ui.calendar"; //$NON-NLS-1$
	public static final String TABLE = "org.minewatch.report.ui.table"; //$NON-NLS-1$
	public static final String MONTH = "org.minewatch.report.ui.month"; //$NON-NLS-1$
	public static final String CREATE = "org.minewatch.report.ui.create"; //$NON-NLS-1$
	public static final String SAVE = "org.minewatch.report.ui.save"; //$NON-NLS-1$
	public static final String SUBMIT = "org.minewatch.report.ui.submit"; //$NON-NLS-1$
	public static final String ACCEPT = "org.minewatch.report.ui.accept"; //$NON-NLS-1$
	public static final String REJECT = "org.minewatch.report.ui.reject"; //$NON-NLS-1$
	public static final String REDO = "org.minewatch.report.ui.redo"; //$NON-NLS-1$
	public static final String EXPORT = "org.minewatch.report.ui.export"; //$NON-NLS-1$
	public static final String NOTICE = "org.minewatch.report.ui.notice"; //$NON-NLS-1$
	public static final String DUE = "org.minewatch.report.ui.due"; //$NON-NLS-1$
	public static final String DUE_SUMMARY = "org.minewatch.report.ui.due.summary"; //$NON-NLS-1$
	public static final String DUE_OPEN = "org.minewatch.report.ui.due.open"; //$NON-NLS-1$
	public static final String FIGURES = "org.minewatch.report.ui.figures"; //$NON-NLS-1$

	/** The text field of a written section, by the section's key. */
	public static String section(String key) {
		return "org.minewatch.report.ui.section." + key; //$NON-NLS-1$
	}

	private ReportKeys() {
	}
}
