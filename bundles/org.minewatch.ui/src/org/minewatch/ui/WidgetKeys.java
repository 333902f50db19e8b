package org.minewatch.ui;

import org.eclipse.swt.widgets.Widget;

/** Names widgets for UI tests with the key SWTBot uses (see org.minewatch.app's WidgetKeys). */
public final class WidgetKeys {

	public static final String KEY = "org.eclipse.swtbot.widget.key"; //$NON-NLS-1$

	public static final String NAVIGATOR_FILTER = "org.minewatch.registry.navigator.filter"; //$NON-NLS-1$
	public static final String NAVIGATOR_TREE = "org.minewatch.registry.navigator.tree"; //$NON-NLS-1$
	public static final String NAVIGATOR_NOTICE = "org.minewatch.registry.navigator.notice"; //$NON-NLS-1$
	public static final String EDITOR_NOTICE = "org.minewatch.registry.editor.notice"; //$NON-NLS-1$
	public static final String EDITOR_PROBLEMS = "org.minewatch.registry.editor.problems"; //$NON-NLS-1$
	public static final String CONFLICT_TABLE = "org.minewatch.registry.conflict.table"; //$NON-NLS-1$
	public static final String PICK_FILTER = "org.minewatch.registry.pick.filter"; //$NON-NLS-1$
	public static final String PICK_LIST = "org.minewatch.registry.pick.list"; //$NON-NLS-1$

	/** The key of a field's input widget: "field.Mine.name". */
	public static String field(org.eclipse.emf.ecore.EStructuralFeature feature) {
		return "field." + feature.getEContainingClass().getName() + "." + feature.getName(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The key of the label under a field that says what is wrong with it. */
	public static String problem(org.eclipse.emf.ecore.EStructuralFeature feature) {
		return field(feature) + ".problem"; //$NON-NLS-1$
	}

	/** The key of a list section's table, or of one of its buttons ("add", "edit", "remove"). */
	public static String section(org.eclipse.emf.ecore.EStructuralFeature feature, String part) {
		return "section." + feature.getEContainingClass().getName() + "." + feature.getName() + "." + part; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public static <W extends Widget> W name(W widget, String key) {
		widget.setData(KEY, key);
		return widget;
	}

	private WidgetKeys() {
	}
}
