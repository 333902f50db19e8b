package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.core.DesktopDatabase.Setting;
import org.minewatch.core.StoreException;
import org.osgi.service.prefs.Preferences;

/** Which database a desktop uses is kept for the next start; the password is kept by the component, in memory, for this start only. */
class DesktopConnectionTest {

	private static final Setting SHARED = new Setting("jdbc:derby://10.1.2.3:1527//srv/minewatch/minewatch", "wang");

	@TempDir
	Path temp;

	@AfterEach
	void backToTheOwnDatabase() {
		new DesktopConnection().save(Setting.EMBEDDED);
	}

	@Test
	void theSettingIsKeptAndThePasswordNeverWritten() throws Exception {
		DesktopConnection first = new DesktopConnection();
		assertEquals(Setting.EMBEDDED, first.setting());
		assertFalse(first.needsPassword(), "the own database has no password");
		first.save(SHARED);
		assertTrue(first.needsPassword(), "a shared database asks for the password at each start");
		char[] typed = "s3cret-口令".toCharArray();
		first.givePassword(typed);
		Arrays.fill(typed, '*'); // the dialog clears what was typed: the component kept its own copy
		assertEquals("s3cret-口令", first.password());
		assertFalse(first.needsPassword());

		DesktopConnection nextStart = new DesktopConnection();
		assertEquals(SHARED, nextStart.setting(), "the setting is there at the next start");
		assertNull(nextStart.password(), "the password is not: another instance has none");
		Preferences node = ConfigurationScope.INSTANCE.getNode("org.minewatch.store");
		for (String key : node.keys()) {
			assertFalse(node.get(key, "").contains("s3cret"), "no preference holds the password: " + key);
		}
	}

	@Test
	void anIncompleteSharedSettingIsNamed() {
		assertEquals("incomplete", new Setting("localhost:1527", "wang").problem());
		assertEquals("incomplete", new Setting("jdbc:derby://h:1527/db", " ").problem());
		assertNull(SHARED.problem());
		assertNull(DesktopDatabase.Setting.EMBEDDED.problem());
	}

	@Test
	void thePersonChangesTheirOwnPasswordOnTheNetworkServerAndTheOpenStoreKeepsWorking() throws Exception {
		DesktopConnection embedded = new DesktopConnection();
		assertFalse(embedded.canChangePassword(), "the own database has no password to change");
		assertEquals("store.password.notShared",
				assertThrows(StoreException.class, () -> embedded.changePassword("a".toCharArray(), "wang-secret-2".toCharArray())).code());

		InetAddress loopback = InetAddress.getLoopbackAddress();
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, loopback)) {
			port = socket.getLocalPort();
		}
		try (NetworkServer server = NetworkServer.start(temp.resolve("server"), loopback, port, "dbo", "owner-secret-1", new PrintWriter(new StringWriter()))) {
			String url = server.url();
			Administration admin = Administration.of(url, "dbo", "owner-secret-1");
			admin.migrate();
			admin.addAccount("wang", "wang-secret-1");

			DesktopConnection desktop = new DesktopConnection();
			desktop.save(new Setting(url, "wang"));
			desktop.givePassword("wang-secret-1".toCharArray());
			assertTrue(desktop.canChangePassword());
			// as the store component does: the open store is told of a new password
			try (JdbcStore open = JdbcStore.connect(url, "wang", "wang-secret-1", TestStores.reference(), TestStores.CLOCK)) {
				desktop.whenPasswordChanged(open::passwordChanged);
				desktop.save(Setting.EMBEDDED); // set for the next start: this session stays on the shared database

				StoreException weak = assertThrows(StoreException.class, () -> desktop.changePassword("wang-secret-1".toCharArray(), "short".toCharArray()));
				assertEquals("store.account.passwordShort", weak.code());
				assertEquals("wang-secret-1", desktop.password(), "a refused change keeps the password");
				signIn(url, "wang", "wang-secret-1");
				assertEquals("store.connect.refused",
						assertThrows(StoreException.class, () -> desktop.changePassword("not-the-old-one".toCharArray(), "wang-secret-2".toCharArray())).code());

				char[] typed = "wang-secret-2".toCharArray();
				desktop.changePassword("wang-secret-1".toCharArray(), typed);
				Arrays.fill(typed, '*');
				assertEquals("wang-secret-2", desktop.password(), "kept for this session's later connections");
				assertTrue(open.head().sequence() > 0, "the open store still connects: with the new password");
				signIn(url, "wang", "wang-secret-2");
				assertEquals("store.connect.refused", assertThrows(StoreException.class,
						() -> JdbcStore.connect(url, "wang", "wang-secret-1", TestStores.reference(), TestStores.CLOCK)).code(), "the old password is gone");
			}
			Preferences node = ConfigurationScope.INSTANCE.getNode("org.minewatch.store");
			for (String key : node.keys()) {
				assertFalse(node.get(key, "").contains("wang-secret"), "no preference holds a password: " + key);
			}
		}
	}

	private static void signIn(String url, String user, String password) {
		try (JdbcStore store = JdbcStore.connect(url, user, password, TestStores.reference(), TestStores.CLOCK)) {
			assertTrue(store.head().sequence() >= 0);
		}
	}
}
