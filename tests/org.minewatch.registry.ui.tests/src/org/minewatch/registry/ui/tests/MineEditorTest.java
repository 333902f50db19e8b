package org.minewatch.registry.ui.tests;

import org.minewatch.tests.parts.PartTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.minewatch.core.Actor;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryPackage.Literals;
import org.minewatch.ui.Editors;
import org.minewatch.registry.ui.editors.MineEditor;
import org.minewatch.ui.internal.Messages;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.WidgetKeys;

/** The mine editor on real SWT widgets over a real store: constraint messages at the fields, save, undo and redo, and the conflict view. */
class MineEditorTest extends PartTest {

	private MPart part;

	private MineEditor open(Mine mine) {
		part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(Editors.RECORD_ID, mine.getId());
		context.set(MPart.class, part);
		MineEditor editor = ContextInjectionFactory.make(MineEditor.class, context);
		shell.open();
		ui.waitUntil(editor::isLoaded, () -> "the mine loaded");
		ui.flush();
		return editor;
	}

	private Text field(org.eclipse.emf.ecore.EStructuralFeature feature) {
		return ui.byKey(shell, WidgetKeys.field(feature), Text.class);
	}

	private Label problem(org.eclipse.emf.ecore.EStructuralFeature feature) {
		return ui.byKey(shell, WidgetKeys.problem(feature), Label.class);
	}

	private Mine stored(String id) {
		return fixture.store.read(fixture.actor, s -> s.get(Mine.class, id));
	}

	@Test
	void aBadValueIsNamedAtItsFieldAsTypedAndTheMineIsSavedOnceFixed() {
		Mine mine = fixture.data.mines.get(2);
		MineEditor editor = open(mine);
		assertEquals(mine.getName(), field(Literals.MINE__NAME).getText());
		assertFalse(part.isDirty());

		field(Literals.MINE__NAME).setText("");
		ui.waitUntil(() -> problem(Literals.MINE__NAME).isVisible(), () -> "the name's problem shown");
		assertEquals(NLS.bind(Messages.field_requiredNamed, ModelText.feature(Literals.MINE__NAME)), problem(Literals.MINE__NAME).getText());
		assertTrue(part.isDirty());
		field(Literals.MINE__LATITUDE).setText("39,5x");
		assertEquals(NLS.bind(Messages.field_unreadable, Messages.field_exampleNumber), problem(Literals.MINE__LATITUDE).getText());
		ui.flush();
		assertTrue(problem(Literals.MINE__LATITUDE).getSize().y > 0, "the message is laid out where it can be read");
		assertTrue(problem(Literals.MINE__NAME).getSize().y > 0, "the message is laid out where it can be read");

		editor.save();
		assertEquals(NLS.bind(Messages.editor_fixFirst, ModelText.type(Literals.MINE)), fixture.statusMessages().get(fixture.statusMessages().size() - 1));
		assertFalse(editor.isSaving(), "nothing is written while a field is wrong");

		field(Literals.MINE__NAME).setText("改正后的煤矿");
		field(Literals.MINE__LATITUDE).setText("39.5");
		ui.waitUntil(() -> !problem(Literals.MINE__NAME).isVisible() && !problem(Literals.MINE__LATITUDE).isVisible(), () -> "the problems gone once fixed");
		editor.save();
		ui.waitUntil(() -> !editor.isSaving() && !part.isDirty(), () -> "saved");

		Mine saved = stored(mine.getId());
		assertEquals("改正后的煤矿", saved.getName());
		assertEquals(new BigDecimal("39.5"), saved.getLatitude());
		assertEquals(2, saved.getRevision());
		assertEquals("改正后的煤矿", part.getLabel());
	}

	@Test
	void aCountyOutsideTheProvinceIsNamedAtTheCountyAndUndoRedoFollowTheFields() {
		Mine mine = fixture.data.mines.get(4);
		MineEditor editor = open(mine);
		Combo province = ui.byKey(shell, WidgetKeys.field(Literals.MINE__PROVINCE), Combo.class);
		int other = 0;
		while (province.getItem(other).isEmpty() || other == province.getSelectionIndex()) {
			other++;
		}
		province.select(other);
		province.notifyListeners(SWT.Selection, null);

		ui.waitUntil(() -> problem(Literals.MINE__COUNTY).isVisible(), () -> "the county's problem shown");
		assertTrue(problem(Literals.MINE__COUNTY).getText().contains(mine.getCounty().getName()), problem(Literals.MINE__COUNTY).getText());
		assertTrue(editor.canUndo());

		editor.undo();
		ui.waitUntil(() -> !problem(Literals.MINE__COUNTY).isVisible(), () -> "the county's problem gone after undo");
		assertEquals(ModelText.division(mine.getProvince()), province.getText());
		assertFalse(part.isDirty(), "undone to the state read");

		field(Literals.MINE__ADDRESS).setText("一");
		field(Literals.MINE__ADDRESS).setText("一二");
		field(Literals.MINE__ADDRESS).setText("一二三");
		editor.undo();
		ui.flush();
		assertEquals(mine.getAddress(), field(Literals.MINE__ADDRESS).getText(), "one burst of typing is one change to undo");
		editor.redo();
		ui.flush();
		assertEquals("一二三", field(Literals.MINE__ADDRESS).getText());
		assertTrue(part.isDirty());
	}

