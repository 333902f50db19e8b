package org.minewatch.app.addons;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Lays the windows out once more when they are first painted. On GTK a new window is laid out
 * before its menu bar takes its height, and no resize follows: without this the bottom trim (the
 * status line) sits below the window's edge until the person resizes the window.
 */
public class SettledLayoutAddon {

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) org.osgi.service.event.Event event) {
		Display display = Display.getCurrent();
		if (display == null) {
			return;
		}
		display.addFilter(SWT.Paint, new Listener() {
			@Override
			public void handleEvent(Event paint) {
				// painting comes after GTK has allocated every widget, the menu bar included
				display.removeFilter(SWT.Paint, this);
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed() && shell.isVisible()) {
						shell.layout(true, true);
					}
				}
			}
		});
	}
}
