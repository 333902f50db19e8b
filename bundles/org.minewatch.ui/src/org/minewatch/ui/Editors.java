package org.minewatch.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens a record's editor in the editor area, or brings it forward if it is open. The record's id
 * is kept in the part's persisted state, so an editor open at exit opens again at the next start.
 * Shows the single parts of the areas (boards, dashboards) in the same place.
 */
public final class Editors {

	/** The persisted-state key of the record an editor shows. */
	public static final String RECORD_ID = "recordId"; //$NON-NLS-1$
	private static final String EDITOR_STACK = "org.minewatch.app.partstack.editors"; //$NON-NLS-1$

	public static MPart open(EPartService parts, EModelService models, MApplication application, String editor, String recordId, String label) {
		for (MPart part : parts.getParts()) {
			if (editor.equals(part.getElementId()) && recordId.equals(part.getPersistedState().get(RECORD_ID))) {
				parts.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = parts.createPart(editor);
		part.getPersistedState().put(RECORD_ID, recordId);
		if (label != null) {
			part.setLabel(label);
		}
		if (models.find(EDITOR_STACK, application) instanceof MPartStack stack) {
			stack.getChildren().add(part);
		}
		return parts.showPart(part, PartState.ACTIVATE);
	}

	/**
	 * Shows the one part of a descriptor (a board, a dashboard) in the editor area, creating it the first time. A part a
	 * layout fragment places (the dashboard a new layout opens with) carries the descriptor's id as a tag: its own
	 * elementId differs, since the workbench skips a fragment element whose id the model already has.
	 */
	public static MPart show(EPartService parts, EModelService models, MApplication application, String descriptor) {
		MPart part = parts.findPart(descriptor);
		if (part == null) {
			part = models.findElements(application, null, MPart.class, List.of(descriptor)).stream().findFirst().orElse(null);
		}
		if (part == null) {
			part = parts.createPart(descriptor);
			if (models.find(EDITOR_STACK, application) instanceof MPartStack stack) {
				stack.getChildren().add(part);
			}
		}
		return parts.showPart(part, PartState.ACTIVATE);
	}

	private Editors() {
	}
}
