package org.minewatch.ui.editors;

import static org.minewatch.ui.WidgetKeys.name;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.WidgetKeys;

/**
 * One field of a form: its label (with * when required), the widget that edits the value, and under
 * it the problem with the value, if any: that the input cannot be read (a malformed number or date),
 * or what the model's constraints say about it. Lays itself out in two columns of the parent's grid.
 */
abstract class FieldBinding {

	final EObject owner;
	final EStructuralFeature feature;
	final FieldWriter writer;
	private Control input;
	private Label problem;
	private String inputProblem;
	private String modelProblem;
	/** True while this binding writes the model, so that the refresh that follows leaves the widget alone. */
	boolean writing;
	/** Lays the form out again when a problem appears or goes (the field grows or shrinks). */
	private Runnable relayout = () -> {
	};

	FieldBinding(EObject owner, EStructuralFeature feature, FieldWriter writer) {
		this.owner = owner;
		this.feature = feature;
		this.writer = writer;
	}

	final void create(Composite grid) {
		Label label = new Label(grid, SWT.NONE);
		label.setText(ModelText.feature(feature) + (feature.isRequired() ? " *" : "")); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(label);
		Composite cell = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(cell);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(cell);
		input = name(createInput(cell), WidgetKeys.field(feature));
		GridDataFactory.fillDefaults().grab(true, false).hint(260, heightHint()).applyTo(input);
		problem = name(new Label(cell, SWT.WRAP), WidgetKeys.problem(feature));
		problem.setForeground(new Color(grid.getDisplay(), 190, 0, 0));
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).exclude(true).applyTo(problem);
		problem.setVisible(false);
		refresh();
	}

	/** The widget that edits the value (focused first when the editor opens). */
	final Control input() {
		return input;
	}

	/** The widget that edits the value, a child of {@code parent}. */
	abstract Control createInput(Composite parent);

	/** The input's height (SWT.DEFAULT: its own). */
	int heightHint() {
		return SWT.DEFAULT;
	}

	/** Shows the model's value (after an undo, a redo, a reload), unless this binding just wrote it. */
	abstract void refresh();

	/** Writes a value read from the widget. */
	final void write(Object value, boolean typing) {
		writing = true;
		try {
			writer.set(owner, feature, value, typing);
		} finally {
			writing = false;
		}
	}

	/** The input cannot be read (null: it can); shown before any model problem. */
	final void inputProblem(String message) {
		inputProblem = message;
		showProblem();
	}

	final boolean hasInputProblem() {
		return inputProblem != null;
	}

	/** What the model's constraints say about the value (null: nothing). */
	final void modelProblem(String message) {
		modelProblem = message;
		showProblem();
	}

	private void showProblem() {
		if (problem == null || problem.isDisposed()) {
			return;
		}
		String shown = inputProblem != null ? inputProblem : modelProblem;
		boolean visible = shown != null;
		problem.setText(visible ? shown : ""); //$NON-NLS-1$
		if (problem.isVisible() != visible) {
			((org.eclipse.swt.layout.GridData) problem.getLayoutData()).exclude = !visible;
			problem.setVisible(visible);
			// the form's own layout: a requestLayout would lay out the whole window, and e4's sash layout
			// hides (and so unfocuses) the field being typed in on the way
			relayout.run();
		}
	}

	void whenResized(Runnable layout) {
		this.relayout = layout;
	}

	boolean binds(EObject object, EStructuralFeature f) {
		return object == owner && f == feature;
	}
}
