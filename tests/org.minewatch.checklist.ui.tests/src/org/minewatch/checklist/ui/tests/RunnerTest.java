package org.minewatch.checklist.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.minewatch.checklist.InspectionService.Member;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.checklist.ui.runner.RunnerPart;
import org.minewatch.model.checklist.ChecklistFactory;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.ui.Labels;

/**
 * A small inspection run through the runner on real SWT widgets, by keyboard: C, H and N mark an item, the
 * state as found is written, Ctrl+Enter records it and moves on; completing with an item open is refused with
 * the section named; once every item is answered it completes, and the hazard item is in the register, linked.
 */
class RunnerTest extends ChecklistPartTest {

	@Test
	void aSmallInspectionIsRunByKeyboardAndCompleted() {
		Inspection planned = planSmallInspection();
		RunnerPart runner = open(RunnerPart.class, planned.getId());
		ui.waitUntil(() -> runner.inspection() != null, () -> "the inspection loaded");
		ui.flush();
		Tree items = ui.byKey(shell, ChecklistKeys.RUNNER_ITEMS, Tree.class);
		assertEquals(NLS.bind(Messages.runner_progress, 0, 3), progress());
		assertEquals("1.1", selectedNumber(runner), "the first unanswered item is shown");

		answer(runner, items, 'c', "制度齐全，已上墙公示", null);
		assertEquals("1.2", selectedNumber(runner), "Ctrl+Enter moves to the next unanswered item");
		String refusal = completeRefused();
		assertTrue(refusal.contains("1 安全管理 (1)") && refusal.contains("2 爆破 (1)"), "the refusal names each section with items open: " + refusal);

		runner.attach(List.of(photo()));
		ui.waitUntil(() -> ui.byKey(shell, ChecklistKeys.RUNNER_ATTACHED, Label.class).getText().equals("通风机.png"), () -> "the photo attached; status: "
				+ fixture.statusMessages());
		answer(runner, items, 'h', "局部通风机未挂牌管理", "1302回风巷");
		answer(runner, items, 'n', "本矿无此作业", null);
		assertEquals(NLS.bind(Messages.runner_progress, 3, 3), progress());
		assertTrue(items.getItem(0).getText().endsWith("(2/2)"), items.getItem(0).getText());

		ui.click(step("complete"));
		ui.waitUntil(() -> runner.inspection().getStatus() == InspectionStatus.COMPLETED, () -> "completed; status: " + fixture.statusMessages());
		assertFalse(step("complete").isEnabled());
		assertFalse(step("submit").isEnabled(), "an investigation is not submitted: only a self-inspection is");

		Inspection stored = fixture.registry.load(fixture.actor, Inspection.class, planned.getId());
		assertEquals(List.of(ItemOutcome.CONFORMING, ItemOutcome.HAZARD, ItemOutcome.NOT_APPLICABLE),
				stored.getResults().stream().map(ItemResult::getOutcome).toList());
		assertEquals("制度齐全，已上墙公示", stored.getResults().get(0).getStateAsFound());
		Hazard hazard = fixture.registry.load(fixture.actor, Hazard.class, stored.getResults().get(1).getHazard().getId());
		assertEquals(HazardSource.INSPECTION, hazard.getSource());
		assertEquals(HazardState.REGISTERED, hazard.getState());
		assertEquals("1302回风巷", hazard.getPlace());
		assertEquals(planned.getId(), hazard.getSourceInspection().getId());
		assertEquals("通风机.png", hazard.getAttachments().get(0).getFileName(), "the item's photo goes with its hazard");
		assertNotNull(stored.getSignedOffAt());
	}

	/** Marks the shown item by key, writes the state as found (and the place of a hazard), records with Ctrl+Enter. */
	private void answer(RunnerPart runner, Tree items, char key, String found, String place) {
		String number = selectedNumber(runner);
		ui.press(items, 0, key, 0);
		Text state = ui.byKey(shell, ChecklistKeys.RUNNER_FOUND, Text.class);
		state.setText(found);
		if (place != null) {
			ui.byKey(shell, ChecklistKeys.RUNNER_PLACE, Text.class).setText(place);
		}
		ui.press(state, SWT.CR, '\r', SWT.MOD1);
		ui.waitUntil(() -> !runner.isRecording() && runner.inspection().getResults().stream()
				.anyMatch(r -> r.getItem().getNumber().equals(number) && r.getOutcome() != ItemOutcome.UNANSWERED), () -> "item " + number + " recorded; status: "
						+ fixture.statusMessages());
		ui.flush();
	}

