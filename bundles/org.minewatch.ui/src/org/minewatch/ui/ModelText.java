package org.minewatch.ui;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minewatch.model.edit.provider.MinewatchEditPlugin;
import org.minewatch.model.jurisdiction.Jurisdiction;

/**
 * The model's labels in the person's language, from the edit bundle (plugin_en / plugin_zh), which
 * names every class, field and enum literal; and division names (Chinese, or English under -nl en).
 */
public final class ModelText {

	public static String type(EClass type) {
		return MinewatchEditPlugin.INSTANCE.getString("_UI_" + type.getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static String feature(EStructuralFeature feature) {
		return MinewatchEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public static String literal(EEnum type, String literalName) {
		return MinewatchEditPlugin.INSTANCE.getString("_UI_" + type.getName() + "_" + literalName + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public static String literal(EEnum type, Enumerator literal) {
		return literal == null ? "" : literal(type, literal.getName()); //$NON-NLS-1$
	}

	public static String division(Jurisdiction division) {
		if (division == null) {
			return ""; //$NON-NLS-1$
		}
		return !chinese() && division.getNameEn() != null && !division.getNameEn().isBlank() ? division.getNameEn() : division.getName();
	}

	/** "山西省 › 大同市 › 左云县": a division with the divisions above it, below the nation. */
	public static String divisionPath(Jurisdiction division) {
		StringBuilder path = new StringBuilder(division(division));
		for (Jurisdiction up = division.getParent(); up != null && up.getParent() != null; up = up.getParent()) {
			path.insert(0, division(up) + " \u203a "); //$NON-NLS-1$
		}
		return path.toString();
	}

	/** A vocabulary term's label in the person's language (Chinese when it has no English one). */
	public static String term(org.minewatch.model.base.Term term) {
		if (term == null) {
			return ""; //$NON-NLS-1$
		}
		return !chinese() && term.getLabelEn() != null && !term.getLabelEn().isBlank() ? term.getLabelEn() : term.getLabelZh();
	}

	public static boolean chinese() {
		String nl = Platform.getNL();
		return (nl == null ? Locale.getDefault().getLanguage() : nl).startsWith("zh"); //$NON-NLS-1$
	}

	public static Locale locale() {
		String nl = Platform.getNL();
		return nl == null ? Locale.getDefault() : Locale.forLanguageTag(nl.replace('_', '-'));
	}

	private ModelText() {
	}
}
