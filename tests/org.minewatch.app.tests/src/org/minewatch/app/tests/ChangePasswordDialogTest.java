package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.app.handlers.ChangePasswordHandler;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;
import org.minewatch.app.parts.ChangePasswordDialog;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.core.StoreException;
import org.minewatch.desk.ShellContract;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.time.Zones;
import org.minewatch.store.Accounts;
import org.minewatch.store.Administration;
import org.minewatch.store.DesktopConnection;
import org.minewatch.store.JdbcStore;
import org.minewatch.store.NetworkServer;
import org.minewatch.tests.driver.UiDriver;
import org.osgi.service.event.EventHandler;

/**
 * File > Change Password on a real Derby network server, through the desktop's own connection service: a weak new
 * password is refused in the dialog, a differing repetition is refused before anything is sent, a good change signs
 * in and the old password no longer does.
 */
class ChangePasswordDialogTest {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	@TempDir
	Path temp;

	/** The desktop's service, counting the changes sent and noting any sent from the UI thread. */
	private static final class Watched implements DesktopDatabase {
		final DesktopConnection real = new DesktopConnection();
		final List<String> sent = Collections.synchronizedList(new ArrayList<>());

		@Override
		public Setting setting() {
			return real.setting();
		}

		@Override
		public void save(Setting setting) {
			real.save(setting);
		}

		@Override
		public boolean needsPassword() {
			return real.needsPassword();
		}

		@Override
		public void givePassword(char[] password) {
			real.givePassword(password);
		}

		@Override
		public boolean canChangePassword() {
			return real.canChangePassword();
		}

		@Override
		public void changePassword(char[] oldPassword, char[] newPassword) {
			sent.add(Display.getCurrent() == null ? "job" : "UI thread");
			real.changePassword(oldPassword, newPassword);
		}
	}

	@AfterEach
	void backToTheOwnDatabase() {
		new DesktopConnection().save(DesktopDatabase.Setting.EMBEDDED);
	}

	@Test
	void theMenuEntryIsForASharedDatabaseOnly() {
		ChangePasswordHandler handler = new ChangePasswordHandler();
		assertFalse(handler.canExecute(null));
		assertFalse(handler.canExecute(new DesktopConnection()), "the own database has no password to change");
	}