	private String completeRefused() {
		AtomicReference<String> shown = new AtomicReference<>();
		ui.whenShellAppears(NLS.bind(Messages.step_refused, Labels.plain(Messages.step_complete)), dialog -> {
			shown.set(ui.find(dialog, Label.class, label -> label.getText().length() > 10).map(Label::getText).orElse(""));
			ui.click(ui.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).orElseThrow());
		});
		ui.click(step("complete"));
		ui.waitUntil(() -> shown.get() != null, () -> "the refusal");
		return shown.get();
	}

	private String selectedNumber(RunnerPart runner) {
		Tree items = ui.byKey(shell, ChecklistKeys.RUNNER_ITEMS, Tree.class);
		return items.getSelection().length == 0 || !(items.getSelection()[0].getData() instanceof ItemResult result) ? null : result.getItem().getNumber();
	}

	private String progress() {
		return ui.byKey(shell, ChecklistKeys.RUNNER_PROGRESS, Label.class).getText();
	}

	private Button step(String step) {
		return ui.byKey(shell, ChecklistKeys.RUNNER_STEP + step, Button.class);
	}

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path files;

	/** A small PNG, as a camera would give. */
	private java.nio.file.Path photo() {
		org.eclipse.swt.graphics.ImageData data = new org.eclipse.swt.graphics.ImageData(16, 12, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF));
		org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { data };
		java.nio.file.Path file = files.resolve("通风机.png");
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	/** Three items in two sections, on a template of the bureau's own, for a coal mine. */
	@Test
	void theRunnerShowsTheProvincesWorkflowForAnInvestigationInInnerMongolia() {
		ChecklistTemplate template = fixture.templates.newTemplate(fixture.actor, "\u5185\u8499\u53e4\u6d4b\u8bd5\u68c0\u67e5\u8868", "1", TemplateOrigin.PROVINCE,
				List.of(MineKind.UNDERGROUND_COAL), LocalDate.of(2021, 11, 1));
		template.getSections().add(section("1", "\u5b89\u5168\u7ba1\u7406", item("1.1", "\u5b89\u5168\u751f\u4ea7\u8d23\u4efb\u5236")));
		fixture.templates.save(fixture.actor, template, false);
		Mine mine = fixture.data.mines.stream().filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL && "150000".equals(m.getProvince().getCode()))
				.findFirst().orElseThrow();
		Inspection planned = fixture.inspections.plan(fixture.actor, InspectionKind.REGULATORY_INVESTIGATION, mine.getId(), template.getId(),
				LocalDate.of(2021, 11, 29), LocalDate.of(2021, 11, 30), List.of(new Member(fixture.actor.personId(), null, true)));
		RunnerPart runner = open(RunnerPart.class, planned.getId());
		ui.waitUntil(() -> runner.inspection() != null, () -> "the inspection loaded");
		Label rules = ui.byKey(shell, ChecklistKeys.RUNNER_RULES, Label.class);
		// 编制方案 ... 总结归档: the eight steps of the closed enforcement loop, in order
		ui.waitUntil(() -> rules.getText().contains("\u7f16\u5236\u65b9\u6848") || rules.getText().contains("Draw up the plan"),
				() -> "the workflow shown: " + rules.getText());
		String text = rules.getText();
		assertTrue(text.indexOf("\u7f16\u5236\u65b9\u6848") < text.indexOf("\u603b\u7ed3\u5f52\u6863")
				|| text.indexOf("Draw up the plan") < text.indexOf("Summarise and archive"), text);
	}

	private Inspection planSmallInspection() {
		ChecklistTemplate template = fixture.templates.newTemplate(fixture.actor, "界面测试检查表", "1", TemplateOrigin.PROVINCE,
				List.of(MineKind.UNDERGROUND_COAL), LocalDate.of(2021, 11, 1));
		template.getSections().add(section("1", "安全管理", item("1.1", "安全生产责任制"), item("1.2", "局部通风管理")));
		template.getSections().add(section("2", "爆破", item("2.1", "爆破作业")));
		fixture.templates.save(fixture.actor, template, false);
		Mine mine = fixture.data.mines.stream().filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL).findFirst().orElseThrow();
		return fixture.inspections.plan(fixture.actor, InspectionKind.REGULATORY_INVESTIGATION, mine.getId(), template.getId(), LocalDate.of(2021, 11, 29),
				LocalDate.of(2021, 11, 30), List.of(new Member(fixture.actor.personId(), null, true)));
	}

	private static ChecklistSection section(String number, String title, ChecklistItem... items) {
		ChecklistSection section = ChecklistFactory.eINSTANCE.createChecklistSection();
		section.setId(EcoreUtil.generateUUID());
		section.setNumber(number);
		section.setTitle(title);
		section.getItems().addAll(List.of(items));
		return section;
	}

	private static ChecklistItem item(String number, String subject) {
		ChecklistItem item = ChecklistFactory.eINSTANCE.createChecklistItem();
		item.setId(EcoreUtil.generateUUID());
		item.setNumber(number);
		item.setSubject(subject);
		item.setCriteria(subject + "是否符合规定");
		return item;
	}
}
