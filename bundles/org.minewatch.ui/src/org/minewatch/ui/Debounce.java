package org.minewatch.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** A filter typed in a text field runs once typing pauses, not at every keystroke. */
public final class Debounce {

	/** How long typing pauses (ms) before a filter runs. */
	public static final int DELAY = 300;

	/** Runs {@code action} on the UI thread {@value #DELAY} ms after the last change of {@code text}. */
	public static void onModify(Text text, Runnable action) {
		int[] typing = { 0 };
		text.addListener(SWT.Modify, e -> {
			int pause = ++typing[0];
			text.getDisplay().timerExec(DELAY, () -> {
				if (pause == typing[0] && !text.isDisposed()) {
					action.run();
				}
			});
		});
	}

	private Debounce() {
	}
}
