package org.minewatch.ui.editors;

import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.minewatch.ui.internal.Messages;

/**
 * A reference picked from a searchable list, never typed (an enterprise, a parent group, a
 * division): the current value's name, a button that opens the picker, and one that clears it.
 */
final class PickField extends FieldBinding {

	private final Supplier<PickDialog<?>> picker;
	private final Function<Object, String> label;
	private Text shown;

	PickField(EObject owner, EStructuralFeature feature, FieldWriter writer, Supplier<PickDialog<?>> picker, Function<Object, String> label) {
		super(owner, feature, writer);
		this.picker = picker;
		this.label = label;
	}

	@Override
	Control createInput(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		shown = new Text(row, SWT.BORDER | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(shown);
		Button pick = new Button(row, SWT.PUSH);
		pick.setText(Messages.field_pick);
		pick.addListener(SWT.Selection, e -> {
			PickDialog<?> dialog = picker.get();
			if (dialog.open() == Window.OK && dialog.picked() != null) {
				write(dialog.picked(), false);
			}
		});
		Button clear = new Button(row, SWT.PUSH);
		clear.setText(Messages.field_clear);
		clear.setEnabled(!feature.isRequired());
		clear.addListener(SWT.Selection, e -> write(null, false));
		shown.addListener(SWT.KeyDown, e -> {
			if (e.character == SWT.CR || e.character == ' ') {
				pick.notifyListeners(SWT.Selection, null);
			}
		});
		return row;
	}

	@Override
	void refresh() {
		if (shown != null && !shown.isDisposed()) {
			Object value = owner.eGet(feature);
			shown.setText(value == null ? "" : label.apply(value)); //$NON-NLS-1$
		}
	}
}
