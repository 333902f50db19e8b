package org.minewatch.app.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.minewatch.desk.ShellContract;

/** Window > Navigator: brings back the navigator (the part tagged as such) after it was closed or hidden. */
public class ShowNavigatorHandler {

	@CanExecute
	public boolean canExecute(MApplication application, EModelService models) {
		return !navigators(application, models).isEmpty();
	}

	@Execute
	public void execute(MApplication application, EModelService models, EPartService parts) {
		navigators(application, models).stream().findFirst().ifPresent(part -> parts.showPart(part, PartState.ACTIVATE));
	}

	private static List<MPart> navigators(MApplication application, EModelService models) {
		return models.findElements(application, null, MPart.class, List.of(ShellContract.NAVIGATOR_TAG));
	}
}
