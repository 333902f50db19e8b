package org.minewatch.hazard.ui.internal;

/** Names of the hazard views' widgets for UI tests (set with org.minewatch.ui.WidgetKeys.name). */
public final class HazardKeys {

	public static final String BOARD_PROVINCE = "org.minewatch.hazard.board.province"; //$NON-NLS-1$
	public static final String BOARD_COUNTY = "org.minewatch.hazard.board.county"; //$NON-NLS-1$
	public static final String BOARD_MINE = "org.minewatch.hazard.board.mine"; //$NON-NLS-1$
	public static final String BOARD_GRADE = "org.minewatch.hazard.board.grade"; //$NON-NLS-1$
	public static final String BOARD_STATE = "org.minewatch.hazard.board.state"; //$NON-NLS-1$
	public static final String BOARD_DEADLINE = "org.minewatch.hazard.board.deadline"; //$NON-NLS-1$
	public static final String BOARD_EXPORT = "org.minewatch.hazard.board.export"; //$NON-NLS-1$
	public static final String BOARD_SUMMARY = "org.minewatch.hazard.board.summary"; //$NON-NLS-1$
	public static final String BOARD_TABLE = "org.minewatch.hazard.board.table"; //$NON-NLS-1$
	public static final String BOARD_MORE = "org.minewatch.hazard.board.more"; //$NON-NLS-1$
	/** A lifecycle action's button in the hazard editor: "hazard.step." and the step ("startRectification"). */
	public static final String STEP = "org.minewatch.hazard.step."; //$NON-NLS-1$
	public static final String STEP_REASON = "org.minewatch.hazard.stepdialog.reason"; //$NON-NLS-1$
	public static final String STEP_NUMBER = "org.minewatch.hazard.stepdialog.number"; //$NON-NLS-1$
	public static final String STEP_DATE = "org.minewatch.hazard.stepdialog.date"; //$NON-NLS-1$
	public static final String STEP_PASSED = "org.minewatch.hazard.stepdialog.passed"; //$NON-NLS-1$
	public static final String STEP_BEFORE = "org.minewatch.hazard.stepdialog.before"; //$NON-NLS-1$
	public static final String STEP_AFTER = "org.minewatch.hazard.stepdialog.after"; //$NON-NLS-1$
	public static final String STEP_AGENCY = "org.minewatch.hazard.stepdialog.agency"; //$NON-NLS-1$
	public static final String STEP_PERSON = "org.minewatch.hazard.stepdialog.person"; //$NON-NLS-1$
	public static final String TIMELINE = "org.minewatch.hazard.timeline"; //$NON-NLS-1$
	public static final String PHOTOS = "org.minewatch.hazard.photos"; //$NON-NLS-1$
	public static final String PHOTO_ATTACH = "org.minewatch.hazard.photos.attach"; //$NON-NLS-1$
	public static final String DASHBOARD_AREA = "org.minewatch.hazard.dashboard.area"; //$NON-NLS-1$
	public static final String DASHBOARD_FIGURES = "org.minewatch.hazard.dashboard.figures"; //$NON-NLS-1$
	public static final String DASHBOARD_RULES = "org.minewatch.hazard.dashboard.rules"; //$NON-NLS-1$
	public static final String DASHBOARD_STATES = "org.minewatch.hazard.dashboard.states"; //$NON-NLS-1$

	public static final String CATEGORY_TREE = "org.minewatch.hazard.categories.tree"; //$NON-NLS-1$
	public static final String CATEGORY_ADD_CLASS = "org.minewatch.hazard.categories.addClass"; //$NON-NLS-1$
	public static final String CATEGORY_ADD_SUBCLASS = "org.minewatch.hazard.categories.addSubclass"; //$NON-NLS-1$
	public static final String CATEGORY_EDIT = "org.minewatch.hazard.categories.edit"; //$NON-NLS-1$
	public static final String CATEGORY_RETIRE = "org.minewatch.hazard.categories.retire"; //$NON-NLS-1$
	public static final String CATEGORY_CHINESE = "org.minewatch.hazard.categories.chinese"; //$NON-NLS-1$
	public static final String CATEGORY_ENGLISH = "org.minewatch.hazard.categories.english"; //$NON-NLS-1$

	private HazardKeys() {
	}
}
