package org.minewatch.checklist.ui.internal;

/** Names of the checklist views' widgets, for UI tests (the key SWTBot uses). */
public final class ChecklistKeys {

	private static final String PREFIX = "org.minewatch.checklist."; //$NON-NLS-1$

	public static final String LIST_KIND = PREFIX + "list.kind"; //$NON-NLS-1$
	public static final String LIST_STATUS = PREFIX + "list.status"; //$NON-NLS-1$
	public static final String LIST_MINE = PREFIX + "list.mine"; //$NON-NLS-1$
	public static final String LIST_FROM = PREFIX + "list.from"; //$NON-NLS-1$
	public static final String LIST_TO = PREFIX + "list.to"; //$NON-NLS-1$
	public static final String LIST_SUMMARY = PREFIX + "list.summary"; //$NON-NLS-1$
	public static final String LIST_TABLE = PREFIX + "list.table"; //$NON-NLS-1$
	public static final String LIST_MORE = PREFIX + "list.more"; //$NON-NLS-1$
	public static final String LIST_PLAN = PREFIX + "list.plan"; //$NON-NLS-1$
	public static final String LIST_EXPORT = PREFIX + "list.export"; //$NON-NLS-1$
	public static final String LIST_IMPORT = PREFIX + "list.import"; //$NON-NLS-1$

	public static final String PLAN_MINE = PREFIX + "plan.mine"; //$NON-NLS-1$
	public static final String PLAN_KIND = PREFIX + "plan.kind"; //$NON-NLS-1$
	public static final String PLAN_TEMPLATE = PREFIX + "plan.template"; //$NON-NLS-1$
	public static final String PLAN_START = PREFIX + "plan.start"; //$NON-NLS-1$
	public static final String PLAN_END = PREFIX + "plan.end"; //$NON-NLS-1$
	public static final String PLAN_TEAM = PREFIX + "plan.team"; //$NON-NLS-1$
	public static final String PLAN_BEFORE_RESUMPTION = PREFIX + "plan.beforeResumption"; //$NON-NLS-1$
	public static final String PLAN_ADD_MEMBER = PREFIX + "plan.addMember"; //$NON-NLS-1$

	public static final String RUNNER_HEADING = PREFIX + "runner.heading"; //$NON-NLS-1$
	public static final String RUNNER_PROGRESS = PREFIX + "runner.progress"; //$NON-NLS-1$
	public static final String RUNNER_RULES = PREFIX + "runner.rules"; //$NON-NLS-1$
	public static final String RUNNER_ITEMS = PREFIX + "runner.items"; //$NON-NLS-1$
	public static final String RUNNER_SUBJECT = PREFIX + "runner.subject"; //$NON-NLS-1$
	public static final String RUNNER_OUTCOME = PREFIX + "runner.outcome."; //$NON-NLS-1$
	public static final String RUNNER_FOUND = PREFIX + "runner.found"; //$NON-NLS-1$
	public static final String RUNNER_HAZARD = PREFIX + "runner.hazard"; //$NON-NLS-1$
	public static final String RUNNER_PLACE = PREFIX + "runner.place"; //$NON-NLS-1$
	public static final String RUNNER_GRADE = PREFIX + "runner.grade"; //$NON-NLS-1$
	public static final String RUNNER_FIXED = PREFIX + "runner.fixed"; //$NON-NLS-1$
	public static final String RUNNER_UNCITED = PREFIX + "runner.uncitedReason"; //$NON-NLS-1$
	public static final String RUNNER_STOPPED = PREFIX + "runner.areaStopped"; //$NON-NLS-1$
	public static final String RUNNER_WITHDRAWN = PREFIX + "runner.peopleWithdrawn"; //$NON-NLS-1$
	public static final String RUNNER_REPORTED = PREFIX + "runner.reportedAt"; //$NON-NLS-1$
	public static final String RUNNER_ATTACH = PREFIX + "runner.attach"; //$NON-NLS-1$
	public static final String RUNNER_ATTACHED = PREFIX + "runner.attached"; //$NON-NLS-1$
	public static final String RUNNER_RECORD = PREFIX + "runner.record"; //$NON-NLS-1$
	public static final String RUNNER_STATUS = PREFIX + "runner.status"; //$NON-NLS-1$
	/** A review step's button: this prefix and the step (complete, submit, accept, reject, redo, export). */
	public static final String RUNNER_STEP = PREFIX + "runner.step."; //$NON-NLS-1$

	public static final String TEMPLATES_TABLE = PREFIX + "templates.table"; //$NON-NLS-1$
	public static final String TEMPLATES_SUMMARY = PREFIX + "templates.summary"; //$NON-NLS-1$
	public static final String TEMPLATES_NEW = PREFIX + "templates.new"; //$NON-NLS-1$
	public static final String TEMPLATES_EDITION = PREFIX + "templates.edition"; //$NON-NLS-1$
	public static final String TEMPLATES_OPEN = PREFIX + "templates.open"; //$NON-NLS-1$
	public static final String TEMPLATE_NAME = PREFIX + "template.name"; //$NON-NLS-1$
	public static final String TEMPLATE_EDITION = PREFIX + "template.edition"; //$NON-NLS-1$
	public static final String TEMPLATE_NOTICE = PREFIX + "template.notice"; //$NON-NLS-1$
	/** A mine kind's check box: this prefix and the kind's name. */
	public static final String TEMPLATE_KIND = PREFIX + "template.kind."; //$NON-NLS-1$
	public static final String TEMPLATE_TREE = PREFIX + "template.tree"; //$NON-NLS-1$
	/** A tree button: this prefix and the action (addSection, addItem, edit, remove, up, down). */
	public static final String TEMPLATE_ACTION = PREFIX + "template.action."; //$NON-NLS-1$

	private ChecklistKeys() {
	}
}
