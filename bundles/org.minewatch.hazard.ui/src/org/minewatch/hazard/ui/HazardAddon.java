package org.minewatch.hazard.ui;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.minewatch.app.api.ShellContract;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.ui.RegistryAccess;
import org.minewatch.ui.Services;

/**
 * Once the registry is open, gets the hazard service in a background job (activating a service may touch
 * the database) and sets it in the application's context, where the board, the dashboard and the hazard
 * editors wait for it. Without it (the bundle broken or missing) they say so and stay empty.
 */
public class HazardAddon {

	@Inject
	private MApplication application;

	@Inject
	private UISynchronize ui;

	@Inject
	private IEventBroker events;

	private boolean started;

	@Inject
	@Optional
	void registryReady(RegistryAccess access) {
		if (started) {
			return; // a new acting person: the same service
		}
		started = true;
		Job job = Job.create(Messages.hazards_starting, monitor -> {
			try {
				HazardService service = Services.await(HazardService.class, HazardAddon.class);
				if (service == null) {
					ILog.of(HazardAddon.class).error(Messages.hazards_missing);
					events.post(ShellContract.STATUS_TOPIC, Messages.hazards_missing);
					return Status.error(Messages.hazards_missing);
				}
				ui.asyncExec(() -> application.getContext().set(HazardService.class, service));
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
		});
		job.setSystem(true);
		job.schedule();
	}
}
