package org.minewatch.tests.parts;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.minewatch.core.Actor;
import org.minewatch.model.generate.DemoDataSet;
import org.minewatch.registry.Registry;
import org.minewatch.ui.RegistryAccess;
import org.minewatch.store.JdbcStore;
import org.minewatch.tests.store.DemoStore;

/** A real embedded store with the demo data, the registry over it, and e4 contexts for parts under test. */
public final class PartFixture implements AutoCloseable {

	public static final Clock CLOCK = DemoStore.CLOCK;

	private final DemoStore demo;
	public final JdbcStore store;
	public final DemoDataSet data;
	public final Registry registry;
	public final Actor actor;
	/** What parts posted on the event broker: topic, then data. */
	public final List<Object[]> posted = new ArrayList<>();

	public PartFixture(Path folder) {
		demo = DemoStore.open(folder);
		store = demo.store();
		data = demo.data();
		registry = new Registry(store);
		actor = registry.firstOfficial(new Actor("test", "test", "test")).orElseThrow();
	}

	/** A context as the workbench gives a part: the registry ready, an event broker that records what is posted. */
	public IEclipseContext context() {
		IEclipseContext context = EclipseContextFactory.create("test");
		context.set(RegistryAccess.class, new RegistryAccess(registry, actor, true));
		context.set(IEventBroker.class, recordingBroker());
		return context;
	}

	/** The texts posted to the status line. */
	public List<String> statusMessages() {
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
		demo.close();
	}
}
