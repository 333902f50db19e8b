package org.minewatch.tests.parts;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.minewatch.checklist.InspectionPackages;
import org.minewatch.checklist.InspectionService;
import org.minewatch.checklist.StarterTemplates;
import org.minewatch.checklist.TemplateLibrary;
import org.minewatch.core.Actor;
import org.minewatch.desk.Acting;
import org.minewatch.hazard.HazardService;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.registry.Registry;
import org.minewatch.rules.RuleService;
import org.minewatch.store.JdbcStore;
import org.minewatch.tests.store.DemoStore;

/**
 * A real embedded store with the demo data and the area services over it, twice: for the test's own setup and
 * checks (the fields), and for the parts under test, in their context, over a store that refuses the UI thread
 * ({@link UiThreadGuard}).
 */
public final class PartFixture implements AutoCloseable {

	public static final Clock CLOCK = DemoStore.CLOCK;

	private final DemoStore demo;
	public final JdbcStore store;
	public final DemoDataSet data;
	public final Registry registry;
	public final HazardService hazards;
	public final InspectionService inspections;
	public final InspectionPackages packages;
	public final TemplateLibrary templates;
	/** The provincial rules of the plugins installed in the test's runtime. */
	public final RuleService rules;
	public final Actor actor;
	/** What parts posted on the event broker: topic, then data. */
	public final List<Object[]> posted = new ArrayList<>();
	private final UiThreadGuard guarded;
	private final Registry partsRegistry;
	private final HazardService partsHazards;
	private final InspectionService partsInspections;
	private final InspectionPackages partsPackages;
	private final TemplateLibrary partsTemplates;
	private final RuleService partsRules;

	public PartFixture(Path folder) {
		demo = DemoStore.open(folder);
		store = demo.store();
		data = demo.data();
		registry = new Registry(store);
		hazards = new HazardService(store);
		inspections = new InspectionService(store, hazards);
		packages = new InspectionPackages(store);
		templates = library(store);
		actor = registry.firstOfficial(new Actor("test", "test", "test")).orElseThrow();
		templates.install(actor);
		rules = new RuleService(store, org.osgi.framework.FrameworkUtil.getBundle(RuleService.class).getBundleContext());

		guarded = new UiThreadGuard(store);
		partsRegistry = new Registry(guarded);
		partsHazards = new HazardService(guarded);
		partsInspections = new InspectionService(guarded, partsHazards);
		partsPackages = new InspectionPackages(guarded);
		partsTemplates = library(guarded);
		partsRules = new RuleService(guarded, org.osgi.framework.FrameworkUtil.getBundle(RuleService.class).getBundleContext());
		// as the desktop does when the store opens: the reference data read once, off the UI thread
		CompletableFuture.runAsync(() -> partsRegistry.reference(actor)).join();
	}

	private static TemplateLibrary library(org.minewatch.core.Store over) {
		TemplateLibrary library = new TemplateLibrary(over);
		library.addSource(new StarterTemplates());
		return library;
	}

	/**
	 * A context as the desktop gives a part once the store is open: the area services (over the guarded store), the
	 * acting person, the store's clock, and an event broker that records what is posted.
	 */
	public IEclipseContext context() {
		IEclipseContext context = EclipseContextFactory.create("test");
		context.set(Registry.class, partsRegistry);
		context.set(HazardService.class, partsHazards);
		context.set(InspectionService.class, partsInspections);
		context.set(InspectionPackages.class, partsPackages);
		context.set(TemplateLibrary.class, partsTemplates);
		context.set(RuleService.class, partsRules);
		context.set(Acting.class, new Acting(actor, true));
		context.set(Clock.class, CLOCK);
		context.set(IEventBroker.class, recordingBroker());
		return context;
	}

	/** The store calls the parts made on the UI thread (none, or the test fails). */
	public List<String> storeCallsOnUiThread() {
		return guarded.violations();
	}

	/** The texts posted to the status line. */
	public List<String> statusMessages() {
		synchronized (posted) {
			return posted.stream().filter(p -> "org/minewatch/status/message".equals(p[0])).map(p -> String.valueOf(p[1])).toList();
		}
	}

	private IEventBroker recordingBroker() {
		return (IEventBroker) Proxy.newProxyInstance(IEventBroker.class.getClassLoader(), new Class<?>[] { IEventBroker.class }, (proxy, method, args) -> {
			if (method.getName().equals("post") || method.getName().equals("send")) {
				synchronized (posted) {
					posted.add(new Object[] { args[0], args[1] });
				}
				return true;
			}
			return method.getReturnType() == boolean.class ? false : null;
		});
	}

	@Override
	public void close() {
		rules.deactivate();
		partsRules.deactivate();
		demo.close();
	}
}
