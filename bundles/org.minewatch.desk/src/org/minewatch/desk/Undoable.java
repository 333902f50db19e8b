package org.minewatch.desk;

/**
 * A part whose changes can be undone and redone (an editor over an EMF command stack): Edit > Undo
 * (Ctrl+Z) and Edit > Redo (Ctrl+Y) act on the active part when it is one.
 */
public interface Undoable {

	boolean canUndo();

	void undo();

	boolean canRedo();

	void redo();
}
