package org.minewatch.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.app.parts.DatabaseConnectionDialog;
import org.minewatch.store.connection.DesktopConnection;

/** File > Database connection. */
public class DatabaseConnectionHandler {
	@Execute
	public void execute(Shell shell) {
		new DatabaseConnectionDialog(shell, DesktopConnection.load()).open();
	}
}
