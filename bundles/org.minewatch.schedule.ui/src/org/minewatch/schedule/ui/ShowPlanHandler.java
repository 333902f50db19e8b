package org.minewatch.schedule.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.minewatch.ui.Editors;

/** Scheduling > Quarterly Plan: shows the plan view. */
public class ShowPlanHandler {

	public static final String PART = "org.minewatch.schedule.ui.partdescriptor.plan"; //$NON-NLS-1$

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		Editors.show(parts, models, application, PART);
	}
}
