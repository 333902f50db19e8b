package org.minewatch.ui.editors;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.core.MinewatchException;
import org.minewatch.ui.internal.Messages;

/**
 * A dialog that asks for a few fields: a title, a form laid out in a grid by the subclass, a line in red that says
 * what is missing or refused, and OK (named for what it does) and Cancel in the person's language. When OK needs the
 * store (planning an inspection, starting a template), {@link #finish} runs the service off the UI thread: the
 * dialog closes when it returns, and stays open with the refusal shown when it is refused.
 */
public abstract class FormDialog extends Dialog {

	/** The key of the problem line, for tests. */
	public static final String PROBLEM_KEY = "org.minewatch.ui.form.problem"; //$NON-NLS-1$

	private final String title;
	private final String okLabel;
	private Label problem;
	private boolean working;

	protected FormDialog(Shell parent, String title, String okLabel) {
		super(parent);
		this.title = title;
		this.okLabel = okLabel;
	}

	/** How many grid columns the form has (labels count as one). */
	protected abstract int columns();

	/** Lays out the fields in {@code form}. */
	protected abstract void createForm(Composite form);

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected final Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(columns()).applyTo(area);
		createForm(area);
		problem = name(new Label(area, SWT.WRAP), PROBLEM_KEY);
		problem.setForeground(new Color(190, 0, 0));
		GridDataFactory.fillDefaults().span(columns(), 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(problem);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, okLabel, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.button_cancel, false); // JFace has no Chinese labels of its own here
	}

	/** A label at the top left of its row (for fields taller than a line). */
	protected static Label label(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(label);
		return label;
	}

	/** A labelled text field spanning the rest of the row. */
	protected Text text(Composite form, String label, String key, int style) {
		label(form, label);
		Text text = name(new Text(form, style), key);
		GridDataFactory.fillDefaults().span(columns() - 1, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** A labelled read-only choice spanning the rest of the row. */
	protected Combo combo(Composite form, String label, String key) {
		label(form, label);
		Combo combo = name(new Combo(form, SWT.READ_ONLY), key);
		GridDataFactory.fillDefaults().span(columns() - 1, 1).grab(true, false).applyTo(combo);
		return combo;
	}

	/** Says what is missing or refused (null or empty: nothing), growing the dialog so the words show whole. */
	protected void problem(String text) {
		if (problem.isDisposed()) {
			return;
		}
		problem.setText(text == null ? "" : text); //$NON-NLS-1$
		Shell shell = getShell();
		org.eclipse.swt.graphics.Point wanted = shell.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		org.eclipse.swt.graphics.Point now = shell.getSize();
		if (shell.isVisible() && (wanted.x > now.x || wanted.y > now.y)) {
			shell.setSize(Math.max(now.x, wanted.x), Math.max(now.y, wanted.y));
		}
		shell.layout(true, true);
	}

	/** The problem line's text (for tests). */
	public String problem() {
		return problem.getText();
	}

	/**
	 * Runs {@code work} (a service call) in a background job named {@code job}, the buttons disabled meanwhile: when it
	 * returns, {@code done} gets its result on the UI thread and the dialog closes with OK; when it is refused, the
	 * refusal is shown and the dialog stays open.
	 */
	protected <T> void finish(String job, Supplier<T> work, Consumer<T> done) {
		if (working) {
			return;
		}
		working = true;
		enableButtons(false);
		Display display = getShell().getDisplay();
		Job running = Job.create(job, monitor -> {
			try {
				T result = work.get();
				display.asyncExec(() -> {
					working = false;
					if (getShell() != null && !getShell().isDisposed()) {
						done.accept(result);
						setReturnCode(OK);
						close();
					}
				});
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				ILog.of(FormDialog.class).info(title + " refused: " + e.logged()); //$NON-NLS-1$
				display.asyncExec(() -> refused(e.getMessage()));
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				ILog.of(FormDialog.class).error(title + " failed", e); //$NON-NLS-1$
				display.asyncExec(() -> refused(String.valueOf(e.getMessage())));
				return Status.error(String.valueOf(e.getMessage()), e);
			}
		});
		running.schedule();
	}

	/**
	 * Reads something the form offers (a list, a person) off the UI thread in a system job named {@code job}: the form
	 * shows it when it comes, or the reason it did not on the problem line.
	 */
	protected <T> void read(String job, Supplier<T> work, Consumer<T> show) {
		Display display = getParentShell().getDisplay();
		Job reading = Job.create(job, monitor -> {
			try {
				T value = work.get();
				display.asyncExec(() -> {
					if (getShell() != null && !getShell().isDisposed()) {
						show.accept(value);
					}
				});
			} catch (MinewatchException e) {
				display.asyncExec(() -> {
					if (getShell() != null && !getShell().isDisposed()) {
						problem(e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		});
		reading.setSystem(true);
		reading.schedule();
	}

	private void refused(String why) {
		working = false;
		if (getShell() != null && !getShell().isDisposed()) {
			enableButtons(true);
			problem(why);
		}
	}

	private void enableButtons(boolean enabled) {
		for (int id : new int[] { IDialogConstants.OK_ID, IDialogConstants.CANCEL_ID }) {
			Button button = getButton(id);
			if (button != null && !button.isDisposed()) {
				button.setEnabled(enabled);
			}
		}
	}

	/** True while {@link #finish} waits for its service. */
	public boolean isWorking() {
		return working;
	}
}
