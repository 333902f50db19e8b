package org.minewatch.app.parts;

import static org.minewatch.app.internal.WidgetKeys.name;

import java.util.Arrays;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;
import org.minewatch.core.DesktopDatabase;

/**
 * File > Change Password: the person's own password on the bureau's shared database. The repetition is compared here,
 * before anything is sent; the change runs in a job, and a refusal (a wrong current password, a weak new one) is shown
 * in the dialog, which stays open. The typed passwords are cleared once the job is done.
 */
public class ChangePasswordDialog extends Dialog {

	private final DesktopDatabase database;
	private Text current;
	private Text chosen;
	private Text repeated;
	private Label problem;
	private boolean changed;
	private boolean working;

	public ChangePasswordDialog(Shell parent, DesktopDatabase database) {
		super(parent);
		this.database = database;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.password_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		current = field(area, Messages.password_old, WidgetKeys.PASSWORD_OLD);
		chosen = field(area, Messages.password_new, WidgetKeys.PASSWORD_NEW);
		repeated = field(area, Messages.password_repeat, WidgetKeys.PASSWORD_REPEAT);
		Label rules = name(new Label(area, SWT.WRAP), WidgetKeys.PASSWORD_RULES);
		rules.setText(NLS.bind(Messages.password_rules, DesktopDatabase.PASSWORD_MINIMUM_LENGTH));
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(rules);
		problem = name(new Label(area, SWT.WRAP), WidgetKeys.PASSWORD_PROBLEM);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(problem);
		return area;
	}

	private static Text field(Composite parent, String label, String key) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = name(new Text(parent, SWT.BORDER | SWT.PASSWORD), key);
		GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void okPressed() {
		char[] old = current.getTextChars();
		char[] wanted = chosen.getTextChars();
		char[] again = repeated.getTextChars();
		try {
			if (old.length == 0 || wanted.length == 0) {
				show(Messages.password_empty);
				return;
			}
			if (!Arrays.equals(wanted, again)) {
				show(Messages.password_mismatch); // nothing is sent
				return;
			}
		} finally {
			Arrays.fill(again, '\0');
		}
		busy(true);
		show(Messages.password_changing);
		Display display = getShell().getDisplay();
		Job job = Job.create(Messages.password_changing, monitor -> {
			String refusal = null;
			try {
				database.changePassword(old, wanted);
			} catch (RuntimeException e) {
				refusal = e.getMessage() == null ? e.toString() : e.getMessage(); // a MinewatchException: in the person's language
			} finally {
				Arrays.fill(old, '\0');
				Arrays.fill(wanted, '\0');
			}
			String shown = refusal;
			display.asyncExec(() -> done(shown));
			return Status.OK_STATUS;
		});
		job.setUser(false);
		job.schedule();
	}

	private void done(String refusal) {
		Shell shell = getShell();
		if (shell == null || shell.isDisposed()) {
			return;
		}
		if (refusal != null) {
			busy(false);
			show(refusal);
			return;
		}
		working = false;
		changed = true;
		super.okPressed();
	}

	private void busy(boolean working) {
		this.working = working;
		for (Text text : new Text[] { current, chosen, repeated }) {
			text.setEnabled(!working);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(!working);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(!working);
	}

	@Override
	protected void handleShellCloseEvent() {
		if (!working) { // while the change runs, the dialog stays to say how it ended
			super.handleShellCloseEvent();
		}
	}

	private void show(String text) {
		problem.setText(text);
		problem.getParent().layout(true);
		getShell().pack();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.button_ok, true); // JFace has no Chinese labels of its own here
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.button_cancel, false);
	}

	/** True once the password was changed (the dialog closed with OK). */
	public boolean changed() {
		return changed;
	}
}
