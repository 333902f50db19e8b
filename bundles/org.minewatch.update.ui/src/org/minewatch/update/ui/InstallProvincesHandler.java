package org.minewatch.update.ui;

import java.net.URI;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.update.Updates;
import org.minewatch.update.ui.internal.Messages;

/** Help > Install Provincial Plugins: the Provinces category of the configured update site, the chosen ones installed. */
public class InstallProvincesHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IWorkbench workbench) {
		UpdateFlow flow = new UpdateFlow(shell);
		URI site = flow.site();
		if (site == null) {
			return;
		}
		Updates updates = flow.withProgress(Messages.update_reading, monitor -> Updates.running());
		if (updates == null) {
			return;
		}
		List<Updates.Unit> offered = flow.withProgress(Messages.update_reading, monitor -> updates.provinces(site, monitor));
		if (offered == null) {
			return;
		}
		if (offered.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.update_title, NLS.bind(Messages.update_noProvinces, site));
			return;
		}
		ProvincesDialog dialog = new ProvincesDialog(shell, offered, updates.installed());
		if (dialog.open() != Window.OK || dialog.chosen().isEmpty()) {
			return;
		}
		List<String> chosen = dialog.chosen();
		Updates.Change change = flow.withProgress(Messages.update_checking, monitor -> updates.install(site, chosen, monitor));
		if (change == null) {
			return;
		}
		if (!change.possible()) {
			MessageDialog.openError(shell, Messages.update_title, NLS.bind(Messages.update_notDone, change.message()));
			return;
		}
		flow.perform(updates, change, workbench);
	}
}
