package org.minewatch.hazard.ui.categories;

import static org.minewatch.ui.WidgetKeys.name;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.Messages;

/** The names of a category: Chinese (required) and English. */
final class TermDialog extends Dialog {

	private final String title;
	private String chinese;
	private String english;
	private Text chineseText;
	private Text englishText;
	private Label problem;

	TermDialog(Shell shell, String title, String chinese, String english) {
		super(shell);
		this.title = title;
		this.chinese = chinese;
		this.english = english;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.categories_chinese + " *"); //$NON-NLS-1$
		chineseText = name(new Text(area, SWT.BORDER), HazardKeys.CATEGORY_CHINESE);
		chineseText.setText(chinese == null ? "" : chinese); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(280, SWT.DEFAULT).applyTo(chineseText);
		new Label(area, SWT.NONE).setText(Messages.categories_english);
		englishText = name(new Text(area, SWT.BORDER), HazardKeys.CATEGORY_ENGLISH);
		englishText.setText(english == null ? "" : english); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(englishText);
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(new Color(190, 0, 0));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.categories_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.dialog_cancel, false);
	}

	@Override
	protected void okPressed() {
		if (chineseText.getText().isBlank()) {
			problem.setText(Messages.categories_needChinese);
			problem.getParent().layout(true, true);
			return;
		}
		chinese = chineseText.getText().strip();
		english = englishText.getText().isBlank() ? null : englishText.getText().strip();
		super.okPressed();
	}

	String chinese() {
		return chinese;
	}

	String english() {
		return english;
	}
}
