package org.minewatch.checklist.ui.templates;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
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
import org.eclipse.swt.widgets.Text;
import org.minewatch.checklist.TemplateLibrary;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.MinewatchException;
import org.minewatch.model.base.BasePackage;
import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.registry.MineKind;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.RecordEditor;

/**
 * A checklist template edition in the editor: its name, edition, origin, validity and source, the mine kinds it
 * applies to, and its sections and items as a tree. Saved through the template library, which names what is
 * wrong (items without a number, numbers used twice...). An edition that inspections use, a starter or one a
 * plugin ships is shown read-only with the reason: a new edition changes it.
 */
public class TemplateEditor extends RecordEditor<ChecklistTemplate> {

	private TemplateLibrary templates;
	private TemplateTree tree;
	private Label notice;
	private final Map<MineKind, Button> kinds = new LinkedHashMap<>();

	public TemplateEditor() {
		super(ChecklistTemplate.class, ChecklistPackage.Literals.CHECKLIST_TEMPLATE);
	}

	@Inject
	@Optional
	void templatesReady(TemplateLibrary ready) {
		this.templates = ready;
	}

	@Override
	protected String title(ChecklistTemplate shown) {
		return ChecklistText.template(shown);
	}

	@Override
	protected void createForm(Composite form, ChecklistTemplate shown) {
		notice = name(new Label(form, SWT.WRAP), ChecklistKeys.TEMPLATE_NOTICE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(notice);
		heading(form, Messages.template_edition);
		// the name and edition give the edition its id: another name or edition is a new edition
		info(form, ModelText.feature(ChecklistPackage.Literals.CHECKLIST_TEMPLATE__NAME), shown.getName());
		info(form, ModelText.feature(BasePackage.Literals.EDITION__EDITION), shown.getEdition());
		choice(form, shown, ChecklistPackage.Literals.CHECKLIST_TEMPLATE__ORIGIN);
		text(form, shown, BasePackage.Literals.EDITION__VALID_FROM);
		text(form, shown, BasePackage.Literals.EDITION__SOURCE);
		new Label(form, SWT.NONE).setText(Messages.templates_kinds);
		Composite boxes = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(boxes);
		kinds.clear();
		for (MineKind kind : MineKind.VALUES) {
			Button box = name(new Button(boxes, SWT.CHECK), ChecklistKeys.TEMPLATE_KIND + kind.getName());
			box.setText(ChecklistText.mineKind(kind));
			box.addListener(SWT.Selection, e -> toggle(shown, kind, box.getSelection()));
			kinds.put(kind, box);
		}
		tree = new TemplateTree(form, shown, domain());
		recordInfo(form);
		checkEditable(form, notice, shown.getId());
	}

	/**
	 * Asks the library in the background whether the edition may be edited in place (it reads the sources'
	 * templates and counts the inspections on it); if not, the form turns read-only with the reason. Saving asks
	 * again, so nothing edited meanwhile is stored.
	 */
	private void checkEditable(Composite form, Label notice, String templateId) {
		TemplateLibrary library = templates;
		var actor = actor();
		Display display = form.getDisplay();
		Job job = Job.create(Messages.template_checking, monitor -> {
			try {
				String why = library == null ? Messages.checklists_notReady : library.whyNotEditable(actor, templateId);
				display.asyncExec(() -> {
					if (form.isDisposed()) {
						return;
					}
					notice.setText(why == null ? Messages.template_editable : why);
					if (why != null) {
						notice.setForeground(new Color(150, 60, 0));
						readOnly(form);
						tree.readOnly();
					}
					form.layout(true, true);
				});
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				display.asyncExec(() -> {
					if (!notice.isDisposed()) {
						notice.setText(e.getMessage());
					}
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.setSystem(true);
		job.schedule();
	}

	/** True once the editor knows whether the edition may be edited (for tests). */
	public boolean isChecked() {
		return notice != null && !notice.isDisposed() && !notice.getText().isEmpty();
	}

	/** A mine kind checked or cleared: one change on the command stack. */
	private void toggle(ChecklistTemplate shown, MineKind kind, boolean applies) {
		if (applies == shown.getAppliesTo().contains(kind)) {
			return;
		}
		domain().getCommandStack().execute(applies ? AddCommand.create(domain(), shown, ChecklistPackage.Literals.CHECKLIST_TEMPLATE__APPLIES_TO, kind)
				: RemoveCommand.create(domain(), shown, ChecklistPackage.Literals.CHECKLIST_TEMPLATE__APPLIES_TO, kind));
	}

	private static void readOnly(Composite composite) {
		for (Control child : composite.getChildren()) {
			if (child instanceof Text text) {
				text.setEditable(false);
			} else if (child instanceof Button || child instanceof Combo) {
				child.setEnabled(false);
			} else if (child instanceof Composite inner && !(child instanceof org.eclipse.swt.widgets.Tree)) {
				readOnly(inner);
			}
		}
	}

	@Override
	protected void afterChange(ChecklistTemplate shown) {
		kinds.forEach((kind, box) -> {
			if (!box.isDisposed()) {
				box.setSelection(shown.getAppliesTo().contains(kind));
			}
		});
		if (tree != null) {
			tree.refresh();
		}
	}

	@Override
	protected ChecklistTemplate write(ChecklistTemplate snapshot, boolean overwrite) {
		if (templates == null) {
			throw new MinewatchException("checklist.notReady", Messages.checklists_notReady); //$NON-NLS-1$
		}
		return templates.save(actor(), snapshot, overwrite);
	}
}
