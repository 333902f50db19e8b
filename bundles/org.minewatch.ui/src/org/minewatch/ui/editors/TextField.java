package org.minewatch.ui.editors;

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
import org.minewatch.ui.internal.Messages;

/** A text field for a string, number or date: parsed as typed, each burst of typing one change. */
final class TextField extends FieldBinding {

	private Text text;
	/** True while the widget is set from the model, which is no typing. */
	private boolean refreshing;

	/** Lines shown: 1 for a one-line field, more for a text that runs to paragraphs (measures, a plan). */
	private final int lines;

	TextField(EObject owner, EStructuralFeature feature, FieldWriter writer) {
		this(owner, feature, writer, 1);
	}

	TextField(EObject owner, EStructuralFeature feature, FieldWriter writer, int lines) {
		super(owner, feature, writer);
		this.lines = lines;
	}

	@Override
	Control createInput(Composite parent) {
		text = new Text(parent, lines > 1 ? SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.BORDER | SWT.SINGLE);
		if (lines > 1) {
			// Tab leaves the field, as in every other field of the form; a text area would take it as a character
			text.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
		}
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
	int heightHint() {
		return lines > 1 ? text.getLineHeight() * lines : SWT.DEFAULT;
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
