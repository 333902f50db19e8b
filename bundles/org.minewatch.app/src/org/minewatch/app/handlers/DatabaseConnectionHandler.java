package org.minewatch.app.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.app.parts.DatabaseConnectionDialog;
import org.minewatch.core.DesktopDatabase;

/** File > Database connection. */
public class DatabaseConnectionHandler {

	@CanExecute
	public boolean canExecute(@Optional DesktopDatabase database) {
		return database != null;
	}

	@Execute
	public void execute(Shell shell, DesktopDatabase database) {
		new DatabaseConnectionDialog(shell, database).open();
	}
}
