package org.minewatch.checklist.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.minewatch.checklist.InspectionFilter;
import org.minewatch.checklist.InspectionScope;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.checklist.InspectionRow;
import org.minewatch.checklist.ui.list.InspectionsPart;
import org.minewatch.core.PageRequest;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.people.Person;
import org.minewatch.ui.Labels;
import org.minewatch.ui.WidgetKeys;

/**
 * The inspections list on real SWT widgets over the demo data: what the acting person sees, the self-inspections
 * awaiting review, a mine's name, a period (a date that is not one is named), and an inspection planned from it
 * with the acting person leading the team.
 */
class InspectionsListTest extends ChecklistPartTest {

	@Test
	void theListFiltersByStatusMineAndPeriod() {
		InspectionsPart list = ContextInjectionFactory.make(InspectionsPart.class, context);
		shell.open();
		ui.waitUntil(() -> !list.rows().isEmpty(), () -> "the inspections loaded");
		assertEquals(expected(InspectionFilter.all()), list.rows().size(), "what the acting person sees");

		choose(ChecklistKeys.LIST_STATUS, 1); // self-inspections awaiting review
		ui.waitUntil(() -> list.rows().stream().allMatch(r -> r.status() == InspectionStatus.SUBMITTED), () -> "the submitted ones");
		assertEquals(expected(InspectionFilter.awaitingReview()), list.rows().size());
		assertTrue(list.rows().stream().allMatch(r -> r.kind() == InspectionKind.SELF_INSPECTION));

		choose(ChecklistKeys.LIST_STATUS, 0);
		ui.waitUntil(() -> list.rows().size() == expected(InspectionFilter.all()), () -> "all again");
		String mine = list.rows().get(0).mineName();
		type(ChecklistKeys.LIST_MINE, mine);
		ui.waitUntil(() -> !list.rows().isEmpty() && list.rows().stream().allMatch(r -> r.mineName().equals(mine)), () -> "the inspections of " + mine);

		type(ChecklistKeys.LIST_MINE, "");
		type(ChecklistKeys.LIST_FROM, "2021-07-01");
		ui.waitUntil(() -> !list.rows().isEmpty() && list.rows().stream().allMatch(r -> !r.plannedStart().isBefore(LocalDate.of(2021, 7, 1))),
				() -> "those planned from July");
		type(ChecklistKeys.LIST_TO, "2021-13-01");
		ui.waitUntil(() -> summary().contains("2021-13-01"), () -> "the date that is not one named: " + summary());
	}

	@Test
	void anInspectionIsPlannedWithTheActingPersonLeadingTheTeam() {
		InspectionsPart list = ContextInjectionFactory.make(InspectionsPart.class, context);
		shell.open();
		ui.waitUntil(() -> !list.rows().isEmpty(), () -> "the inspections loaded");
		int before = list.rows().size();
		boolean[] planned = { false };
		ui.whenShellAppears(Labels.plain(Messages.list_plan), dialog -> {
			ui.whenShellAppears(Labels.plain(Messages.plan_pickMine), picker -> {
				org.eclipse.swt.widgets.List mines = ui.byKey(picker, WidgetKeys.PICK_LIST, org.eclipse.swt.widgets.List.class);
				ui.waitUntil(() -> mines.getItemCount() > 0, () -> "mines to pick from");
				mines.select(0);
				mines.notifyListeners(SWT.DefaultSelection, new Event());
			});
			ui.click(ui.byKey(dialog, ChecklistKeys.PLAN_MINE, Button.class));
			Combo templates = ui.byKey(dialog, ChecklistKeys.PLAN_TEMPLATE, Combo.class);
			ui.waitUntil(() -> templates.getSelectionIndex() >= 0, () -> "a template for the mine's kind is offered");
			ui.click(ok(dialog));
			planned[0] = true;
		});
		ui.click(ui.byKey(shell, ChecklistKeys.LIST_PLAN, Button.class));
		ui.waitUntil(() -> planned[0] && list.rows().size() == before + 1, () -> "the planned inspection listed; status: " + fixture.statusMessages());
		assertEquals(1, opened.size(), "the runner is opened");
		assertEquals(org.minewatch.checklist.ui.ChecklistParts.RUNNER, opened.get(0).getElementId());

		Inspection stored = fixture.registry.load(fixture.actor, Inspection.class, opened.get(0).getPersistedState().get(org.minewatch.ui.Editors.RECORD_ID));
		assertTrue(list.rows().stream().map(InspectionRow::id).anyMatch(stored.getId()::equals));
		assertEquals(InspectionStatus.PLANNED, stored.getStatus());
		assertEquals(fixture.actor.personId(), stored.getTeam().get(0).getPerson().getId());
		assertTrue(stored.getTeam().get(0).isLeader());
		assertFalse(stored.getResults().isEmpty(), "one result per item of the template");
		assertTrue(fixture.statusMessages().contains(NLS.bind(Messages.plan_done, stored.getMine().getName())));
	}

