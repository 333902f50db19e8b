package org.minewatch.registry.ui.tests;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.minewatch.core.Actor;
import org.minewatch.model.generate.DemoData;
import org.minewatch.model.generate.DemoDataSet;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.time.Zones;
import org.minewatch.registry.Registry;
import org.minewatch.registry.ui.RegistryAccess;
import org.minewatch.store.DemoSeeder;
import org.minewatch.store.JdbcStore;

/** A real embedded store with the demo data, the registry over it, and e4 contexts for parts under test. */
final class Fixture implements AutoCloseable {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2021-11-29T02:00:00Z"), Zones.CHINA);

	final JdbcStore store;
	final DemoDataSet data;
	final Registry registry;
	final Actor actor;
	/** What parts posted on the event broker: topic, then data. */
	final List<Object[]> posted = new ArrayList<>();

	Fixture(Path folder) {
		ReferenceData reference = ReferenceData.loadShipped();
		store = JdbcStore.open(folder.resolve("db"), reference, CLOCK);
		DemoSeeder.seed(store, reference);
		data = DemoData.generate(DemoSeeder.SEED, ReferenceData.loadShipped(), DemoSeeder.DEMO_DAY);
		registry = new Registry(store);
		actor = registry.firstOfficial(new Actor("test", "test", "test")).orElseThrow();
	}

	/** A context as the workbench gives a part: the registry ready, an event broker that records what is posted. */
	IEclipseContext context() {
		IEclipseContext context = EclipseContextFactory.create("test");
		context.set(RegistryAccess.class, new RegistryAccess(registry, actor, true));
		context.set(IEventBroker.class, recordingBroker());
		return context;
	}

	/** The texts posted to the status line. */
	List<String> statusMessages() {
		return posted.stream().filter(p -> "org/minewatch/status/message".equals(p[0])).map(p -> String.valueOf(p[1])).toList();
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
		store.close();
	}
}
