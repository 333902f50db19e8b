package org.minewatch.desk;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.ChainHead;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.StartupTask;
import org.minewatch.core.Store;
import org.minewatch.desk.internal.ActingChoice;
import org.minewatch.registry.Registry;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The one bridge between the OSGi services and the desktop's parts. Every {@link AreaService} (the registry, hazards,
 * checklists, and those a plugin adds later) goes into the application's context under its class once the store is
 * open, with the {@link Acting} person and the store's {@link Clock}; parts simply {@code @Inject @Optional} them and
 * fill themselves when they arrive. Until then each service's key holds null in the context: a part asking for it
 * gets nothing, instead of activating the service (and opening the database) on the UI thread. A service registered
 * later arrives the same way; one unregistered leaves.
 */
@Component(service = DeskServices.class)
public final class DeskServices {

	/** Written to the log when the store is open, followed by the audit chain head (sequence:hash). */
	public static final String DATABASE_READY = "Minewatch database ready, audit chain head "; //$NON-NLS-1$
	/** Written to the log when the services are handed out, followed by who acts. */
	public static final String REGISTRY_READY = "Minewatch registry ready, "; //$NON-NLS-1$
	/** Written to the log when a startup task is done, followed by its class and what it did. */
	public static final String TASK_DONE = "Minewatch startup task done: "; //$NON-NLS-1$

	/** What opening found: the chain head, who acts, and the startup tasks that failed (their names and why). */
	public record Opened(ChainHead head, Acting acting, List<String> problems) {
	}

	@Reference
	private ComponentServiceObjects<Store> store;
	@Reference
	private ComponentServiceObjects<Registry> registry;

	private final Map<ServiceReference<AreaService>, Object> services = new LinkedHashMap<>();
	private final List<ServiceReference<StartupTask>> tasks = new CopyOnWriteArrayList<>();
	private ComponentContext component;
	private IEclipseContext context;
	private Executor ui;
	private Store opened;

	@Activate
	void activate(ComponentContext activated) {
		this.component = activated;
	}

