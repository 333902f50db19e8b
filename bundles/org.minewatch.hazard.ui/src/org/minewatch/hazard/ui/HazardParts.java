package org.minewatch.hazard.ui;

/** The part descriptors of the hazard area (fragment.e4xmi). */
public final class HazardParts {

	public static final String BOARD = "org.minewatch.hazard.ui.partdescriptor.board"; //$NON-NLS-1$
	public static final String DASHBOARD = "org.minewatch.hazard.ui.partdescriptor.dashboard"; //$NON-NLS-1$
	/** The bureau's hazard categories. */
	public static final String CATEGORIES = "org.minewatch.hazard.ui.partdescriptor.categories"; //$NON-NLS-1$
	/** The hazard editor: one part per hazard, its id in the part's persisted state. */
	public static final String EDITOR = "org.minewatch.hazard.ui.partdescriptor.hazard"; //$NON-NLS-1$

	private HazardParts() {
	}
}
