package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.core.DesktopDatabase.Setting;
import org.osgi.service.prefs.Preferences;

/** Which database a desktop uses is kept for the next start; the password is kept by the component, in memory, for this start only. */
class DesktopConnectionTest {

	private static final Setting SHARED = new Setting("jdbc:derby://10.1.2.3:1527//srv/minewatch/minewatch", "wang");

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
}