	@Reference(name = "services", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addService(ServiceReference<AreaService> reference) {
		boolean fetchNow;
		synchronized (this) {
			services.put(reference, null);
			fetchNow = opened != null;
			if (context != null && !fetchNow) {
				ui.execute(() -> hide(reference));
			}
		}
		if (fetchNow) { // a plugin's service after the start: activated in the background, then handed out
			CompletableFuture.runAsync(() -> publish(Map.of(reference, fetch(reference))));
		}
	}

	void removeService(ServiceReference<AreaService> reference) {
		synchronized (this) {
			services.remove(reference);
			if (context != null) {
				ui.execute(() -> hide(reference));
			}
		}
	}

	@Reference(name = "tasks", cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addTask(ServiceReference<StartupTask> task) {
		tasks.add(task);
	}

	void removeTask(ServiceReference<StartupTask> task) {
		tasks.remove(task);
	}

	/**
	 * Where the services go, and how to reach the UI thread; called on the UI thread as the workbench starts, before
	 * any part: each service's key is set to null, so that no part activates a service by asking for it.
	 */
	public void attach(IEclipseContext application, Executor uiThread) {
		List<ServiceReference<AreaService>> known;
		synchronized (this) {
			this.context = application;
			this.ui = uiThread;
			known = List.copyOf(services.keySet());
		}
		application.set(DeskServices.class, this);
		known.forEach(this::hide);
	}

	/**
	 * Opens the store (the first start creates the database: seconds), reads the reference data once, finds who acts,
	 * runs the startup tasks for them, and hands every service to the parts. Called in a background job, never on the
	 * UI thread. A store that cannot open is refused with its reason; a failing task is reported and left out.
	 */
	public Opened open() {
		Store opening = store.getService();
		ChainHead head = opening.head();
		ILog.of(DeskServices.class).info(DATABASE_READY + head);
		Registry registered = registry.getService();
		registered.reference(Acting.READER); // read once here, so that no part reads it on the UI thread
		Acting acting = registered.actingPerson(Acting.READER, ActingChoice.chosen()).map(actor -> new Acting(actor, true)).orElse(Acting.BROWSING);
		List<String> problems = acting.canWrite() ? runTasks(acting.actor()) : List.of();
		Map<ServiceReference<AreaService>, Object> fetched = new LinkedHashMap<>();
		synchronized (this) {
			opened = opening;
			services.keySet().forEach(reference -> fetched.put(reference, null));
		}
		fetched.replaceAll((reference, none) -> fetch(reference));
		Clock clock = opening.clock();
		ui.execute(() -> {
			context.set(Clock.class, clock);
			context.set(Acting.class, acting);
		});
		publish(fetched);
		ILog.of(DeskServices.class).info(REGISTRY_READY + (acting.canWrite() ? "acting as " + acting.actor().name() + " (" + acting.actor().personId() + ")" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: "read only: no official to act as")); //$NON-NLS-1$
		return new Opened(head, acting, problems);
	}

	/** The person who acts from now on (File > Acting Person), checked against the registry and kept for the next starts; off the UI thread. */
	public Acting actAs(String personId) {
		Actor actor = registry.getService().actor(Acting.READER, personId);
		ActingChoice.choose(personId);
		Acting acting = new Acting(actor, true);
		ui.execute(() -> context.set(Acting.class, acting));
		return acting;
	}

	/** The audit chain head now, once the store is open (logged at close: the next start shows nothing changed meanwhile). */
	public Optional<ChainHead> head() {
		Store open;
		synchronized (this) {
			open = opened;
		}
		return open == null ? Optional.empty() : Optional.of(open.head());
	}

	private List<String> runTasks(Actor actor) {
		List<String> problems = new ArrayList<>();
		for (ServiceReference<StartupTask> reference : tasks) {
			StartupTask task = component.locateService("tasks", reference); //$NON-NLS-1$
			if (task == null) {
				continue; // its bundle stopped meanwhile
			}
			try {
				ILog.of(DeskServices.class).info(TASK_DONE + task.getClass().getSimpleName() + ": " + task.run(actor)); //$NON-NLS-1$
			} catch (MinewatchException e) {
				problems.add(task.name() + ": " + e.getMessage()); //$NON-NLS-1$
				ILog.of(DeskServices.class).error(task.getClass().getName() + " failed: " + e.logged(), e); //$NON-NLS-1$
			} catch (RuntimeException e) { // a broken plugin's task: reported and left out, the desktop starts anyway
				problems.add(task.name() + ": " + e); //$NON-NLS-1$
				ILog.of(DeskServices.class).error(task.getClass().getName() + " failed", e); //$NON-NLS-1$
			}
		}
		return problems;
	}

	/** The service, activated here (off the UI thread); null when its component cannot activate (a broken plugin, logged). */
	private Object fetch(ServiceReference<AreaService> reference) {
		try {
			return component.locateService("services", reference); //$NON-NLS-1$
		} catch (RuntimeException e) {
			ILog.of(DeskServices.class).error("The service " + names(reference) + " cannot start and is left out", e); //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
	}

	private void publish(Map<ServiceReference<AreaService>, Object> fetched) {
		ui.execute(() -> fetched.forEach((reference, service) -> {
			boolean current;
			synchronized (this) {
				current = services.containsKey(reference);
			}
			for (String name : names(reference)) {
				context.set(name, current ? service : null);
			}
		}));
	}

	/** Null under each of the service's classes: asked for, it is not there (yet). */
	private void hide(ServiceReference<AreaService> reference) {
		for (String name : names(reference)) {
			context.set(name, null);
		}
	}

	private static List<String> names(ServiceReference<AreaService> reference) {
		List<String> names = new ArrayList<>(List.of((String[]) reference.getProperty(Constants.OBJECTCLASS)));
		names.remove(AreaService.class.getName());
		return names;
	}
}
