package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;
import org.minewatch.app.parts.DatabaseConnectionDialog;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.tests.driver.UiDriver;

/** The desktop's database connection is set in a small dialog and handed to the service that keeps it for the next start. */
class DatabaseConnectionDialogTest {

	/** The setting as the store's component keeps it, here in memory. */
	private static final class Kept implements DesktopDatabase {
		Setting saved = Setting.EMBEDDED;

		@Override
		public Setting setting() {
			return saved;
		}

		@Override
		public void save(Setting setting) {
			saved = setting;
		}

		@Override
		public boolean needsPassword() {
			return false;
		}

		@Override
		public void givePassword(char[] password) {
			throw new AssertionError("the dialog never asks for a password");
		}

		@Override
		public boolean canChangePassword() {
			return false;
		}

		@Override
		public void changePassword(char[] oldPassword, char[] newPassword) {
			throw new AssertionError("the dialog never changes a password");
		}
	}

	@Test
	void aSharedDatabaseIsSavedForTheNextStartAndAnIncompleteOneRefused() {
		UiDriver ui = new UiDriver(Display.getDefault());
		Shell parent = new Shell(ui.display());
		try {
			Kept kept = new Kept();
			DatabaseConnectionDialog dialog = new DatabaseConnectionDialog(parent, kept);
			dialog.setBlockOnOpen(false);
			dialog.open();
			Shell shell = ui.shell(Messages.connection_title::equals, Duration.ofSeconds(10));
			Text url = ui.byKey(shell, WidgetKeys.CONNECTION_URL, Text.class);
			assertFalse(url.isEnabled(), "the URL is for a shared database only");

			Button shared = ui.byKey(shell, WidgetKeys.CONNECTION_SHARED, Button.class);
			shared.setSelection(true);
			ui.byKey(shell, WidgetKeys.CONNECTION_OWN, Button.class).setSelection(false);
			ui.click(shared);
			assertTrue(url.isEnabled());
			url.setText("localhost:1527");
			ui.click(ui.button(shell, Messages.button_ok));
			assertEquals(Messages.connection_incomplete, ui.byKey(shell, WidgetKeys.CONNECTION_PROBLEM, Label.class).getText());
			assertFalse(shell.isDisposed(), "an incomplete setting is not saved");
			assertEquals(DesktopDatabase.Setting.EMBEDDED, kept.saved);

			url.setText("jdbc:derby://10.1.2.3:1527//srv/minewatch/minewatch");
			ui.byKey(shell, WidgetKeys.CONNECTION_USER, Text.class).setText("wang");
			ui.click(ui.button(shell, Messages.button_ok));
			ui.waitUntil(shell::isDisposed, () -> "the dialog to close after OK (problem shown: "
					+ (shell.isDisposed() ? "" : ui.byKey(shell, WidgetKeys.CONNECTION_PROBLEM, Label.class).getText()) + ")");
			assertEquals(new DesktopDatabase.Setting("jdbc:derby://10.1.2.3:1527//srv/minewatch/minewatch", "wang"), kept.saved);
		} finally {
			parent.dispose();
		}
	}
}