	/** How many inspections the store gives for a filter within the acting person's scope. */
	private int expected(InspectionFilter filter) {
		return fixture.store.read(fixture.actor,
				s -> s.rows(filter.query(InspectionScope.of(s, s.get(Person.class, fixture.actor.personId()))), PageRequest.first(500)).items().size());
	}

	private void choose(String key, int index) {
		Combo combo = ui.byKey(shell, key, Combo.class);
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		ui.flush();
	}

	private void type(String key, String text) {
		ui.byKey(shell, key, Text.class).setText(text);
		ui.flush();
	}

	private String summary() {
		return ui.byKey(shell, ChecklistKeys.LIST_SUMMARY, Label.class).getText();
	}

	@Test
	void anInspectionBeforeResumptionIsPlannedAsSuchAndTheListSaysSo() {
		InspectionsPart list = ContextInjectionFactory.make(InspectionsPart.class, context);
		shell.open();
		ui.waitUntil(() -> !list.rows().isEmpty(), () -> "the inspections loaded");
		int before = list.rows().size();
		boolean[] planned = { false };
		String[] label = { null };
		ui.whenShellAppears(Labels.plain(Messages.list_plan), dialog -> {
			ui.whenShellAppears(Labels.plain(Messages.plan_pickMine), picker -> {
				org.eclipse.swt.widgets.List mines = ui.byKey(picker, WidgetKeys.PICK_LIST, org.eclipse.swt.widgets.List.class);
				ui.waitUntil(() -> mines.getItemCount() > 1, () -> "mines to pick from");
				mines.select(1);
				mines.notifyListeners(SWT.DefaultSelection, new Event());
			});
			ui.click(ui.byKey(dialog, ChecklistKeys.PLAN_MINE, Button.class));
			Combo templates = ui.byKey(dialog, ChecklistKeys.PLAN_TEMPLATE, Combo.class);
			ui.waitUntil(() -> templates.getSelectionIndex() >= 0, () -> "a template for the mine's kind is offered");
			Button check = ui.byKey(dialog, ChecklistKeys.PLAN_BEFORE_RESUMPTION, Button.class);
			label[0] = check.getText();
			assertFalse(check.getSelection(), "an ordinary inspection unless chosen");
			check.setSelection(true);
			check.notifyListeners(SWT.Selection, new Event());
			ui.click(ok(dialog));
			planned[0] = true;
		});
		ui.click(ui.byKey(shell, ChecklistKeys.LIST_PLAN, Button.class));
		ui.waitUntil(() -> planned[0] && list.rows().size() == before + 1 && !opened.isEmpty(), () -> "the planned inspection listed; status: " + fixture.statusMessages());

		assertEquals(org.minewatch.ui.ModelText.feature(org.minewatch.model.inspection.InspectionPackage.Literals.INSPECTION__BEFORE_RESUMPTION), label[0],
				"the model's one term for it (复工复产前检查)");
		Inspection stored = fixture.registry.load(fixture.actor, Inspection.class, opened.get(0).getPersistedState().get(org.minewatch.ui.Editors.RECORD_ID));
		assertTrue(stored.isBeforeResumption(), "planned as the inspection before resumption");
		InspectionRow row = list.rows().stream().filter(r -> r.id().equals(stored.getId())).findFirst().orElseThrow();
		assertTrue(row.beforeResumption());
		org.eclipse.swt.widgets.Table table = ui.byKey(shell, ChecklistKeys.LIST_TABLE, org.eclipse.swt.widgets.Table.class);
		String shown = java.util.Arrays.stream(table.getItems()).filter(i -> i.getData() == row || row.equals(i.getData())).map(i -> i.getText(1))
				.findFirst().orElseGet(() -> table.getItem(list.rows().indexOf(row)).getText(1));
		assertEquals(NLS.bind(Messages.list_kindBeforeResumption, org.minewatch.checklist.ui.internal.ChecklistText.kind(row.kind())), shown,
				"the list says it is the inspection before resumption");
		assertTrue(list.rows().stream().filter(r -> !r.id().equals(stored.getId())).noneMatch(InspectionRow::beforeResumption),
				"the demo's other inspections are ordinary ones");
	}

	private Button ok(Shell dialog) {
		return ui.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).orElseThrow();
	}

}
