package org.minewatch.ui.editors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A check box for a yes/no field. */
final class CheckField extends FieldBinding {

	private Button check;

	CheckField(EObject owner, EStructuralFeature feature, FieldWriter writer) {
		super(owner, feature, writer);
	}

	@Override
	Control createInput(Composite parent) {
		check = new Button(parent, SWT.CHECK);
		check.addListener(SWT.Selection, e -> write(check.getSelection(), false));
		return check;
	}

	@Override
	void refresh() {
		if (check != null && !check.isDisposed()) {
			check.setSelection(Boolean.TRUE.equals(owner.eGet(feature)));
		}
	}
}
