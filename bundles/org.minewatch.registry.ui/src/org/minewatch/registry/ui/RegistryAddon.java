package org.minewatch.registry.ui;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.osgi.util.NLS;
import org.minewatch.app.api.ShellContract;
import org.minewatch.app.api.StoreReady;
import org.minewatch.core.Actor;
import org.minewatch.registry.Registry;
import org.minewatch.ui.RegistryAccess;
import org.minewatch.ui.Services;
import org.minewatch.registry.ui.internal.Messages;

/**
 * When the store is open, gets the registry service and the acting person in a background job
 * (activating a service may touch the database) and sets {@link RegistryAccess} in the
 * application's context, where the navigator and the editors wait for it.
 */
public class RegistryAddon {

	/** Written to the log when the navigator and editors can start, followed by who acts. */
	public static final String READY = "Minewatch registry ready, "; //$NON-NLS-1$

	@Inject
	private MApplication application;

	@Inject
	private UISynchronize ui;

	@Inject
	private IEventBroker events;

	@Inject
	@Optional
	void storeReady(StoreReady ready) {
		Job job = Job.create(Messages.access_starting, monitor -> {
			try {
				Registry registry = Services.await(Registry.class, RegistryAddon.class);
				if (registry == null) {
					events.post(ShellContract.STATUS_TOPIC, Messages.access_missing);
					return Status.error(Messages.access_missing);
				}
				java.util.Optional<Actor> acting = ActingPerson.resolve(registry);
				registry.reference(ActingPerson.READER); // read once here, so that no part reads it on the UI thread
				RegistryAccess access = new RegistryAccess(registry, acting.orElse(ActingPerson.READER), acting.isPresent());
				ui.asyncExec(() -> application.getContext().set(RegistryAccess.class, access));
				ILog.of(RegistryAddon.class).info(READY + (acting.isPresent() ? "acting as " + access.actor().name() + " (" + access.actor().personId() + ")" : "read only: no official to act as")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				events.post(ShellContract.STATUS_TOPIC, acting.map(a -> NLS.bind(Messages.access_actingAs, a.name())).orElse(Messages.access_readOnly));
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				String message = NLS.bind(Messages.access_failed, e.getMessage());
				ILog.of(RegistryAddon.class).error(message, e);
				events.post(ShellContract.STATUS_TOPIC, message);
				return new Status(IStatus.ERROR, RegistryAddon.class, message, e);
			}
		});
		job.schedule();
	}
}
