package org.minewatch.hazard.ui.categories;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.ui.editors.FormDialog;

/** The names of a category: Chinese (required) and English. */
final class TermDialog extends FormDialog {

	private String chinese;
	private String english;
	private Text chineseText;
	private Text englishText;

	TermDialog(Shell shell, String title, String chinese, String english) {
		super(shell, title, Messages.categories_ok);
		this.chinese = chinese;
		this.english = english;
	}

	@Override
	protected int columns() {
		return 2;
	}

	@Override
	protected void createForm(Composite area) {
		chineseText = text(area, Messages.categories_chinese + " *", HazardKeys.CATEGORY_CHINESE, SWT.BORDER); //$NON-NLS-1$
		chineseText.setText(chinese == null ? "" : chinese); //$NON-NLS-1$
		englishText = text(area, Messages.categories_english, HazardKeys.CATEGORY_ENGLISH, SWT.BORDER);
		englishText.setText(english == null ? "" : english); //$NON-NLS-1$
	}

	@Override
	protected void okPressed() {
		if (chineseText.getText().isBlank()) {
			problem(Messages.categories_needChinese);
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
