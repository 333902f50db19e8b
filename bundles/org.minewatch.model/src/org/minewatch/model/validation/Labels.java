package org.minewatch.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** A short label that tells a person which object a message is about: its name, number or title, else its id. */
final class Labels {

	private static final String[] NAMING_FEATURES = { "name", "number", "title", "code", "subject", "description", "username", "id" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

	static String of(EObject object) {
		for (String name : NAMING_FEATURES) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
			if (feature != null && object.eGet(feature) instanceof String value && !value.isBlank()) {
				return value.length() > 40 ? value.substring(0, 40) + "…" : value; //$NON-NLS-1$
			}
		}
		return "?"; //$NON-NLS-1$
	}

	private Labels() {
	}
}
