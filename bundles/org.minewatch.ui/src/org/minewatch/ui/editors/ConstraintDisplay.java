package org.minewatch.ui.editors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Label;
import org.minewatch.model.validation.ModelValidator;
import org.minewatch.ui.internal.Messages;
import org.minewatch.ui.ModelText;

/**
 * Runs the model's constraints on a record and shows each problem at the field whose object and
 * feature it names; problems of what has no field (a row of a list) go to a label above the form.
 */
final class ConstraintDisplay {

	private final ModelValidator validator = new ModelValidator(ModelText.locale());
	private final Label elsewhere;

	ConstraintDisplay(Label elsewhere) {
		this.elsewhere = elsewhere;
	}

	/** Shows the problems of {@code record}; true if it has any. */
	boolean show(EObject record, List<FieldBinding> fields) {
		Diagnostic result = validator.validate(record);
		List<String> unplaced = new ArrayList<>();
		Map<FieldBinding, String> placed = new HashMap<>();
		for (Diagnostic problem : result.getChildren()) {
			List<?> data = problem.getData();
			FieldBinding field = data.size() >= 2 && data.get(0) instanceof EObject object && data.get(1) instanceof EStructuralFeature feature
					? fields.stream().filter(f -> f.binds(object, feature)).findFirst().orElse(null) : null;
			if (field != null) {
				placed.merge(field, message(problem), (a, b) -> a + "\n" + b); //$NON-NLS-1$
			} else {
				unplaced.add(message(problem));
			}
		}
		fields.forEach(f -> f.modelProblem(placed.get(f)));
		boolean any = !unplaced.isEmpty();
		elsewhere.setText(any ? String.join("\n", unplaced) : ""); //$NON-NLS-1$ //$NON-NLS-2$
		((GridData) elsewhere.getLayoutData()).exclude = !any;
		elsewhere.setVisible(any);
		return result.getSeverity() >= Diagnostic.ERROR;
	}

	/** EMF's own checks speak English; the one a person meets here, a required field left empty, is said in their language. */
	private static String message(Diagnostic problem) {
		if (EObjectValidator.DIAGNOSTIC_SOURCE.equals(problem.getSource()) && problem.getCode() == EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS
				&& problem.getData().size() >= 2 && problem.getData().get(1) instanceof EStructuralFeature feature) {
			return NLS.bind(Messages.field_requiredNamed, ModelText.feature(feature));
		}
		return problem.getMessage();
	}
}
