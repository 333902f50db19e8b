package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.demo.DemoSeeder;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Store;
import org.minewatch.model.registry.Mine;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The store a desktop gets: a DS service on an embedded database, created and filled with the demo data on first use. */
class DesktopStoreTest {

	@TempDir
	Path temp;

	@Test
	void theStoreServiceCreatesItsDatabaseAndFillsItWithTheDemoData() throws Exception {
		Path folder = temp.resolve("desktop-db");
		System.setProperty(EmbeddedStoreComponent.DATABASE_PROPERTY, folder.toString());
		BundleContext context = FrameworkUtil.getBundle(JdbcStore.class).getBundleContext();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context, Store.class, null);
		tracker.open();
		try {
			Store store = tracker.waitForService(30_000);
			assertNotNull(store, "a Store service is registered by Declarative Services");
			assertTrue(store.head().sequence() > 100, "the demo data was written through the audit chain: " + store.head());
			assertTrue(Files.isDirectory(folder), "the database lives where it was told to");
			assertEquals(5, store.read(new Actor("reader", "测试", "agency"), s -> s.query(Query.of(Mine.class), PageRequest.first(5)).items().size()));
		} finally {
			tracker.close();
			closeTheService(context);
			System.clearProperty(EmbeddedStoreComponent.DATABASE_PROPERTY);
		}
	}

	/**
	 * Deactivates the store component (closing its database) and enables it again for the next test: without this
	 * the database stays open while the test's folder is deleted, and Derby's background writes can race it.
	 */
	private static void closeTheService(BundleContext context) throws Exception {
		var reference = context.getServiceReference(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
		var runtime = context.getService(reference);
		try {
			var description = runtime.getComponentDescriptionDTO(FrameworkUtil.getBundle(JdbcStore.class), EmbeddedStoreComponent.class.getName());
			runtime.disableComponent(description).getValue();
			runtime.enableComponent(description).getValue();
		} finally {
			context.ungetService(reference);
		}
	}

	@Test
	void withTheDemoSwitchedOffANewDatabaseStaysEmpty() {
		try (JdbcStore store = EmbeddedStoreComponent.openForDesktop(temp.resolve("empty-db"), null, TestStores.CLOCK)) {
			assertTrue(store.isNew());
			assertEquals(0, store.head().sequence());
		}
	}

	@Test
	void anEmptyDatabaseIsFilledAtTheNextStartIfTheFirstWasInterrupted() {
		Path folder = temp.resolve("interrupted-db");
		EmbeddedStoreComponent.openForDesktop(folder, null, TestStores.CLOCK).close(); // as if the seeding never committed
		try (JdbcStore store = EmbeddedStoreComponent.openForDesktop(folder, new DemoSeeder(), TestStores.CLOCK)) {
			assertTrue(store.head().sequence() > 100);
		}
	}

	@Test
	void aDemoDatabaseIsSeenOnItsDemoDayWithTheTimeOfDayRunningAndAnotherOnToday() {
		java.time.Clock november2026 = java.time.Clock.fixed(java.time.Instant.parse("2026-11-29T03:15:00Z"), org.minewatch.model.time.Zones.CHINA);
		try (JdbcStore demo = EmbeddedStoreComponent.openForDesktop(temp.resolve("demo-db"), new DemoSeeder(), november2026)) {
			java.time.ZonedDateTime now = demo.clock().instant().atZone(org.minewatch.model.time.Zones.CHINA);
			assertEquals(DemoSeeder.DEMO_DAY, now.toLocalDate(), "the demo data's day");
			assertEquals(java.time.LocalTime.of(11, 15), now.toLocalTime(), "the time of day is the system's");
		}
		try (JdbcStore demo = EmbeddedStoreComponent.openForDesktop(temp.resolve("demo-db"), new DemoSeeder(), november2026)) {
			assertEquals(DemoSeeder.DEMO_DAY, org.minewatch.model.time.Zones.today(demo.clock()), "and again at the next start");
		}
		try (JdbcStore empty = EmbeddedStoreComponent.openForDesktop(temp.resolve("real-db"), null, november2026)) {
			assertEquals(java.time.LocalDate.of(2026, 11, 29), org.minewatch.model.time.Zones.today(empty.clock()), "a bureau's own database lives today");
		}
	}
}
