package org.minewatch.desk;

/**
 * What the shell offers the areas' UI bundles, by name: the status line's event topic, the tag
 * that makes a part the navigator (Window > Navigator shows it), and the context keys the shell fills.
 */
public final class ShellContract {

	/** Post a String on this topic (IEventBroker) to show it in the status line. */
	public static final String STATUS_TOPIC = "org/minewatch/status/message"; //$NON-NLS-1$

	/** The tag of the navigator part, which an area's fragment contributes. */
	public static final String NAVIGATOR_TAG = "org.minewatch.navigator"; //$NON-NLS-1$

	/**
	 * Tags an element of a layout fragment (apply="initial") that a new layout opens with and a saved one is not given
	 * again: a part the person may close for good, such as the dashboard a first start shows.
	 */
	public static final String NEW_LAYOUT_ONLY_TAG = "org.minewatch.newLayoutOnly"; //$NON-NLS-1$

	private ShellContract() {
	}
}