	@Test
	void aWeakOrUnrepeatedPasswordIsRefusedInTheDialogAndAGoodOneChanged() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
			port = socket.getLocalPort();
		}
		UiDriver ui = new UiDriver(Display.getDefault());
		Shell parent = new Shell(ui.display());
		try (NetworkServer server = NetworkServer.start(temp.resolve("server"), LOOPBACK, port, "dbo", "owner-secret-1", new PrintWriter(new StringWriter()))) {
			String url = server.url();
			Administration admin = Administration.of(url, "dbo", "owner-secret-1");
			admin.migrate();
			admin.addAccount("wang", "wang-secret-1");
			Watched desktop = new Watched();
			desktop.save(new DesktopDatabase.Setting(url, "wang"));
			desktop.givePassword("wang-secret-1".toCharArray());
			assertTrue(new ChangePasswordHandler().canExecute(desktop), "connected to a shared database: the entry is enabled");

			ChangePasswordDialog dialog = new ChangePasswordDialog(parent, desktop);
			dialog.setBlockOnOpen(false);
			dialog.open();
			Shell shell = ui.shell(Messages.password_title::equals, Duration.ofSeconds(10));
			Text current = ui.byKey(shell, WidgetKeys.PASSWORD_OLD, Text.class);
			Text chosen = ui.byKey(shell, WidgetKeys.PASSWORD_NEW, Text.class);
			Text repeated = ui.byKey(shell, WidgetKeys.PASSWORD_REPEAT, Text.class);
			for (Text field : List.of(current, chosen, repeated)) {
				assertTrue((field.getStyle() & SWT.PASSWORD) != 0, "passwords are masked");
			}
			assertEquals(NLS.bind(Messages.password_rules, DesktopDatabase.PASSWORD_MINIMUM_LENGTH),
					ui.byKey(shell, WidgetKeys.PASSWORD_RULES, Label.class).getText());
			assertTrue(ui.byKey(shell, WidgetKeys.PASSWORD_RULES, Label.class).getText().contains("10"), "the rules name the length");
			Label problem = ui.byKey(shell, WidgetKeys.PASSWORD_PROBLEM, Label.class);
			Button ok = ui.button(shell, Messages.button_ok);

			// a repetition that differs is refused here: nothing is sent
			current.setText("wang-secret-1");
			chosen.setText("wang-secret-2");
			repeated.setText("wang-secret-3");
			ui.click(ok);
			assertEquals(Messages.password_mismatch, problem.getText());
			assertEquals(List.of(), desktop.sent, "nothing was sent for a differing repetition");
			assertFalse(shell.isDisposed());

			// a weak password is refused by the rules, in the dialog, which stays open; the old password still works
			chosen.setText("short");
			repeated.setText("short");
			ui.click(ok);
			ui.waitUntil(() -> ok.isEnabled() && !problem.getText().equals(Messages.password_changing), () -> "the refusal");
			StoreException expected = assertThrows(StoreException.class, () -> Accounts.checkPassword("WANG", "short"));
			assertEquals(expected.getMessage(), problem.getText(), "the rule's refusal, in the person's language");
			assertFalse(shell.isDisposed(), "a refusal keeps the dialog open");
			assertEquals(List.of("job"), desktop.sent, "the change runs in a job, never on the UI thread");
			signIn(url, "wang", "wang-secret-1");
			picture(shell, "change-password-refused.png");

			// a good change closes the dialog; the new password signs in, the old one does not
			chosen.setText("wang-secret-2");
			repeated.setText("wang-secret-2");
			ui.click(ok);
			ui.waitUntil(shell::isDisposed, Duration.ofSeconds(30), () -> "the dialog to close after a good change (shown: "
					+ (shell.isDisposed() ? "" : problem.getText()) + ")");
			assertTrue(dialog.changed());
			assertEquals(List.of("job", "job"), desktop.sent);
			signIn(url, "wang", "wang-secret-2");
			assertEquals("store.connect.refused", assertThrows(StoreException.class,
					() -> JdbcStore.connect(url, "wang", "wang-secret-1", ReferenceData.loadShipped(), Zones.systemClock())).code());

			// from the menu: the handler opens the dialog, and the status line says the password was changed
			List<Object> status = new ArrayList<>();
			IEventBroker events = new IEventBroker() {
				@Override
				public boolean send(String topic, Object data) {
					return post(topic, data);
				}

				@Override
				public boolean post(String topic, Object data) {
					if (ShellContract.STATUS_TOPIC.equals(topic)) {
						status.add(data);
					}
					return true;
				}

				@Override
				public boolean subscribe(String topic, EventHandler handler) {
					return false;
				}

				@Override
				public boolean subscribe(String topic, String filter, EventHandler handler, boolean headers) {
					return false;
				}

				@Override
				public boolean unsubscribe(EventHandler handler) {
					return false;
				}
			};
			ui.whenShellAppears(Messages.password_title, opened -> {
				ui.byKey(opened, WidgetKeys.PASSWORD_OLD, Text.class).setText("wang-secret-2");
				ui.byKey(opened, WidgetKeys.PASSWORD_NEW, Text.class).setText("wang-secret-3");
				ui.byKey(opened, WidgetKeys.PASSWORD_REPEAT, Text.class).setText("wang-secret-3");
				ui.click(ui.button(opened, Messages.button_ok));
			});
			new ChangePasswordHandler().execute(parent, desktop, events);
			assertEquals(List.of(Messages.password_changed), status);
			signIn(url, "wang", "wang-secret-3");
		} finally {
			parent.dispose();
		}
	}

	/** The dialog as it looks, for a person to open: target/screenshots/ of this module. */
	private static void picture(Shell shell, String name) throws IOException {
		Path folder = Path.of("target", "screenshots").toAbsolutePath();
		Files.createDirectories(folder);
		long painted = System.nanoTime() + Duration.ofMillis(600).toNanos(); // GTK paints on its frame clock
		while (System.nanoTime() < painted) {
			if (!shell.getDisplay().readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
		shell.update();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void signIn(String url, String user, String password) {
		try (JdbcStore store = JdbcStore.connect(url, user, password, ReferenceData.loadShipped(), Zones.systemClock())) {
			assertTrue(store.head().sequence() >= 0);
		}
	}
}
