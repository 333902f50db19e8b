package org.minewatch.ui.editors;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.ui.internal.Messages;
import org.minewatch.ui.ModelText;

/**
 * Edits one row of a list (a status change, a classification, a licence, an area) on a working
 * copy: a field per attribute; OK once every required field has a readable value.
 */
final class RowDialog extends Dialog {

	private final EObject row;
	private final String title;
	private final List<FieldBinding> fields = new ArrayList<>();

	RowDialog(Shell parent, EObject row, String title) {
		super(parent);
		this.row = row;
		this.title = title;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		FieldWriter writer = new FieldWriter() {
			private final FieldWriter direct = FieldWriter.direct();

			@Override
			public void set(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature, Object value, boolean typing) {
				direct.set(owner, feature, value, typing);
				updateOk();
			}

			@Override
			public void endTyping() {
				// nothing to group
			}
		};
		for (EAttribute attribute : row.eClass().getEAllAttributes()) {
			if (attribute.isID() || attribute.isDerived() || attribute.isTransient() || attribute.isMany()) {
				continue; // ids are given, not typed
			}
			FieldBinding field = attribute.getEType() instanceof EEnum ? ChoiceField.forEnum(row, attribute, writer)
					: attribute.getEType().getInstanceClass() == boolean.class ? new CheckField(row, attribute, writer) : new TextField(row, attribute, writer);
			field.whenResized(this::fit);
			field.create(area);
			fields.add(field);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.button_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.button_cancel, false);
		updateOk();
	}

	private void updateOk() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		boolean complete = true;
		for (FieldBinding field : fields) {
			boolean missing = field.feature.isRequired() && !row.eIsSet(field.feature);
			field.modelProblem(missing ? Messages.field_required : null);
			complete &= !missing && !field.hasInputProblem();
		}
		getButton(IDialogConstants.OK_ID).setEnabled(complete);
	}

	/** Grows the dialog when a field's problem appears, so the message is never cut off. */
	private void fit() {
		if (getShell() == null || !getShell().isVisible()) {
			return; // still being built: its first size is computed from its contents when it opens
		}
		org.eclipse.swt.graphics.Point wanted = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT);
		org.eclipse.swt.graphics.Point now = getShell().getSize();
		getShell().setSize(Math.max(now.x, wanted.x), Math.max(now.y, wanted.y));
		getShell().layout(true, true);
	}

	static String titleFor(EObject row, boolean adding) {
		return (adding ? Messages.list_addTitle : Messages.list_editTitle) + " " + ModelText.type(row.eClass()); //$NON-NLS-1$
	}

	@Override
	protected int getShellStyle() {
		return super.getShellStyle() | SWT.RESIZE;
	}
}
