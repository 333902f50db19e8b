package org.minewatch.update.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.minewatch.update.Updates;
import org.minewatch.update.ui.internal.Messages;

/** The provincial plugins on the site, each with its version and description, checked to install; installed ones say so. */
final class ProvincesDialog extends Dialog {

	/** The key of the table, for tests. */
	static final String TABLE_KEY = "org.minewatch.update.provinces"; //$NON-NLS-1$

	private final List<Updates.Unit> offered;
	private final List<Updates.Unit> installed;
	private final List<String> chosen = new ArrayList<>();
	private Table table;

	ProvincesDialog(Shell parent, List<Updates.Unit> offered, List<Updates.Unit> installed) {
		super(parent);
		this.offered = offered;
		this.installed = installed;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.provinces_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText(Messages.provinces_explain);
		table = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
		table.setData("org.eclipse.swtbot.widget.key", TABLE_KEY); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 220).applyTo(table);
		for (Updates.Unit unit : offered) {
			TableItem item = new TableItem(table, SWT.NONE);
			String version = installed.stream().filter(i -> i.id().equals(unit.id())).map(Updates.Unit::version).findFirst().orElse(null);
			item.setText(version == null ? NLS.bind(Messages.provinces_item, unit.name(), unit.version())
					: NLS.bind(Messages.provinces_installed, new Object[] { unit.name(), unit.version(), version }));
			item.setData(unit);
		}
		Label description = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(description);
		table.addListener(SWT.Selection, e -> {
			if (e.item != null) {
				description.setText(((Updates.Unit) e.item.getData()).description());
				area.layout(true, true);
			}
		});
		return area;
	}

	@Override
	protected void okPressed() {
		for (TableItem item : table.getItems()) {
			if (item.getChecked()) {
				chosen.add(((Updates.Unit) item.getData()).id());
			}
		}
		super.okPressed();
	}

	List<String> chosen() {
		return chosen;
	}
}
