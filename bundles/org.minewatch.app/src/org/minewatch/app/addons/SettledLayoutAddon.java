package org.minewatch.app.addons;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Lays the windows out once more when GTK has settled their sizes: when they are first painted, after
 * each resize, and after the layout's model changes (a stack minimized or restored, a part shown or
 * hidden). On GTK a new window is laid out before its menu bar takes its height, and no resize follows:
 * without this the bottom trim (the status line) sits below the window's edge. And e4's sash layout runs
 * before GTK has given the editor area its new size: without the layout after it, the editor area stays
 * empty after the window is resized or the navigator minimized. Several changes at once lay out once.
 */
public class SettledLayoutAddon {

	private Display display;
	private boolean scheduled;
	/** While this addon lays out: the sash layout hides and shows controls then, which must not ask for another layout. */
	private boolean layingOut;
	/** The control that last had the focus: a layout may come while a shown part has none yet, and must give it back. */
	private Control lastFocused;

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) org.osgi.service.event.Event event) {
		display = Display.getCurrent();
		if (display == null) {
			return;
		}
		// a composite the workbench shows after the first layout (the editor area with the parts a layout opens with or
		// restores) stays unallocated on GTK until the window is laid out again
		display.addFilter(SWT.FocusIn, focus -> {
			if (!layingOut && focus.widget instanceof Control control) {
				lastFocused = control;
			}
		});
		display.addFilter(SWT.Show, shown -> {
			if (!layingOut && shown.widget instanceof org.eclipse.swt.widgets.Composite && !(shown.widget instanceof Shell)) {
				layOutSoon();
			}
		});
		display.addFilter(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(Event paint) {
				// painting comes after GTK has allocated every widget, the menu bar included
				display.removeFilter(SWT.Paint, this);
				layingOut = true;
				try {
					for (Shell shell : display.getShells()) {
						if (!shell.isDisposed() && shell.isVisible()) {
							shell.layout(true, true);
							shell.addListener(SWT.Resize, resized -> layOutSoon());
						}
					}
				} finally {
					layingOut = false;
				}
			}
		});
	}

	@Inject
	@Optional
	void shownOrHidden(@UIEventTopic(UIEvents.UIElement.TOPIC_VISIBLE) org.osgi.service.event.Event event) {
		layOutSoon();
	}

	@Inject
	@Optional
	void renderedOrNot(@UIEventTopic(UIEvents.UIElement.TOPIC_TOBERENDERED) org.osgi.service.event.Event event) {
		layOutSoon();
	}

	@Inject
	@Optional
	void minimizedOrRestored(@UIEventTopic(UIEvents.ApplicationElement.TOPIC_TAGS) org.osgi.service.event.Event event) {
		layOutSoon();
	}

	/** Lays the visible windows out once the events being handled now are done. */
	private void layOutSoon() {
		if (display == null || display.isDisposed() || scheduled) {
			return;
		}
		scheduled = true;
		display.asyncExec(() -> {
			scheduled = false;
			// a layout of the whole window makes e4's sash layout hide, and so unfocus, the focused control for a
			// moment: give the focus back, or the keys (Ctrl+Q too) go nowhere until the person clicks
			Control focused = display.getFocusControl() != null ? display.getFocusControl() : lastFocused;
			layingOut = true;
			try {
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed() && shell.isVisible()) {
						shell.layout(true, true);
					}
				}
			} finally {
				layingOut = false;
			}
			if (focused != null && !focused.isDisposed() && focused.isVisible() && display.getFocusControl() != focused) {
				focused.setFocus();
			}
		});
	}
}
