package org.minewatch.app.parts;

import static org.minewatch.app.internal.WidgetKeys.name;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;

/**
 * The status line at the bottom of the main window. Any bundle shows a message by posting
 * a String on {@link #TOPIC_MESSAGE} through the IEventBroker; no reference to this class
 * is needed.
 */
public class StatusLine {

	public static final String TOPIC_MESSAGE = "org/minewatch/status/message"; //$NON-NLS-1$

	private Label message;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 3).applyTo(parent);
		message = name(new Label(parent, SWT.NONE), WidgetKeys.STATUS_MESSAGE);
		message.setText(Messages.status_ready);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(message);
	}

	@Inject
	@Optional
	void show(@UIEventTopic(TOPIC_MESSAGE) String text) {
		if (message != null && !message.isDisposed()) {
			message.setText(text == null || text.isBlank() ? Messages.status_ready : text);
			message.requestLayout();
		}
	}
}
