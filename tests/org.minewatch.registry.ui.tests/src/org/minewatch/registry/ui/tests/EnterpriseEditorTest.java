package org.minewatch.registry.ui.tests;

import org.minewatch.tests.parts.PartTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryPackage.Literals;
import org.minewatch.ui.Editors;
import org.minewatch.registry.ui.editors.EnterpriseEditor;
import org.minewatch.ui.WidgetKeys;

/** The enterprise editor: its fields, its mines, a change saved and one undone. */
class EnterpriseEditorTest extends PartTest {


	@BeforeEach
	void services() {
		context.set(EModelService.class, service(EModelService.class, (method, args) -> null));
		context.set(EPartService.class, service(EPartService.class, (method, args) -> null));
	}

	@Test
	void anEnterpriseShowsItsMinesAndSavesAChange() {
		Enterprise enterprise = fixture.data.mines.get(0).getEnterprise();
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(Editors.RECORD_ID, enterprise.getId());
		context.set(MPart.class, part);
		EnterpriseEditor editor = ContextInjectionFactory.make(EnterpriseEditor.class, context);
		shell.open();
		ui.waitUntil(editor::isLoaded, () -> "the enterprise loaded");

		assertEquals(enterprise.getName(), ui.byKey(shell, WidgetKeys.field(Literals.ENTERPRISE__NAME), Text.class).getText());
		assertEquals(enterprise.isGroup(), ui.byKey(shell, WidgetKeys.field(Literals.ENTERPRISE__GROUP), Button.class).getSelection());
		List<String> expected = fixture.data.mines.stream().filter(m -> m.getEnterprise() == enterprise).map(Mine::getName).sorted().toList();
		ui.waitUntil(() -> ui.find(shell, org.eclipse.swt.widgets.List.class, l -> l.getItemCount() == expected.size()).isPresent(),
				() -> "the enterprise's " + expected.size() + " mines listed");

		Text credit = ui.byKey(shell, WidgetKeys.field(Literals.ENTERPRISE__CREDIT_CODE), Text.class);
		credit.setText("91130200MA0000000X");
		editor.save();
		ui.waitUntil(() -> !editor.isSaving() && !part.isDirty(), () -> "saved");
		Enterprise saved = fixture.store.read(fixture.actor, s -> s.get(Enterprise.class, enterprise.getId()));
		assertEquals("91130200MA0000000X", saved.getCreditCode());
		assertEquals(2, saved.getRevision());

		editor.undo();
		ui.flush();
		assertEquals(enterprise.getCreditCode() == null ? "" : enterprise.getCreditCode(), credit.getText());
		assertTrue(part.isDirty(), "undoing a saved change leaves something to save");
		assertEquals(expected, Arrays.stream(ui.find(shell, org.eclipse.swt.widgets.List.class, l -> l.getItemCount() > 0).orElseThrow().getItems()).sorted().toList());
	}
}
