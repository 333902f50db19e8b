package org.minewatch.ui.editors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/** How a field's widget writes its value: through an editing domain's command stack, or straight into an object (dialogs). */
interface FieldWriter {

	/**
	 * Sets the value; {@code typing} means the value comes from a keystroke in a text field, so
	 * that consecutive keystrokes in one field become one change to undo.
	 */
	void set(EObject owner, EStructuralFeature feature, Object value, boolean typing);

	/** The person left the field: the next keystroke starts a new change. */
	void endTyping();

	/** Writes through the editing domain's command stack (undo and redo). */
	static FieldWriter commands(EditingDomain domain) {
		return new FieldWriter() {
			private Command typed;

			@Override
			public void set(EObject owner, EStructuralFeature feature, Object value, boolean typing) {
				CommandStack stack = domain.getCommandStack();
				if (typing && typed != null && stack.getUndoCommand() == typed && typed.getAffectedObjects().contains(owner)
						&& ((SetCommand) typed).getFeature() == feature) {
					// one change per burst of typing: replace the burst's command, which restores the value from before it
					stack.undo();
				}
				Command command = SetCommand.create(domain, owner, feature, value == null ? SetCommand.UNSET_VALUE : value);
				stack.execute(command);
				typed = typing && command instanceof SetCommand ? command : null;
			}

			@Override
			public void endTyping() {
				typed = null;
			}
		};
	}

	/** Writes straight into the object (a dialog's working copy). */
	static FieldWriter direct() {
		return new FieldWriter() {
			@Override
			public void set(EObject owner, EStructuralFeature feature, Object value, boolean typing) {
				if (value == null) {
					owner.eUnset(feature);
				} else {
					owner.eSet(feature, value);
				}
			}

			@Override
			public void endTyping() {
				// nothing to group
			}
		};
	}
}
