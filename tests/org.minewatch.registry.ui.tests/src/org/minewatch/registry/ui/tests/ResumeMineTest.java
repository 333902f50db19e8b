package org.minewatch.registry.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.hazard.HazardService.StopOrder;
import org.minewatch.hazard.Resumption;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.hazard.RectificationPlan;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.registry.ui.editors.MineEditor;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.ui.Editors;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.FormDialog;

/**
 * Issue 15, item 7 at the desktop: a mine stopped by an order with a major hazard is resumed from its editor. Refused
 * with the resumption rule's words (the open major named, the missing inspection before resumption) while they hold;
 * accepted, the editor showing the new status, once the major is closed and an inspection before resumption completed.
 */
class ResumeMineTest extends PartTest {

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

	private Button resumeButton() {
		return ui.byKey(shell, MineEditor.RESUME_KEY, Button.class);
	}

	private boolean showsStatus(ProductionStatus status) {
		String wanted = ModelText.literal(RegistryPackage.Literals.PRODUCTION_STATUS, status);
		return ui.find(shell, Label.class, l -> !l.isDisposed() && wanted.equals(l.getText())).isPresent();
	}

	/** Opens Resume work, types the reason, presses Resume work; returns the problem line once the dialog either shows one or closes. */
	private String resumeThroughDialog(String reason, boolean cancelWhenRefused) {
		AtomicReference<String> problem = new AtomicReference<>();
		AtomicReference<Shell> dialog = new AtomicReference<>();
		ui.whenShellAppears(org.minewatch.ui.Labels.plain(Messages.resume_title), shown -> {
			dialog.set(shown);
			ui.byKey(shown, "org.minewatch.registry.resume.reason", Text.class).setText(reason);
			ui.click(ui.button(shown, Messages.resume_ok));
			Label line = ui.byKey(shown, FormDialog.PROBLEM_KEY, Label.class);
			ui.waitUntil(() -> shown.isDisposed() || !line.getText().isEmpty(), () -> "the resumption taken or refused");
			if (!shown.isDisposed()) {
				problem.set(line.getText());
				if (cancelWhenRefused) {
					ui.click(ui.find(shown, Button.class, b -> b.getData() != null && b.getData().equals(IDialogConstants.CANCEL_ID)).orElseThrow());
				}
			}
		});
		ui.click(resumeButton());
		ui.waitUntil(() -> dialog.get() != null && dialog.get().isDisposed(), () -> "the dialog closed");
		return problem.get();
	}

	@Test
	void aStoppedMineIsRefusedResumptionWithTheReasonsThenResumesOnceTheMajorIsClosedAndTheCheckCompleted() {
		LocalDate today = LocalDate.now(fixture.CLOCK);
		Mine mine = fixture.data.mines.get(7);
		for (Hazard open : openMajors(mine.getId())) { // this test owns the mine's majors
			fixture.hazards.voidHazard(fixture.actor, open.getId(), "测试前作废");
		}
		Hazard draft = major("采空区积水威胁工作面");
		draft.setReportedAt(fixture.CLOCK.instant().minusSeconds(3600));
		Hazard major = fixture.hazards.register(fixture.actor, ModelText.locale(), mine.getId(), draft, "监管排查发现",
				new StopOrder("冀煤安停〔2021〕31号", "责令停产整顿", today, "隐患消除，经复工复产前检查合格"));

		MineEditor editor = open(mine);
		assertTrue(showsStatus(ProductionStatus.ORDERED_TO_STOP), "the editor shows the mine stopped");
		assertTrue(resumeButton().isEnabled(), "a stopped mine offers Resume work");

		// refused: the major hazard is open and no inspection before resumption was completed
		MinewatchException expected = assertThrows(MinewatchException.class,
				() -> fixture.hazards.resume(fixture.actor, ModelText.locale(), mine.getId(), ProductionStatus.PRODUCING, "整改完毕"));
		String refused = resumeThroughDialog("整改完毕", true);
		assertEquals(expected.getMessage(), refused, "the rule's words shown in the dialog");
		assertTrue(refused.contains(major.getNumber()), "the open major named: " + refused);
		assertEquals(ProductionStatus.ORDERED_TO_STOP, Resumption.latest(stored(mine.getId())), "nothing written when refused");
		assertTrue(showsStatus(ProductionStatus.ORDERED_TO_STOP));

		// the major closed, an inspection before resumption planned, carried out and completed
		closeListed(major);
		String template = fixture.templates.forKind(fixture.actor, mine.getKind()).get(0).getId();
		Inspection check = fixture.inspections.plan(fixture.actor, InspectionKind.REGULATORY_INVESTIGATION, mine.getId(), template, today, today,
				List.of(), true);
		for (ItemResult result : check.getResults()) {
			fixture.inspections.answer(fixture.actor, ModelText.locale(), check.getId(), result.getId(), org.minewatch.checklist.Answer.conforming("符合，已核实"));
		}
		fixture.inspections.complete(fixture.actor, check.getId());

		assertEquals(null, resumeThroughDialog("复工复产前检查合格", true), "accepted: the dialog closes without a problem");
		ui.waitUntil(() -> editor.isLoaded() && showsStatus(ProductionStatus.PRODUCING), () -> "the editor shows the mine producing again");
		assertFalse(resumeButton().isEnabled(), "a producing mine has nothing to resume");
		Mine resumed = stored(mine.getId());
		assertEquals(ProductionStatus.PRODUCING, Resumption.latest(resumed));
		assertEquals("复工复产前检查合格", resumed.getStatusHistory().get(resumed.getStatusHistory().size() - 1).getReason());
		assertNotNull(fixture.statusMessages().stream().filter(m -> m.contains(mine.getName())).findFirst().orElse(null), "the status line says so");
	}

