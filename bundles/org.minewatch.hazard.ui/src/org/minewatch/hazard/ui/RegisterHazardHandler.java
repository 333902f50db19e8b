package org.minewatch.hazard.ui;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.app.api.ShellContract;
import org.minewatch.core.StoreException;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.LifecycleException;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.registry.Mine;
import org.minewatch.ui.Editors;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.RegistryAccess;

/**
 * Hazards > Register a Hazard: a hazard found outside an inspection (on a patrol, from a report, by a
 * monitoring alarm) entered by hand; registered through the hazard service (marked as a repeat when it
 * matches a closed one) and opened in its editor to fill in the rest.
 */
public class RegisterHazardHandler {

	@CanExecute
	public boolean canExecute(@Optional RegistryAccess access, @Optional HazardService service) {
		return access != null && access.canWrite() && service != null;
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, RegistryAccess access, HazardService service, EPartService parts, EModelService models,
			MApplication application, IEventBroker events) {
		RegisterHazardDialog dialog = new RegisterHazardDialog(shell, access);
		if (dialog.open() != Window.OK) {
			return;
		}
		Hazard entered = dialog.hazard();
		String mineId = dialog.mineId();
		Job job = Job.create(Messages.register_job, monitor -> {
			try {
				Mine mine = access.registry().load(access.actor(), Mine.class, mineId);
				entered.setMine(mine);
				entered.setOwner(mine.getOwner()); // the regulator that supervises the mine follows the hazard up
				Hazard registered = service.register(access.actor(), ModelText.locale(), entered, Messages.register_reason);
				shell.getDisplay().asyncExec(() -> {
					events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.register_done, mine.getName()));
					Editors.open(parts, models, application, HazardParts.EDITOR, registered.getId(), registered.getNumber());
				});
				return Status.OK_STATUS;
			} catch (LifecycleException | StoreException e) {
				events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.register_failed, e.getMessage()));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}
}
