package org.minewatch.ui.editors;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.ui.internal.Messages;
import org.minewatch.ui.WidgetKeys;

/**
 * Picks one item from a list searched as you type (in a background job: the search may read the
 * database). Enter in the filter takes the first match; arrows and Enter in the list take the selected one.
 */
public final class PickDialog<T> extends Dialog {

	private final String title;
	private final Function<String, List<T>> search;
	private final Function<T, String> label;
	private final List<T> found = new ArrayList<>();
	private org.eclipse.swt.widgets.List list;
	private Text filter;
	private Job running;
	private T picked;

	public PickDialog(Shell parent, String title, Function<String, List<T>> search, Function<T, String> label) {
		super(parent);
		this.title = title;
		this.search = search;
		this.label = label;
	}

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
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		filter = name(new Text(area, SWT.SEARCH | SWT.ICON_SEARCH), WidgetKeys.PICK_FILTER);
		filter.setMessage(Messages.pick_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		list = name(new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL), WidgetKeys.PICK_LIST);
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 300).applyTo(list);
		filter.addModifyListener(e -> search(filter.getText()));
		filter.addListener(SWT.DefaultSelection, e -> {
			if (list.getItemCount() > 0) {
				list.select(0);
				okPressed();
			}
		});
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN && list.getItemCount() > 0) {
				list.setFocus();
				list.select(0);
			}
		});
		list.addListener(SWT.DefaultSelection, e -> okPressed());
		search(""); //$NON-NLS-1$
		return area;
	}

	private void search(String text) {
		if (running != null) {
			running.cancel();
		}
		running = Job.create(NLS.bind(Messages.pick_searching, title), monitor -> {
			List<T> result = search.apply(text.strip());
			if (!monitor.isCanceled() && !list.isDisposed()) {
				list.getDisplay().asyncExec(() -> {
					if (!list.isDisposed() && filter.getText().strip().equals(text.strip())) {
						found.clear();
						found.addAll(result);
						list.setItems(result.stream().map(label).toArray(String[]::new));
					}
				});
			}
			return Status.OK_STATUS;
		});
		running.schedule();
	}

	@Override
	protected void okPressed() {
		int index = list.getSelectionIndex();
		picked = index >= 0 && index < found.size() ? found.get(index) : null;
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.button_ok, false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.button_cancel, false);
	}

	public T picked() {
		return picked;
	}
}
