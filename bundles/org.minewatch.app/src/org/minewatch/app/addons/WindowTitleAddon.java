package org.minewatch.app.addons;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

/**
 * The main window's title names the record of the editor in front ("长城煤矿 — Minewatch"), as desktop
 * applications do, so that a person with several windows finds the one they need. The title is set on
 * the shell only: the window's saved label stays the product's name.
 */
public class WindowTitleAddon {

	static final String EDITOR_STACK = "org.minewatch.app.partstack.editors"; //$NON-NLS-1$
	public static final String MAIN_WINDOW = "org.minewatch.app.window.main"; //$NON-NLS-1$

	@Inject
	private MApplication application;

	@Inject
	private EModelService models;

	@Inject
	@Optional
	void selected(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
		update();
	}

	@Inject
	@Optional
	void labelled(@UIEventTopic(UIEvents.UILabel.TOPIC_ALL) Event event) {
		if (event.getProperty(UIEvents.EventTags.ELEMENT) instanceof MPart) {
			update();
		}
	}

	@Inject
	@Optional
	void children(@UIEventTopic(UIEvents.ElementContainer.TOPIC_CHILDREN) Event event) {
		update();
	}

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		update();
	}

	private void update() {
		if (!(models.find(MAIN_WINDOW, application) instanceof MWindow window) || !(window.getWidget() instanceof Shell shell) || shell.isDisposed()) {
			return;
		}
		String title = window.getLocalizedLabel();
		if (models.find(EDITOR_STACK, application) instanceof MPartStack stack && stack.getSelectedElement() instanceof MPart editor
				&& editor.isToBeRendered() && editor.getLocalizedLabel() != null && !editor.getLocalizedLabel().isBlank()) {
			title = editor.getLocalizedLabel() + " \u2014 " + title; //$NON-NLS-1$
		}
		if (!title.equals(shell.getText())) {
			shell.setText(title);
		}
	}
}
