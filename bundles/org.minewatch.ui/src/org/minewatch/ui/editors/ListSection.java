package org.minewatch.ui.editors;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.minewatch.ui.internal.Messages;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.WidgetKeys;

/**
 * A list the record contains (status changes, classifications, licences, areas) as a table with a
 * column per field; rows are added, and where the list is not a history, edited and removed, in a
 * dialog, each one change on the editor's command stack. A history is only added to: its past
 * entries are what reports for past periods read.
 */
final class ListSection {

	private final EObject owner;
	private final EReference feature;
	private final EditingDomain domain;
	private final boolean history;
	private final Consumer<EObject> defaults;
	private TableViewer viewer;

	ListSection(EObject owner, EReference feature, EditingDomain domain, boolean history, Consumer<EObject> defaults) {
		this.owner = owner;
		this.feature = feature;
		this.domain = domain;
		this.history = history;
		this.defaults = defaults;
	}

	void create(Composite parent) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(ModelText.feature(feature));
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);

		viewer = new TableViewer(group, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		name(viewer.getTable(), WidgetKeys.section(feature, "table")); //$NON-NLS-1$
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, 110).applyTo(viewer.getControl());
		for (EStructuralFeature column : columns()) {
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.NONE);
			tableColumn.getColumn().setText(ModelText.feature(column));
			tableColumn.getColumn().setWidth(column.getEType() instanceof EEnum ? 150 : 120);
			tableColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return text((EObject) element, column);
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		Composite buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, "add", Messages.list_add, this::add); //$NON-NLS-1$
		if (!history) {
			button(buttons, "edit", Messages.list_edit, this::edit); //$NON-NLS-1$
			button(buttons, "remove", Messages.list_remove, this::remove); //$NON-NLS-1$
			viewer.addDoubleClickListener(e -> edit());
		}
		refresh();
	}

	private List<EStructuralFeature> columns() {
		List<EStructuralFeature> columns = new ArrayList<>();
		for (EStructuralFeature column : feature.getEReferenceType().getEAllStructuralFeatures()) {
			if (column instanceof EAttribute attribute && !attribute.isMany() || column instanceof EReference reference && !reference.isContainment() && !reference.isMany()) {
				columns.add(column);
			}
		}
		return columns;
	}

	private void button(Composite parent, String key, String text, Runnable action) {
		Button button = name(new Button(parent, SWT.PUSH), WidgetKeys.section(feature, key));
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	void refresh() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(((List<?>) owner.eGet(feature)).toArray());
		}
	}

	private void add() {
		EObject row = EcoreUtil.create(feature.getEReferenceType());
		defaults.accept(row);
		RowEdits.add(viewer.getControl().getShell(), domain, owner, feature, row, CommandParameter.NO_INDEX);
	}

	private void edit() {
		EObject selected = selected();
		if (selected != null) {
			RowEdits.edit(viewer.getControl().getShell(), domain, selected);
		}
	}

	private void remove() {
		EObject selected = selected();
		if (selected != null) {
			domain.getCommandStack().execute(RemoveCommand.create(domain, owner, feature, selected));
		}
	}

	private EObject selected() {
		return (EObject) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	private static String text(EObject row, EStructuralFeature column) {
		Object value = row.eGet(column);
		if (value == null) {
			return ""; //$NON-NLS-1$
		} else if (column.getEType() instanceof EEnum type) {
			return ModelText.literal(type, (Enumerator) value);
		} else if (value instanceof Boolean yes) {
			return yes ? Messages.value_yes : Messages.value_no;
		} else if (value instanceof EObject referenced) {
			EStructuralFeature name = referenced.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
			return name == null ? "" : String.valueOf(referenced.eGet(name)); //$NON-NLS-1$
		}
		return EcoreUtil.convertToString((EDataType) column.getEType(), value);
	}
}
