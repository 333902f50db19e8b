package org.minewatch.checklist.ui.templates;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.checklist.TemplateLibrary;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.Actor;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.registry.MineKind;
import org.minewatch.ui.Labels;
import org.minewatch.ui.WidgetKeys;
import org.minewatch.ui.editors.FormDialog;

/** Starts a template of one's own: its name, first edition, origin and the mine kinds it applies to; stored by the library in the background. */
final class NewTemplateDialog extends FormDialog {

	private final TemplateLibrary templates;
	private final Actor actor;
	private Text name;
	private Text edition;
	private Combo origin;
	/** Who may issue a template of one's own: not the suite, whose starters only ship with it. */
	private static final List<TemplateOrigin> ORIGINS = TemplateOrigin.VALUES.stream().filter(o -> o != TemplateOrigin.SUITE).toList();
	private final List<Button> kinds = new ArrayList<>();
	private ChecklistTemplate created;

	NewTemplateDialog(Shell parent, TemplateLibrary templates, Actor actor) {
		super(parent, Labels.plain(Messages.templates_new), Messages.templates_create);
		this.templates = templates;
		this.actor = actor;
	}

	@Override
	protected int columns() {
		return 2;
	}

	@Override
	protected void createForm(Composite area) {
		name = text(area, Messages.templates_name, ChecklistKeys.TEMPLATE_NAME, SWT.BORDER);
		edition = text(area, Messages.templates_edition, ChecklistKeys.TEMPLATE_EDITION, SWT.BORDER);
		origin = combo(area, Messages.templates_origin, null);
		ORIGINS.forEach(o -> origin.add(ChecklistText.origin(o)));
		origin.select(ORIGINS.indexOf(TemplateOrigin.PROVINCE));
		label(area, Messages.templates_kinds);
		Composite boxes = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(boxes);
		for (MineKind kind : MineKind.VALUES) {
			Button box = WidgetKeys.name(new Button(boxes, SWT.CHECK), ChecklistKeys.TEMPLATE_KIND + kind.getName());
			box.setText(ChecklistText.mineKind(kind));
			kinds.add(box);
		}
	}

	@Override
	protected void okPressed() {
		List<MineKind> chosen = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i).getSelection()) {
				chosen.add(MineKind.VALUES.get(i));
			}
		}
		String named = name.getText();
		String first = edition.getText();
		TemplateOrigin from = ORIGINS.get(origin.getSelectionIndex());
		finish(Labels.plain(Messages.templates_new), () -> templates.newTemplate(actor, named, first, from, chosen, null), done -> created = done);
	}

	ChecklistTemplate created() {
		return created;
	}
}
