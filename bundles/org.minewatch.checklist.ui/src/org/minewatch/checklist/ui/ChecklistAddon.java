package org.minewatch.checklist.ui;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.osgi.util.NLS;
import org.minewatch.app.api.ShellContract;
import org.minewatch.checklist.InspectionPackages;
import org.minewatch.checklist.InspectionService;
import org.minewatch.checklist.TemplateLibrary;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.StoreException;
import org.minewatch.ui.RegistryAccess;
import org.minewatch.ui.Services;

/**
 * Once the registry is open, gets the checklist services in a background job, stores the template editions the
 * sources offer that the database lacks (a province plugin's new edition arrives this way; a source that fails
 * is reported and left out), and sets the services in the application's context, where the checklist views
 * wait for them.
 */
public class ChecklistAddon {

	/** Written to the log once the services are set, followed by how many template editions were added. */
	public static final String READY = "Minewatch checklists ready, template editions added: "; //$NON-NLS-1$

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
			return; // a new acting person: the same services
		}
		started = true;
		Job job = Job.create(Messages.checklists_starting, monitor -> {
			try {
				InspectionService inspections = Services.await(InspectionService.class, ChecklistAddon.class);
				InspectionPackages packages = Services.await(InspectionPackages.class, ChecklistAddon.class);
				TemplateLibrary templates = Services.await(TemplateLibrary.class, ChecklistAddon.class);
				if (inspections == null || packages == null || templates == null) {
					report(Messages.checklists_missing);
					return Status.error(Messages.checklists_missing);
				}
				int added = 0;
				if (access.canWrite()) {
					try {
						TemplateLibrary.Offer installed = install(templates, access);
						installed.problems().forEach(problem -> report(NLS.bind(Messages.checklists_sourceFailed, problem)));
						added = installed.templates().size();
					} catch (RuntimeException e) {
						report(NLS.bind(Messages.checklists_sourceFailed, e.getMessage())); // the stored templates still serve
					}
				}
				ILog.of(ChecklistAddon.class).info(READY + added);
				ui.asyncExec(() -> application.getContext().set(Checklists.class, new Checklists(inspections, packages, templates)));
				return Status.OK_STATUS;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Status.CANCEL_STATUS;
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/**
	 * Stores the editions on offer that the database lacks. Desktops sharing a database may start together: when
	 * another one stored an edition first, this one's unit of work is refused, and asking again adds the rest.
	 */
	private static TemplateLibrary.Offer install(TemplateLibrary templates, RegistryAccess access) {
		try {
			return templates.install(access.actor());
		} catch (StoreException e) {
			return templates.install(access.actor());
		}
	}

	private void report(String problem) {
		ILog.of(ChecklistAddon.class).error(problem);
		events.post(ShellContract.STATUS_TOPIC, problem);
	}
}
