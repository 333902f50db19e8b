package org.minewatch.registry.ui.editors;

import java.util.Objects;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.minewatch.registry.ui.internal.Messages;

/** A text field for a string, number or date: parsed as typed, each burst of typing one change. */
final class TextField extends FieldBinding {

	private Text text;
	/** True while the widget is set from the model, which is no typing. */
	private boolean refreshing;

	TextField(EObject owner, EStructuralFeature feature, FieldWriter writer) {
		super(owner, feature, writer);
	}

	@Override
	Control createInput(Composite parent) {
		text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.addModifyListener(e -> {
			if (!refreshing) {
				typed(text.getText());
			}
		});
		text.addListener(SWT.FocusOut, e -> writer.endTyping());
		return text;
	}

	private void typed(String input) {
		Object value;
		try {
			value = parse(input);
		} catch (RuntimeException e) {
			inputProblem(NLS.bind(Messages.field_unreadable, example()));
			return;
		}
		inputProblem(null);
		if (!Objects.equals(value, owner.eGet(feature))) {
			write(value, true);
		}
	}

	private Object parse(String input) {
		if (input.isBlank()) {
			return null;
		}
		EDataType type = (EDataType) feature.getEType();
		if (type.getInstanceClass() == String.class) {
			return input;
		}
		return EcoreUtil.createFromString(type, input.strip());
	}

	private String example() {
		Class<?> type = feature.getEType().getInstanceClass();
		if (type == java.time.LocalDate.class) {
			return Messages.field_exampleDate;
		} else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return Messages.field_exampleNumber;
		}
		return ""; //$NON-NLS-1$
	}

	@Override
	void refresh() {
		if (writing || text == null || text.isDisposed()) {
			return;
		}
		Object value = owner.eGet(feature);
		String shown = value == null ? "" : EcoreUtil.convertToString((EDataType) feature.getEType(), value); //$NON-NLS-1$
		if (hasInputProblem() && Objects.equals(value, safeParse(text.getText()))) {
			return;
		}
		if (!shown.equals(text.getText())) {
			refreshing = true;
			try {
				text.setText(shown);
			} finally {
				refreshing = false;
			}
			inputProblem(null);
		}
	}

	private Object safeParse(String input) {
		try {
			return parse(input);
		} catch (RuntimeException e) {
			return owner.eGet(feature);
		}
	}
}
