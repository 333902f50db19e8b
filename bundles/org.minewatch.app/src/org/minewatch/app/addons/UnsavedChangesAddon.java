package org.minewatch.app.addons;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * Gives the main window the {@link UnsavedChanges} save handler once it is up (replacing the
 * workbench's default), so that closing an editor, the window or the suite asks about unsaved changes.
 */
public class UnsavedChangesAddon {

	@Inject
	private MApplication application;

	@Inject
	private EModelService models;

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		if (models.find(WindowTitleAddon.MAIN_WINDOW, application) instanceof MWindow window) {
			window.getContext().set(ISaveHandler.class, new UnsavedChanges(() -> (Shell) window.getWidget()));
		}
	}
}
