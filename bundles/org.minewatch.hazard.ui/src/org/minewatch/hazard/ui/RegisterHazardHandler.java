package org.minewatch.hazard.ui;

import jakarta.inject.Named;

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
import org.minewatch.desk.Acting;
import org.minewatch.desk.ShellContract;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.registry.Registry;
import org.minewatch.ui.Editors;

/**
 * Hazards > Register a Hazard: a hazard found outside an inspection (on a patrol, from a report, by a
 * monitoring alarm) entered by hand; registered by the hazard service (which gives it to the mine's regulator and
 * marks it as a repeat when it matches a closed one) and opened in its editor to fill in the rest.
 */
public class RegisterHazardHandler {

	@CanExecute
	public boolean canExecute(@Optional Registry registry, @Optional HazardService service, @Optional Acting acting) {
		return registry != null && service != null && acting != null && acting.canWrite();
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Registry registry, HazardService service, Acting acting, EPartService parts,
			EModelService models, MApplication application, IEventBroker events) {
		RegisterHazardDialog dialog = new RegisterHazardDialog(shell, registry, service, acting.actor());
		if (dialog.open() != Window.OK || dialog.registered() == null) {
			return;
		}
		Hazard registered = dialog.registered();
		events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.register_done, dialog.mineName()));
		Editors.open(parts, models, application, HazardParts.EDITOR, registered.getId(), registered.getNumber());
	}
}
