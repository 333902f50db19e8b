package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;
import org.minewatch.app.parts.NavigatorPart;
import org.minewatch.tests.driver.UiDriver;

/** The shell's parts, created by e4 dependency injection on real SWT widgets. */
class ShellPartsTest {

	private UiDriver ui;
	private Shell shell;
	private IEclipseContext context;

	@BeforeEach
	void openShell() {
		ui = new UiDriver(Display.getDefault());
		shell = new Shell(ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(600, 400);
		context = EclipseContextFactory.create("test");
		context.set(Composite.class, shell);
	}

	@AfterEach
	void closeShell() {
		context.dispose();
		shell.dispose();
	}

	@Test
	void navigatorSaysWhyItIsEmpty() {
		ContextInjectionFactory.make(NavigatorPart.class, context);
		shell.open();
		Label empty = ui.byKey(shell, WidgetKeys.NAVIGATOR_EMPTY, Label.class);
		Tree tree = ui.byKey(shell, WidgetKeys.NAVIGATOR_TREE, Tree.class);
		ui.waitUntil(() -> tree.getSize().y > 0, () -> "the navigator tree laid out");

		assertEquals(Messages.navigator_empty, empty.getText());
		assertTrue(empty.isVisible());
		assertEquals(0, tree.getItemCount());
	}
}
