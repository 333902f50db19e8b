package org.minewatch.ui.editors;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.minewatch.ui.ModelText;

/**
 * A drop-down of the values a field may take (an enum's literals, the provinces, the counties of
 * the mine's province), with an empty first entry when the field is optional. The choices are
 * asked for again at each refresh, so they follow the fields they depend on.
 */
final class ChoiceField extends FieldBinding {

	private final Supplier<List<?>> choices;
	private final Function<Object, String> label;
	private final List<Object> shown = new ArrayList<>();
	private Combo combo;

	ChoiceField(EObject owner, EStructuralFeature feature, FieldWriter writer, Supplier<List<?>> choices, Function<Object, String> label) {
		super(owner, feature, writer);
		this.choices = choices;
		this.label = label;
	}

	/** The literals of an enum-typed field, in the model's language. */
	static ChoiceField forEnum(EObject owner, EStructuralFeature feature, FieldWriter writer) {
		EEnum type = (EEnum) feature.getEType();
		List<Object> literals = type.getELiterals().stream().map(EEnumLiteral::getInstance).map(Object.class::cast).toList();
		return new ChoiceField(owner, feature, writer, () -> literals, value -> ModelText.literal(type, ((org.eclipse.emf.common.util.Enumerator) value)));
	}

	@Override
	Control createInput(Composite parent) {
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setVisibleItemCount(20);
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			if (index >= 0 && index < shown.size() && shown.get(index) != owner.eGet(feature)) {
				write(shown.get(index), false);
			}
		});
		return combo;
	}

	@Override
	void refresh() {
		if (combo == null || combo.isDisposed()) {
			return;
		}
		List<Object> now = new ArrayList<>();
		if (!feature.isRequired()) {
			now.add(null);
		}
		now.addAll(choices.get());
		Object value = owner.eGet(feature);
		if (value != null && !now.contains(value)) {
			now.add(value); // a value from before the choices changed stays visible until changed
		}
		if (!now.equals(shown)) {
			shown.clear();
			shown.addAll(now);
			combo.setItems(now.stream().map(v -> v == null ? "" : label.apply(v)).toArray(String[]::new)); //$NON-NLS-1$
		}
		combo.select(shown.indexOf(value));
	}
}
