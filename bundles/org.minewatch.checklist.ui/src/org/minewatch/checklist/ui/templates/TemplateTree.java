package org.minewatch.checklist.ui.templates;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.model.checklist.ChecklistFactory;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.ui.editors.RowEdits;

/**
 * A template's sections and their items as a tree, edited on the editor's command stack: add a section or an
 * item (after the one selected, numbered next), edit one in a dialog (Enter), remove it (Delete), move it up or
 * down (Alt+Up, Alt+Down); Insert adds an item.
 */
final class TemplateTree {

	private final ChecklistTemplate template;
	private final EditingDomain domain;
	private final TreeViewer tree;
	private final List<Button> buttons = new java.util.ArrayList<>();

	TemplateTree(Composite form, ChecklistTemplate template, EditingDomain domain) {
		this.template = template;
		this.domain = domain;
		Group group = new Group(form, SWT.NONE);
		group.setText(Messages.template_sections);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(group);
		tree = new TreeViewer(group, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		name(tree.getTree(), ChecklistKeys.TEMPLATE_TREE);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 320).applyTo(tree.getControl());
		tree.setContentProvider(new Content());
		tree.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof ChecklistSection section) {
					return section.getNumber() + "  " + section.getTitle() + "  (" + section.getItems().size() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				ChecklistItem item = (ChecklistItem) element;
				return item.getNumber() + "  " + item.getSubject() + (item.isKeyOperation() ? "  " + Messages.runner_keyOperation : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		});
		tree.setInput(template);
		tree.addOpenListener(e -> edit());
		tree.getTree().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				remove();
			} else if (e.keyCode == SWT.INSERT) {
				addItem();
			} else if ((e.stateMask & SWT.ALT) != 0 && (e.keyCode == SWT.ARROW_UP || e.keyCode == SWT.ARROW_DOWN)) {
				e.doit = false;
				move(e.keyCode == SWT.ARROW_UP ? -1 : 1);
			}
		});
		Composite actions = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(actions);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(actions);
		button(actions, "addSection", Messages.template_addSection, this::addSection); //$NON-NLS-1$
		button(actions, "addItem", Messages.template_addItem, this::addItem); //$NON-NLS-1$
		button(actions, "edit", Messages.template_edit, this::edit); //$NON-NLS-1$
		button(actions, "remove", Messages.template_remove, this::remove); //$NON-NLS-1$
		button(actions, "up", Messages.template_up, () -> move(-1)); //$NON-NLS-1$
		button(actions, "down", Messages.template_down, () -> move(1)); //$NON-NLS-1$
	}

	private void button(Composite parent, String key, String text, Runnable action) {
		Button button = name(new Button(parent, SWT.PUSH), ChecklistKeys.TEMPLATE_ACTION + key);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		buttons.add(button);
	}

	/** Browsing only: an edition that cannot be edited in place. */
	void readOnly() {
		buttons.forEach(b -> b.setEnabled(false));
	}

	void refresh() {
		if (!tree.getControl().isDisposed()) {
			tree.refresh();
		}
	}

	private Object selected() {
		return tree.getStructuredSelection().getFirstElement();
	}

	private boolean editable() {
		return !buttons.isEmpty() && buttons.get(0).isEnabled();
	}

	private void addSection() {
		if (!editable()) {
			return;
		}
		ChecklistSection section = ChecklistFactory.eINSTANCE.createChecklistSection();
		section.setNumber(String.valueOf(template.getSections().size() + 1));
		int at = selected() instanceof ChecklistSection after ? template.getSections().indexOf(after) + 1
				: selected() instanceof ChecklistItem item ? template.getSections().indexOf(item.eContainer()) + 1 : template.getSections().size();
		if (RowEdits.add(tree.getControl().getShell(), domain, template, ChecklistPackage.Literals.CHECKLIST_TEMPLATE__SECTIONS, section, at)) {
			show(section);
		}
	}

	private void addItem() {
		if (!editable()) {
			return;
		}
		Object selected = selected();
		ChecklistSection section = selected instanceof ChecklistSection s ? s : selected instanceof ChecklistItem i ? (ChecklistSection) i.eContainer()
				: template.getSections().isEmpty() ? null : template.getSections().get(template.getSections().size() - 1);
		if (section == null) {
			addSection();
			return;
		}
		ChecklistItem item = ChecklistFactory.eINSTANCE.createChecklistItem();
		item.setId(UUID.randomUUID().toString());
		item.setNumber(section.getNumber() + "." + (section.getItems().size() + 1)); //$NON-NLS-1$
		int at = selected instanceof ChecklistItem after ? section.getItems().indexOf(after) + 1 : section.getItems().size();
		if (RowEdits.add(tree.getControl().getShell(), domain, section, ChecklistPackage.Literals.CHECKLIST_SECTION__ITEMS, item, at)) {
			show(item);
		}
	}

	private void edit() {
		if (selected() instanceof EObject row && editable()) {
			RowEdits.edit(tree.getControl().getShell(), domain, row);
		}
	}

	private void remove() {
		if (selected() instanceof EObject row && editable()) {
			domain.getCommandStack().execute(RemoveCommand.create(domain, row));
		}
	}

	private void move(int by) {
		if (!(selected() instanceof EObject row) || !editable()) {
			return;
		}
		EReference feature = (EReference) row.eContainingFeature();
		@SuppressWarnings("unchecked")
		List<EObject> siblings = (List<EObject>) row.eContainer().eGet(feature);
		int to = siblings.indexOf(row) + by;
		if (to >= 0 && to < siblings.size()) {
			Command move = MoveCommand.create(domain, row.eContainer(), feature, row, to);
			domain.getCommandStack().execute(move);
			show(row);
		}
	}

	private void show(EObject row) {
		tree.refresh();
		tree.expandToLevel(row, 0);
		tree.setSelection(new StructuredSelection(row), true);
	}

	/** Sections, then their items. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((ChecklistTemplate) input).getSections().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ChecklistSection section ? section.getItems().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof EObject object ? object.eContainer() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ChecklistSection section && !section.getItems().isEmpty();
		}
	}
}
