package org.minewatch.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.checklist.InspectionPackages;
import org.minewatch.checklist.InspectionService;
import org.minewatch.checklist.TemplateLibrary;
import org.minewatch.core.AreaService;
import org.minewatch.hazard.HazardService;
import org.minewatch.registry.Registry;
import org.minewatch.tests.store.StoreService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The one bridge between the OSGi services and the parts, with the real Declarative Services runtime and a desktop's
 * embedded store: nothing is handed out before the store is open (a part asking gets null, it does not activate the
 * service); then every area service, the acting person and the clock; a plugin's service comes and goes.
 */
class DeskServicesTest {

	@TempDir
	Path temp;

	/** A service a plugin registers after the start. */
	static final class PluginService implements AreaService {
	}

	@Test
	void theServicesWaitForTheStoreThenArriveWithWhoActsAndFollowAPluginsService() throws Exception {
		System.setProperty("minewatch.database", temp.resolve("desk-db").toString());
		BundleContext bundle = FrameworkUtil.getBundle(DeskServices.class).getBundleContext();
		ServiceTracker<DeskServices, DeskServices> tracker = new ServiceTracker<>(bundle, DeskServices.class, null);
		tracker.open();
		ExecutorService ui = Executors.newSingleThreadExecutor(); // stands for the UI thread
		ServiceRegistration<?> plugin = null;
		try {
			DeskServices desk = tracker.waitForService(60_000);
			assertNotNull(desk, "the bridge is a DS component");
			IEclipseContext context = EclipseContextFactory.create("desk test");
			desk.attach(context, ui);
			drain(ui);
			for (Class<?> type : List.of(Registry.class, HazardService.class, InspectionService.class, InspectionPackages.class, TemplateLibrary.class)) {
				assertTrue(context.containsKey(type), type + " has its place before the store is open");
				assertNull(context.get(type), type + " is not handed out before the store is open");
			}
			assertNull(context.get(Acting.class));

			DeskServices.Opened opened = desk.open();
			drain(ui);
			assertTrue(opened.head().sequence() > 100, "the demo data was written at the first start: " + opened.head());
			assertEquals(List.of(), opened.problems());
			assertTrue(opened.acting().canWrite(), "the demo data names officials");
			assertEquals(opened.acting(), context.get(Acting.class));
			assertNotNull(context.get(Clock.class));
			for (Class<?> type : List.of(Registry.class, HazardService.class, InspectionService.class, InspectionPackages.class, TemplateLibrary.class)) {
				assertNotNull(context.get(type), type + " handed to the parts");
			}
			assertFalse(context.get(TemplateLibrary.class).stored(opened.acting().actor()).isEmpty(), "the template installer ran at the start");

			plugin = bundle.registerService(new String[] { PluginService.class.getName(), AreaService.class.getName() }, new PluginService(), null);
			waitFor(() -> context.get(PluginService.class) != null, "a plugin's service registered after the start arrives");
			plugin.unregister();
			plugin = null;
			waitFor(() -> context.get(PluginService.class) == null, "and leaves with its plugin");

			String other = context.get(Registry.class).officials(opened.acting().actor(), null, 20).stream().map(Registry.Official::personId)
					.filter(id -> !id.equals(opened.acting().actor().personId())).findFirst().orElseThrow();
			Acting now = desk.actAs(other);
			drain(ui);
			assertEquals(other, now.actor().personId());
			assertEquals(now, context.get(Acting.class), "the parts see who acts now");
		} finally {
			if (plugin != null) {
				plugin.unregister();
			}
			tracker.close();
			ui.shutdownNow();
			StoreService.close(bundle);
			System.clearProperty("minewatch.database");
		}
	}

	/** Waits until what was handed to the "UI thread" so far has run. */
	private static void drain(ExecutorService ui) throws Exception {
		ui.submit(() -> {
			// queued behind what came before
		}).get(30, TimeUnit.SECONDS);
	}

	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("timed out waiting: " + what);
			}
			Thread.sleep(20);
		}
	}
}
