package org.minewatch.model.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Validates model objects: EMF's structural checks (multiplicities, required fields) plus the
 * Minewatch invariants of {@link Constraints}, each failure an error that names the object and the
 * field, in the locale given. Self-contained: it does not rely on the global validator registry,
 * so it behaves the same in the suite, in headless commands and in tests.
 */
public final class ModelValidator implements EValidator {

	public static final String SOURCE = "org.minewatch.model"; //$NON-NLS-1$
	private static final String MESSAGES = "org.minewatch.model.validation.messages"; //$NON-NLS-1$

	private final List<Constraint<?>> constraints;
	private final ResourceBundle messages;

	public ModelValidator(Locale locale) {
		this(Constraints.ALL, locale);
	}

	public ModelValidator(List<Constraint<?>> constraints, Locale locale) {
		this.constraints = List.copyOf(constraints);
		// no fallback to the JVM's default locale: English is the base bundle, whatever the machine's language
		this.messages = ResourceBundle.getBundle(MESSAGES, locale, ModelValidator.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** Validates {@code root} and everything it contains. */
	public Diagnostic validate(EObject root) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		EValidator composed = new EValidator() {
			@Override
			public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
				return validate(object.eClass(), object, diagnostics, context);
			}

			@Override
			public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
				boolean structural = EObjectValidator.INSTANCE.validate(eClass, object, diagnostics, context);
				return ModelValidator.this.validate(eClass, object, diagnostics, context) && structural;
			}

			@Override
			public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
				return EObjectValidator.INSTANCE.validate(dataType, value, diagnostics, context);
			}
		};
		for (EPackage ePackage : ModelPackages.ALL) {
			registry.put(ePackage, composed);
		}
		return new Diagnostician(registry).validate(root);
	}

	@Override
	public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(object.eClass(), object, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		for (Constraint<?> constraint : constraints) {
			Object[] violation = constraint.violation(object);
			if (violation != null) {
				valid = false;
				if (diagnostics != null) {
					diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0, message(constraint, object, violation),
							new Object[] { object, constraint.feature(), constraint.code() }));
				}
			}
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/** "<type> «<label>», <field>: <what is wrong>" in the validator's locale. */
	String message(Constraint<?> constraint, EObject object, Object[] arguments) {
		List<Object> localized = new ArrayList<>();
		for (Object argument : arguments) {
			if (argument instanceof Field field) {
				localized.add(text("field." + field.key())); //$NON-NLS-1$
			} else if (argument instanceof Constraints.FieldList list) {
				localized.add(String.join(text("separator"), list.fields().stream().map(f -> text("field." + f.key())).toList())); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				localized.add(argument);
			}
		}
		String what = MessageFormat.format(text(constraint.code()), localized.toArray());
		String type = text("type." + object.eClass().getName()); //$NON-NLS-1$
		String field = text("field." + constraint.feature().getEContainingClass().getName() + "." + constraint.feature().getName()); //$NON-NLS-1$ //$NON-NLS-2$
		return MessageFormat.format(text("format"), type, Labels.of(object), field, what); //$NON-NLS-1$
	}

	private String text(String key) {
		return messages.containsKey(key) ? messages.getString(key) : key;
	}

	/** A field named in a message argument, shown with its localized label. */
	public record Field(String key) {
		@Override
		public String toString() {
			return key;
		}
	}
}