	private Mine stored(String id) {
		return fixture.store.read(fixture.actor, s -> s.get(Mine.class, id));
	}

	private List<Hazard> openMajors(String mineId) {
		return fixture.store.read(fixture.actor, s -> s.query(Query.of(Hazard.class).where("mine", mineId).where("grade", HazardGrade.MAJOR),
				PageRequest.first(500)).items().stream().filter(h -> h.getState() != HazardState.CLOSED && !h.isVoided()).toList());
	}

	/** The major taken through its lifecycle to closed by the regulator who listed it. */
	private void closeListed(Hazard hazard) {
		fixture.hazards.take(fixture.actor, ModelText.locale(), hazard.getId(), (lifecycle, h, by, at, s) -> {
			lifecycle.listForSupervision(h, s.get(Agency.class, fixture.actor.agencyId()), "冀煤安督〔2021〕19号", by, at, null);
			lifecycle.startRectification(h, by, at, null);
			lifecycle.requestAcceptance(h, by, at, "申请验收");
			lifecycle.accept(h, by, true, "合格", List.of(photo()), List.of(photo()), by, at);
			lifecycle.close(h, by, at, "摘牌销号");
		});
	}

	private static Attachment photo() {
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		photo.setId(java.util.UUID.randomUUID().toString());
		photo.setFileName("photo.jpg");
		return photo;
	}

	private static Hazard major(String description) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setNumber("YH-RESUME-1");
		hazard.setGrade(HazardGrade.MAJOR);
		hazard.setSource(HazardSource.PATROL);
		hazard.setDescription(description);
		hazard.setAreaStopped(true);
		hazard.setPeopleWithdrawn(true);
		hazard.setCitation(HazardFactory.eINSTANCE.createCitation());
		hazard.getCitation().setStandard("煤矿重大事故隐患判定标准");
		hazard.getCitation().setEdition("2020");
		hazard.getCitation().setItem("第十三条（一）");
		Rectification r = HazardFactory.eINSTANCE.createRectification();
		r.setResponsibleUnit("地测防治水科");
		r.setResponsiblePersonName("总工程师 赵六");
		r.setMeasures("探放水");
		r.setFunds(new BigDecimal("80"));
		r.setDeadline(LocalDate.of(2021, 12, 31));
		r.setContingencyPlan("透水应急预案");
		hazard.setRectification(r);
		RectificationPlan plan = HazardFactory.eINSTANCE.createRectificationPlan();
		plan.setGoalsAndTasks("疏干采空区积水");
		plan.setMethodsAndMeasures("钻孔探放水");
		plan.setFundsAndMaterials("80 万元");
		plan.setResponsibleBodies("地测防治水科");
		plan.setTimeLimit("一个月");
		plan.setSafetyMeasures("停产撤人，设警戒");
		hazard.setPlan(plan);
		return hazard;
	}
}
