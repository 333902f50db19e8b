package org.minewatch.checklist.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.templates.TemplateEditor;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistPackage.Literals;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.registry.MineKind;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.WidgetKeys;

/**
 * A bureau's template created in the editor on real SWT widgets: a section and two items added through the
 * tree's buttons and their dialogs, a mine kind checked, saved and stored with the items in order; a starter
 * template is shown read-only with the reason.
 */
class TemplateEditorTest extends ChecklistPartTest {

	@Test
	void aTemplateIsCreatedInTheEditor() {
		ChecklistTemplate started = fixture.templates.newTemplate(fixture.actor, "县局汛期专项检查表", "2021版", TemplateOrigin.PROVINCE,
				List.of(MineKind.UNDERGROUND_COAL), LocalDate.of(2021, 6, 1));
		TemplateEditor editor = open(TemplateEditor.class, started.getId());
		ui.waitUntil(() -> editor.isLoaded() && editor.isChecked(), () -> "the template loaded and checked");
		ui.flush();
		assertTrue(action("addSection").isEnabled(), "a new template is editable");

		add("addSection", Literals.CHECKLIST_SECTION, dialog -> {
			set(dialog, Literals.CHECKLIST_SECTION__NUMBER, "1");
			set(dialog, Literals.CHECKLIST_SECTION__TITLE, "防治水");
		});
		add("addItem", Literals.CHECKLIST_ITEM, dialog -> {
			set(dialog, Literals.CHECKLIST_ITEM__SUBJECT, "雨季“三防”组织");
			set(dialog, Literals.CHECKLIST_ITEM__CRITERIA, "是否成立雨季三防领导小组");
			set(dialog, Literals.CHECKLIST_ITEM__METHOD, "查阅文件");
		});
		add("addItem", Literals.CHECKLIST_ITEM, dialog -> {
			set(dialog, Literals.CHECKLIST_ITEM__SUBJECT, "井口防洪");
			set(dialog, Literals.CHECKLIST_ITEM__CRITERIA, "井口标高是否高于当地历史最高洪水位");
			Button key = ui.byKey(dialog, WidgetKeys.field(Literals.CHECKLIST_ITEM__KEY_OPERATION), Button.class);
			key.setSelection(true);
			key.notifyListeners(SWT.Selection, new Event());
		});
		Button openPit = ui.byKey(shell, ChecklistKeys.TEMPLATE_KIND + MineKind.OPEN_PIT_COAL.getName(), Button.class);
		openPit.setSelection(true);
		ui.click(openPit);
		Tree tree = ui.byKey(shell, ChecklistKeys.TEMPLATE_TREE, Tree.class);
		assertEquals(1, tree.getItemCount());
		assertTrue(part.isDirty());

		editor.save();
		ui.waitUntil(() -> !editor.isSaving() && !part.isDirty(), () -> "saved; status: " + fixture.statusMessages());
		ChecklistTemplate stored = fixture.registry.load(fixture.actor, ChecklistTemplate.class, started.getId());
		assertEquals(List.of(MineKind.UNDERGROUND_COAL, MineKind.OPEN_PIT_COAL), stored.getAppliesTo());
		assertEquals("防治水", stored.getSections().get(0).getTitle());
		assertEquals(List.of("1.1", "1.2"), stored.getSections().get(0).getItems().stream().map(ChecklistItem::getNumber).toList());
		assertEquals(List.of(false, true), stored.getSections().get(0).getItems().stream().map(ChecklistItem::isKeyOperation).toList());
		assertEquals(started.getId() + "/1.2", stored.getSections().get(0).getItems().get(1).getId());
	}

	@Test
	void aStarterIsShownReadOnlyWithTheReason() {
		ChecklistTemplate starter = fixture.templates.forKind(fixture.actor, MineKind.TAILINGS_POND).stream().filter(ChecklistTemplate::isStarter)
				.findFirst().orElseThrow();
		TemplateEditor editor = open(TemplateEditor.class, starter.getId());
		ui.waitUntil(() -> editor.isLoaded() && editor.isChecked(), () -> "the template loaded and checked");
		ui.flush();
		assertEquals(fixture.templates.whyNotEditable(fixture.actor, starter.getId()), ui.byKey(shell, ChecklistKeys.TEMPLATE_NOTICE, Label.class).getText());
		assertFalse(action("addItem").isEnabled());
		assertFalse(ui.byKey(shell, WidgetKeys.field(org.minewatch.model.base.BasePackage.Literals.EDITION__SOURCE), Text.class).getEditable());
	}

	private Button action(String action) {
		return ui.byKey(shell, ChecklistKeys.TEMPLATE_ACTION + action, Button.class);
	}

	/** Clicks an add button, fills the row dialog that opens and presses its OK button. */
	private void add(String action, org.eclipse.emf.ecore.EClass type, Consumer<Shell> fill) {
		boolean[] done = { false };
		ui.whenShellAppears(title -> title.endsWith(ModelText.type(type)), dialog -> {
			fill.accept(dialog);
			ui.flush();
			ui.click(ui.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).orElseThrow());
			done[0] = true;
		});
		ui.click(action(action));
		ui.waitUntil(() -> done[0], () -> "the dialog of " + action);
		ui.flush();
	}

	private void set(Shell dialog, org.eclipse.emf.ecore.EStructuralFeature feature, String value) {
		ui.byKey(dialog, WidgetKeys.field(feature), Text.class).setText(value);
	}
}
