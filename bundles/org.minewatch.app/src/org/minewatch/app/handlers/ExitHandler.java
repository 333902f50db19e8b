package org.minewatch.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File > Exit (Ctrl+Q): asks about unsaved changes (the window's save handler), then closes the
 * workbench normally, which saves the person's layout.
 */
public class ExitHandler {
	@Execute
	public void execute(IWorkbench workbench, EPartService parts) {
		if (parts.saveAll(true)) {
			workbench.close();
		}
	}
}
