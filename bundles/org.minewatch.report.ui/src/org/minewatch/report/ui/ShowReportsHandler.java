package org.minewatch.report.ui;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.minewatch.ui.Editors;

/** Reports > Reports and Due Dates: shows the reports part. */
public class ShowReportsHandler {

	/** The reports part's descriptor (fragment.e4xmi). */
	public static final String PART = "org.minewatch.report.ui.partdescriptor.reports"; //$NON-NLS-1$

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		Editors.show(parts, models, application, PART);
	}
}
