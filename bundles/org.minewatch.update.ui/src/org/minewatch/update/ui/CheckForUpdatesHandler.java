package org.minewatch.update.ui;

import java.net.URI;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.update.Updates;
import org.minewatch.update.ui.internal.Messages;

/** Help > Check for Updates: everything installed, to the newest the configured update site has. */
public class CheckForUpdatesHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, IWorkbench workbench) {
		UpdateFlow flow = new UpdateFlow(shell);
		URI site = flow.site();
		if (site == null) {
			return;
		}
		Updates updates = flow.withProgress(Messages.update_checking, monitor -> Updates.running());
		if (updates == null) {
			return;
		}
		Updates.Change change = flow.withProgress(Messages.update_checking, monitor -> updates.update(site, monitor));
		if (change == null) {
			return;
		}
		if (change.nothingToUpdate()) {
			MessageDialog.openInformation(shell, Messages.update_title, Messages.update_nothing);
		} else if (!change.possible()) {
			MessageDialog.openError(shell, Messages.update_title, NLS.bind(Messages.update_notDone, change.message()));
		} else {
			flow.perform(updates, change, workbench);
		}
	}
}
