package org.minewatch.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.parts.ChangePasswordDialog;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.desk.ShellContract;

/** File > Change Password: only when this session is connected to a bureau's shared database (the own one has no password). */
public class ChangePasswordHandler {

	@CanExecute
	public boolean canExecute(@Optional DesktopDatabase database) {
		return database != null && database.canChangePassword();
	}

	@Execute
	public void execute(Shell shell, DesktopDatabase database, IEventBroker events) {
		ChangePasswordDialog dialog = new ChangePasswordDialog(shell, database);
		dialog.open();
		if (dialog.changed()) {
			events.post(ShellContract.STATUS_TOPIC, Messages.password_changed);
		}
	}
}
