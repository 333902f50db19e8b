package org.minewatch.app.handlers;

import org.minewatch.desk.Undoable;

/** Edit > Redo: redoes the last undone change in the active part. */
public class RedoHandler extends UndoHandler {

	@Override
	boolean allowed(Undoable undoable) {
		return undoable.canRedo();
	}

	@Override
	void run(Undoable undoable) {
		undoable.redo();
	}
}
