package org.minewatch.ui.editors;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.core.ConflictException;
import org.minewatch.core.ConflictException.FieldDifference;
import org.minewatch.model.time.Zones;
import org.minewatch.ui.internal.Messages;
import org.minewatch.ui.Columns;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.WidgetKeys;

/**
 * A save refused because someone else saved the record first: who and when, each differing field
 * with their value and yours, and the choice to reload theirs (dropping your changes), to overwrite
 * with yours deliberately, or to go on editing.
 */
final class ConflictDialog extends Dialog {

	static final int RELOAD = 100;
	static final int OVERWRITE = 101;

	private final ConflictException conflict;
	private final EClass type;
	private final String recordLabel;

	ConflictDialog(Shell parent, ConflictException conflict, EClass type, String recordLabel) {
		super(parent);
		this.conflict = conflict;
		this.type = type;
		this.recordLabel = recordLabel;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.conflict_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label what = new Label(area, SWT.WRAP);
		String when = conflict.changedAt() == null ? "" //$NON-NLS-1$
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(ModelText.locale()).format(conflict.changedAt().atZone(Zones.CHINA));
		what.setText(NLS.bind(Messages.conflict_message, new Object[] { recordLabel, conflict.changedBy(), when, conflict.storedRevision(), conflict.yourRevision() }));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(what);

		TableViewer table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		name(table.getTable(), WidgetKeys.CONFLICT_TABLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		Columns.add(table, FieldDifference.class, Messages.conflict_field, 180, d -> fieldLabel(type, d.path()));
		Columns.add(table, FieldDifference.class, Messages.conflict_yours, 190, d -> String.valueOf(d.yours() == null ? "" : d.yours())); //$NON-NLS-1$
		Columns.add(table, FieldDifference.class, Messages.conflict_theirs, 190, d -> String.valueOf(d.theirs() == null ? "" : d.theirs())); //$NON-NLS-1$
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(conflict.differences());
		GridDataFactory.fillDefaults().grab(true, true).hint(580, 160).applyTo(table.getControl());
		return area;
	}

	/** "statusHistory[2].reason" as "Status changes 3 › Reason", in the person's language. */
	static String fieldLabel(EClass type, String path) {
		StringBuilder label = new StringBuilder();
		EClass current = type;
		for (String segment : path.split("\\.")) { //$NON-NLS-1$
			String name = segment.contains("[") ? segment.substring(0, segment.indexOf('[')) : segment; //$NON-NLS-1$
			EStructuralFeature feature = current == null ? null : current.getEStructuralFeature(name);
			if (label.length() > 0) {
				label.append(" \u203a "); //$NON-NLS-1$
			}
			label.append(feature == null ? name : ModelText.feature(feature));
			if (segment.contains("[")) { //$NON-NLS-1$
				label.append(' ').append(Integer.parseInt(segment.substring(segment.indexOf('[') + 1, segment.indexOf(']'))) + 1);
			}
			current = feature instanceof EReference reference ? reference.getEReferenceType() : null;
		}
		return label.toString();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, RELOAD, Messages.conflict_reload, false);
		createButton(parent, OVERWRITE, Messages.conflict_overwrite, false);
		createButton(parent, CANCEL, Messages.conflict_keepEditing, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}
}
