package org.minewatch.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window > Navigator: brings the navigator back after it was closed or hidden. */
public class ShowNavigatorHandler {

	public static final String NAVIGATOR_PART_ID = "org.minewatch.app.part.navigator"; //$NON-NLS-1$

	@Execute
	public void execute(EPartService parts) {
		parts.showPart(NAVIGATOR_PART_ID, PartState.ACTIVATE);
	}
}
