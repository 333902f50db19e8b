package org.minewatch.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;
import org.minewatch.tests.driver.UiDriver;

/** In the package of StatusLine: calls the event handler that the IEventBroker calls in the suite. */
class StatusLineTest {

	@Test
	void showsMessagesAndFallsBackToReady() {
		UiDriver ui = new UiDriver(Display.getDefault());
		Shell shell = new Shell(ui.display());
		IEclipseContext context = EclipseContextFactory.create("test");
		try {
			shell.setLayout(new FillLayout());
			context.set(Composite.class, shell);
			StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
			shell.open();
			Label message = ui.byKey(shell, WidgetKeys.STATUS_MESSAGE, Label.class);
			assertEquals(Messages.status_ready, message.getText());

			status.show("3 mines loaded");
			assertEquals("3 mines loaded", message.getText());
			status.show(" ");
			assertEquals(Messages.status_ready, message.getText());
		} finally {
			context.dispose();
			shell.dispose();
		}
	}
}
