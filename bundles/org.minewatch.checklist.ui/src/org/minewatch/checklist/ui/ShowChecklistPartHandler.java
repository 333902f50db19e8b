package org.minewatch.checklist.ui;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.minewatch.ui.Editors;

/** Inspections > Inspections List and Checklist Templates: shows the view named by the command's parameter. */
public class ShowChecklistPartHandler {

	public static final String PART_PARAMETER = "org.minewatch.checklist.ui.commandparameter.part"; //$NON-NLS-1$

	@Execute
	public void execute(@Named(PART_PARAMETER) String part, EPartService parts, EModelService models, MApplication application) {
		Editors.show(parts, models, application, part);
	}
}
