package org.minewatch.core;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.minewatch.model.validation.ModelValidator;

/**
 * The model's constraints as a service checks them before it writes: a record that breaks one is refused with the
 * constraint's code and every broken constraint's message, in the person's language, whichever client sent it.
 */
public final class Validity {

	/** Refuses {@code record} with a {@link MinewatchException} when a constraint of the model does not hold for it. */
	public static void require(EObject record, Locale locale) {
		List<Diagnostic> errors = errors(record, locale);
		if (!errors.isEmpty()) {
			String code = String.valueOf(errors.get(0).getData().size() > 2 ? errors.get(0).getData().get(2) : "model"); //$NON-NLS-1$
			throw new MinewatchException(code, String.join("; ", errors.stream().map(Diagnostic::getMessage).toList())); //$NON-NLS-1$
		}
	}

	/** The constraints {@code record} breaks, as the validator words them; empty when it is valid. */
	public static List<Diagnostic> errors(EObject record, Locale locale) {
		return new ModelValidator(locale).validate(record).getChildren().stream()
				.filter(d -> ModelValidator.SOURCE.equals(d.getSource()) && d.getSeverity() >= Diagnostic.ERROR).toList();
	}

	private Validity() {
	}
}
