package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.BureauSettings;
import org.minewatch.core.StoreException;
import org.minewatch.store.TestStores.Seeded;

/** The bureau's settings live in its database, versioned and audited. */
class BureauSettingsTest {

	@TempDir
	Path temp;

	@Test
	void settingsAreStoredUpdatedAndAudited() {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			assertEquals(365, store.read(seeded.actor(), s -> BureauSettings.integer(s, "hazard.repeatWindowDays", 365)), "the default when unset");
			store.write(seeded.actor(), s -> BureauSettings.set(s, "hazard.repeatWindowDays", "180", "屡查屡犯的认定窗口（天）"));
			store.write(seeded.actor(), s -> BureauSettings.set(s, "hazard.repeatWindowDays", "200", null));
			assertEquals(200, store.read(seeded.actor(), s -> BureauSettings.integer(s, "hazard.repeatWindowDays", 365)));
			assertEquals(Optional.empty(), store.read(seeded.actor(), s -> BureauSettings.get(s, "report.monthlyDueDay")));
			store.write(seeded.actor(), s -> BureauSettings.set(s, "report.monthlyDueDay", "five", null));
			assertThrows(StoreException.class, () -> store.read(seeded.actor(), s -> BureauSettings.integer(s, "report.monthlyDueDay", 5)));
			assertTrue(store.verify(store.head()).intact(), "settings go through the audit chain");
		}
	}
}
