package org.minewatch.app.parts;

import static org.minewatch.app.internal.WidgetKeys.name;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.core.DesktopDatabase.Setting;
import org.minewatch.core.MinewatchException;

/** File > Database connection: this desktop's own database, or a bureau's shared one with the person's account. */
public class DatabaseConnectionDialog extends Dialog {

	private final DesktopDatabase database;
	private Setting connection;
	private Button own;
	private Button shared;
	private Text url;
	private Text user;
	private Label problem;

	public DatabaseConnectionDialog(Shell parent, DesktopDatabase database) {
		super(parent);
		this.database = database;
		this.connection = database.setting();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.connection_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		own = name(new Button(area, SWT.RADIO), WidgetKeys.CONNECTION_OWN);
		own.setText(Messages.connection_own);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(own);
		shared = name(new Button(area, SWT.RADIO), WidgetKeys.CONNECTION_SHARED);
		shared.setText(Messages.connection_shared);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(shared);
		url = field(area, Messages.connection_url, WidgetKeys.CONNECTION_URL, SWT.BORDER);
		user = field(area, Messages.connection_user, WidgetKeys.CONNECTION_USER, SWT.BORDER);
		Label note = new Label(area, SWT.WRAP);
		note.setText(Messages.connection_note);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(note);
		problem = name(new Label(area, SWT.WRAP), WidgetKeys.CONNECTION_PROBLEM);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(problem);

		shared.setSelection(connection.isShared());
		own.setSelection(!connection.isShared());
		url.setText(connection.url());
		user.setText(connection.user());
		own.addListener(SWT.Selection, e -> enable());
		shared.addListener(SWT.Selection, e -> enable());
		enable();
		return area;
	}

	private static Text field(Composite parent, String label, String key, int style) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = name(new Text(parent, style), key);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private void enable() {
		boolean isShared = shared.getSelection();
		url.setEnabled(isShared);
		user.setEnabled(isShared);
	}

	@Override
	protected void okPressed() {
		Setting chosen = shared.getSelection() ? new Setting(url.getText(), user.getText()) : Setting.EMBEDDED;
		if (chosen.problem() != null) {
			problem.setText(Messages.connection_incomplete);
			return;
		}
		try {
			database.save(chosen); // the desktop's preferences: a small local file, not the database
		} catch (MinewatchException e) {
			problem.setText(e.getMessage());
			return;
		}
		connection = chosen;
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.button_ok, true); // JFace has no Chinese labels of its own here
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.button_cancel, false);
	}

	public Setting connection() {
		return connection;
	}
}
