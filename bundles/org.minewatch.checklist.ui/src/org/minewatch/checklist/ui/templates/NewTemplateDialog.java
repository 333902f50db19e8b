package org.minewatch.checklist.ui.templates;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.checklist.InspectionException;
import org.minewatch.checklist.ui.Checklists;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.StoreException;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.registry.MineKind;
import org.minewatch.ui.Labels;
import org.minewatch.ui.RegistryAccess;
import org.minewatch.ui.WidgetKeys;

/** Starts a template of one's own: its name, first edition, origin and the mine kinds it applies to. */
final class NewTemplateDialog extends Dialog {

	private final RegistryAccess access;
	private final Checklists checklists;
	private Text name;
	private Text edition;
	private Combo origin;
	private final List<Button> kinds = new ArrayList<>();
	private Label problem;
	private ChecklistTemplate created;

	NewTemplateDialog(Shell parent, RegistryAccess access, Checklists checklists) {
		super(parent);
		this.access = access;
		this.checklists = checklists;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Labels.plain(Messages.templates_new));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		name = text(area, Messages.templates_name, ChecklistKeys.TEMPLATE_NAME);
		edition = text(area, Messages.templates_edition, ChecklistKeys.TEMPLATE_EDITION);
		new Label(area, SWT.NONE).setText(Messages.templates_origin);
		origin = new Combo(area, SWT.READ_ONLY);
		TemplateOrigin.VALUES.forEach(o -> origin.add(ChecklistText.origin(o)));
		origin.select(TemplateOrigin.PROVINCE_VALUE);
		new Label(area, SWT.NONE).setText(Messages.templates_kinds);
		Composite boxes = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(boxes);
		for (MineKind kind : MineKind.VALUES) {
			Button box = WidgetKeys.name(new Button(boxes, SWT.CHECK), ChecklistKeys.TEMPLATE_KIND + kind.getName());
			box.setText(ChecklistText.mineKind(kind));
			kinds.add(box);
		}
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(new Color(190, 0, 0));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(problem);
		return area;
	}

	private static Text text(Composite area, String label, String key) {
		new Label(area, SWT.NONE).setText(label);
		Text text = WidgetKeys.name(new Text(area, SWT.BORDER), key);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.templates_create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.button_cancel, false);
	}

	@Override
	protected void okPressed() {
		List<MineKind> chosen = new ArrayList<>();
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i).getSelection()) {
				chosen.add(MineKind.VALUES.get(i));
			}
		}
		try {
			created = checklists.templates().newTemplate(access.actor(), name.getText(), edition.getText(), TemplateOrigin.VALUES.get(origin.getSelectionIndex()),
					chosen, java.time.LocalDate.now(access.registry().store().clock()));
			super.okPressed();
		} catch (InspectionException | StoreException e) {
			problem.setText(e.getMessage());
			getShell().layout(true, true);
		}
	}

	ChecklistTemplate created() {
		return created;
	}
}