	@Test
	void aMineSavedFromAnotherConnectionFirstOpensTheConflictViewAndOverwriteIsDeliberate() {
		Mine mine = fixture.data.mines.get(6);
		MineEditor editor = open(mine);
		Person other = fixture.data.persons.stream().filter(p -> p.getAgency() != null && !p.getId().equals(fixture.actor.personId())).findFirst()
				.orElseThrow();
		Actor someoneElse = new Actor(other.getId(), other.getName(), other.getAgency().getId());
		fixture.store.write(someoneElse, s -> {
			Mine theirs = s.get(Mine.class, mine.getId());
			theirs.setAddress("他们写的地址");
			return s.update(theirs);
		});

		field(Literals.MINE__ADDRESS).setText("我写的地址");
		List<String[]> rows = new ArrayList<>();
		AtomicReference<String> message = new AtomicReference<>();
		ui.whenShellAppears(Messages.conflict_title, dialog -> {
			Table table = ui.byKey(dialog, WidgetKeys.CONFLICT_TABLE, Table.class);
			for (TableItem item : table.getItems()) {
				rows.add(new String[] { item.getText(0), item.getText(1), item.getText(2) });
			}
			message.set(ui.find(dialog, Label.class, l -> l.getText().contains(other.getName())).map(Label::getText).orElse(null));
			ui.click(ui.button(dialog, Messages.conflict_overwrite));
		});
		editor.save();
		ui.waitUntil(() -> !rows.isEmpty() && !editor.isSaving() && !part.isDirty(), () -> "the conflict shown, then overwritten");

		assertEquals(1, rows.size(), "one field differs");
		assertEquals(List.of(ModelText.feature(Literals.MINE__ADDRESS), "我写的地址", "他们写的地址"), List.of(rows.get(0)));
		assertNotNull(message.get(), "the conflict names who saved first");
		Mine saved = stored(mine.getId());
		assertEquals("我写的地址", saved.getAddress());
		assertEquals(3, saved.getRevision());
	}

	@Test
	void theProvincialRulesFindingsAtTheMineAreShownBelowItsFields() {
		java.time.LocalDate today = java.time.LocalDate.now(fixture.CLOCK);
		Mine outside = fixture.data.mines.stream().filter(m -> "140000".equals(m.getProvince().getCode()))
				.filter(m -> m.statusOn(today) == org.minewatch.model.registry.ProductionStatus.PRODUCING)
				.filter(m -> m.getAreas().stream().anyMatch(a -> a.isActive() && a.getPlannedYear() != null && a.getPlannedYear() < today.getYear()))
				.findFirst().orElseThrow();
		String face = outside.getAreas().stream().filter(a -> a.getPlannedYear() != null && a.getPlannedYear() < today.getYear()).findFirst().orElseThrow().getName();
		open(outside);
		Label findings = ui.byKey(shell, MineEditor.FINDINGS_KEY, Label.class);
		ui.waitUntil(() -> findings.getText().contains(face), () -> "the technical red line's finding shown: " + findings.getText());
		assertTrue(findings.getText().contains("\u53cc\u7ea2\u7ebf / \u6280\u672f\u7ea2\u7ebf"), findings.getText()); // 双红线 / 技术红线
		assertTrue(findings.getSize().y > 0, "laid out where it can be read");
	}

	@Test
	void aMineOfAProvinceWithoutRulesHasNoFindings() {
		Mine hebei = fixture.data.mines.stream().filter(m -> "130000".equals(m.getProvince().getCode())).findFirst().orElseThrow();
		open(hebei);
		Label none = ui.byKey(shell, MineEditor.FINDINGS_KEY, Label.class);
		ui.waitUntil(() -> none.getText().equals(org.minewatch.registry.ui.internal.Messages.editor_noFindings), () -> "nothing found in Hebei: " + none.getText());
	}
}
