package org.minewatch.app.handlers;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.minewatch.desk.Undoable;

/** Edit > Undo: undoes the last change in the active part, if it keeps an undo history. */
public class UndoHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return undoable(part) != null && allowed(undoable(part));
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		Undoable undoable = undoable(part);
		if (undoable != null && allowed(undoable)) {
			run(undoable);
		}
	}

	boolean allowed(Undoable undoable) {
		return undoable.canUndo();
	}

	void run(Undoable undoable) {
		undoable.undo();
	}

	private static Undoable undoable(MPart part) {
		return part != null && part.getObject() instanceof Undoable undoable ? undoable : null;
	}
}
