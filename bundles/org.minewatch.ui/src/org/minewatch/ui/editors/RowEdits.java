package org.minewatch.ui.editors;

import java.util.UUID;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.ui.internal.Messages;

/**
 * A row of a contained list added or edited in a {@link RowDialog}, as one change on the editor's command stack
 * (an edit works on a copy, so that Cancel leaves the row as it was).
 */
public final class RowEdits {

	/** Opens the dialog on a new row (its string id given at random); on OK adds it at {@code index} (or at the end). */
	public static boolean add(Shell shell, EditingDomain domain, EObject owner, EReference feature, EObject row, int index) {
		for (EAttribute attribute : row.eClass().getEAllAttributes()) {
			if (attribute.isID() && attribute.getEType().getInstanceClass() == String.class && row.eGet(attribute) == null) {
				row.eSet(attribute, UUID.randomUUID().toString());
			}
		}
		if (new RowDialog(shell, row, RowDialog.titleFor(row, true)).open() != Window.OK) {
			return false;
		}
		domain.getCommandStack().execute(AddCommand.create(domain, owner, feature, row, index));
		return true;
	}

	/** Opens the dialog on a copy of the row; on OK sets what changed. */
	public static boolean edit(Shell shell, EditingDomain domain, EObject row) {
		EObject copy = EcoreUtil.copy(row);
		if (new RowDialog(shell, copy, RowDialog.titleFor(copy, false)).open() != Window.OK) {
			return false;
		}
		CompoundCommand changes = new CompoundCommand(Messages.list_edit);
		for (EAttribute attribute : row.eClass().getEAllAttributes()) {
			Object value = copy.eGet(attribute);
			if (!attribute.isMany() && !java.util.Objects.equals(value, row.eGet(attribute))) {
				changes.append(SetCommand.create(domain, row, attribute, value == null ? SetCommand.UNSET_VALUE : value));
			}
		}
		if (!changes.isEmpty()) {
			domain.getCommandStack().execute(changes);
		}
		return true;
	}

	private RowEdits() {
	}
}
