package org.minewatch.checklist.ui;

/** The part descriptors of the checklist area (fragment.e4xmi). */
public final class ChecklistParts {

	public static final String INSPECTIONS = "org.minewatch.checklist.ui.partdescriptor.inspections"; //$NON-NLS-1$
	public static final String TEMPLATES = "org.minewatch.checklist.ui.partdescriptor.templates"; //$NON-NLS-1$
	/** The runner: one part per inspection, its id in the part's persisted state. */
	public static final String RUNNER = "org.minewatch.checklist.ui.partdescriptor.runner"; //$NON-NLS-1$
	/** The template editor: one part per template edition. */
	public static final String TEMPLATE = "org.minewatch.checklist.ui.partdescriptor.template"; //$NON-NLS-1$

	private ChecklistParts() {
	}
}
