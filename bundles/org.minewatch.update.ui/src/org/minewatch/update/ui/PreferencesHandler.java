package org.minewatch.update.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.core.MinewatchException;
import org.minewatch.update.UpdateSite;
import org.minewatch.update.ui.internal.Messages;

/** Window > Preferences: the update site this installation updates from and installs provincial plugins from. */
public class PreferencesHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		java.net.URI current = UpdateSite.get();
		InputDialog dialog = new InputDialog(shell, Messages.preferences_title, Messages.preferences_site, current == null ? "" : current.toString(), //$NON-NLS-1$
				text -> {
					try {
						UpdateSite.parse(text);
						return null;
					} catch (MinewatchException e) {
						return e.getMessage();
					}
				});
		if (dialog.open() == Window.OK) {
			try {
				UpdateSite.set(dialog.getValue());
			} catch (MinewatchException e) {
				MessageDialog.openError(shell, Messages.preferences_title, NLS.bind(Messages.update_failed, e.getMessage()));
			}
		}
	}
}
