package org.minewatch.ui;

import org.eclipse.swt.widgets.Control;

/** Window layout that GTK and e4 leave undone. */
public final class Layouts {

	/**
	 * Lays a part's window out once its content has arrived (from a background job), then gives the focus to
	 * {@code focus}: e4 lays a part stack out while it is still zero high when its first part appears (a part
	 * restored at start, or the first one opened), and GTK does not lay it out again when it grows.
	 */
	public static void settle(Control part, Control focus) {
		part.getDisplay().asyncExec(() -> {
			if (!part.isDisposed()) {
				part.getShell().layout(true, true);
				if (focus != null && !focus.isDisposed()) {
					focus.setFocus();
				}
			}
		});
	}

	private Layouts() {
	}
}
