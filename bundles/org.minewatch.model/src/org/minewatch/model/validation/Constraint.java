package org.minewatch.model.validation;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One invariant of the model: the type it applies to, the field a failure is reported at, and a
 * check that returns null when the object satisfies it, or the arguments of its message.
 *
 * @param code    stable id; also the message key in messages*.properties
 * @param type    the objects it applies to
 * @param feature the field a failure is shown at
 * @param check   null when satisfied, else the message arguments after the object's label
 */
public record Constraint<T extends EObject>(String code, Class<T> type, EStructuralFeature feature, Function<T, Object[]> check) {

	/** The message arguments of a failure on {@code object}, or null; objects of other types pass. */
	Object[] violation(EObject object) {
		return type.isInstance(object) ? check.apply(type.cast(object)) : null;
	}
}
