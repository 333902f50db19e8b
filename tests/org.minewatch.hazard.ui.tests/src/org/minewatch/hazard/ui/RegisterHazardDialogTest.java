package org.minewatch.hazard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.hazard.Lifecycle;
import org.minewatch.hazard.Resumption;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardPackage.Literals;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.time.Zones;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.ui.WidgetKeys;
import org.minewatch.ui.editors.FormDialog;

/**
 * Issue 15 in Register a Hazard: a major hazard entered by hand with the reason it cites nothing, the stop, the
 * withdrawal, the written report's time and an order to stop; refused with the rule's words while the reason is
 * missing, and registered, with the order and the mine's status, once given.
 */
class RegisterHazardDialogTest extends PartTest {

	private static final String KEY = "org.minewatch.hazard.register."; //$NON-NLS-1$

	@Test
	void aMajorHazardIsRegisteredWithItsReasonTheStopTheReportAndAnOrderToStop() {
		RegisterHazardDialog dialog = new RegisterHazardDialog(shell, context.get(org.minewatch.registry.Registry.class), context.get(org.minewatch.hazard.HazardService.class),
				fixture.actor);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell form = dialog.getShell();
		Text uncited = ui.byKey(form, WidgetKeys.field(Literals.HAZARD__UNCITED_REASON), Text.class);
		assertFalse(uncited.isEnabled(), "a general hazard has no reason to give");

		ui.whenShellAppears(org.minewatch.ui.ModelText.feature(Literals.HAZARD__MINE), picker -> {
			org.eclipse.swt.widgets.List mines = ui.byKey(picker, WidgetKeys.PICK_LIST, org.eclipse.swt.widgets.List.class);
			ui.waitUntil(() -> mines.getItemCount() > 0, () -> "mines to pick from");
			mines.select(0);
			mines.notifyListeners(SWT.DefaultSelection, new Event());
		});
		ui.click(ui.byKey(form, KEY + "pickMine", Button.class));
		ui.waitUntil(() -> dialog.mineName() != null, () -> "a mine picked");
		ui.byKey(form, WidgetKeys.field(Literals.HAZARD__DESCRIPTION), Text.class).setText("尾矿库排洪设施堵塞");
		Combo grade = ui.byKey(form, KEY + "grade", Combo.class);
		grade.select(1); // major
		grade.notifyListeners(SWT.Selection, new Event());
		assertTrue(uncited.isEnabled());
		check(form, "areaStopped");
		check(form, "peopleWithdrawn");

		// no citation and no reason: the lifecycle's rule, shown in the dialog; nothing registered
		ui.click(ok(form));
		Label problem = ui.byKey(form, FormDialog.PROBLEM_KEY, Label.class);
		ui.waitUntil(() -> problem.getText().contains("其他情形") || problem.getText().contains("regulator"), () -> "the refusal shown: " + problem.getText());

		uncited.setText("依据非煤矿山重大事故隐患判定标准");
		ui.byKey(form, WidgetKeys.field(Literals.HAZARD__REPORTED_AT), Text.class).setText("2021-11-29 08:40");
		check(form, "orderToStop");
		Text number = ui.byKey(form, KEY + "orderNumber", Text.class);
		assertTrue(number.isEnabled());
		number.setText("冀安监停〔2021〕3号");
		ui.byKey(form, KEY + "orderContent", Text.class).setText("责令停产整顿");
		form.redraw();
		form.update();
		ui.flush();
		picture(form, "register-major-hazard.png");
		ui.click(ok(form));
		ui.waitUntil(() -> dialog.registered() != null, () -> "registered; problem: " + (problem.isDisposed() ? "" : problem.getText()));

		Hazard stored = fixture.registry.load(fixture.actor, Hazard.class, dialog.registered().getId());
		assertEquals("依据非煤矿山重大事故隐患判定标准", stored.getUncitedReason());
		assertTrue(Lifecycle.forReview(stored));
		assertTrue(stored.isAreaStopped() && stored.isPeopleWithdrawn());
		assertEquals(LocalDateTime.of(2021, 11, 29, 8, 40).atZone(Zones.CHINA).toInstant(), stored.getReportedAt());
		Mine mine = fixture.registry.load(fixture.actor, Mine.class, stored.getMine().getId());
		assertEquals(ProductionStatus.ORDERED_TO_STOP, Resumption.latest(mine));
		assertTrue(fixture.store.read(fixture.actor, s -> s.query(Query.of(EnforcementDocument.class).where("mine", mine.getId()), PageRequest.first(100))
				.items().stream().anyMatch(d -> "冀安监停〔2021〕3号".equals(d.getNumber()))), "the order is recorded");
		assertFalse(Messages.register_orderToStop.isBlank());
	}

	@Test
	void aHazardFoundOnAPatrolIsRegisteredAsFixedOnTheSpotWithItsEvidence() throws Exception {
		RegisterHazardDialog dialog = new RegisterHazardDialog(shell, context.get(org.minewatch.registry.Registry.class),
				context.get(org.minewatch.hazard.HazardService.class), fixture.actor);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Shell form = dialog.getShell();
		ui.whenShellAppears(org.minewatch.ui.ModelText.feature(Literals.HAZARD__MINE), picker -> {
			org.eclipse.swt.widgets.List mines = ui.byKey(picker, WidgetKeys.PICK_LIST, org.eclipse.swt.widgets.List.class);
			ui.waitUntil(() -> mines.getItemCount() > 1, () -> "mines to pick from");
			mines.select(1);
			mines.notifyListeners(SWT.DefaultSelection, new Event());
		});
		ui.click(ui.byKey(form, KEY + "pickMine", Button.class));
		ui.waitUntil(() -> dialog.mineName() != null, () -> "a mine picked");
		ui.byKey(form, WidgetKeys.field(Literals.HAZARD__DESCRIPTION), Text.class).setText("皮带机尾防护栏缺失");
		check(form, "fixedOnSpot");
		ui.click(ok(form));
		Label problem = ui.byKey(form, FormDialog.PROBLEM_KEY, Label.class);
		assertEquals(Messages.register_needEvidence, problem.getText(), "no evidence, nothing registered");

		java.nio.file.Path photo = temp.resolve("护栏已装.png");
		org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] {
				new org.eclipse.swt.graphics.ImageData(8, 8, 24, new org.eclipse.swt.graphics.PaletteData(0xFF0000, 0xFF00, 0xFF)) };
		loader.save(photo.toString(), SWT.IMAGE_PNG);
		dialog.addEvidence(java.util.List.of(photo));
		assertEquals("护栏已装.png", ui.byKey(form, KEY + "evidence", Label.class).getText());
		ui.click(ok(form));
		ui.waitUntil(() -> dialog.registered() != null, () -> "registered; problem: " + (problem.isDisposed() ? "" : problem.getText()));

		Hazard stored = fixture.registry.load(fixture.actor, Hazard.class, dialog.registered().getId());
		assertEquals(org.minewatch.model.hazard.HazardState.CLOSED, stored.getState());
		assertTrue(stored.isFixedOnSpot());
		assertEquals(org.minewatch.model.hazard.HazardSource.PATROL, stored.getSource());
		assertEquals("护栏已装.png", stored.getAttachments().get(0).getFileName());
		assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(photo), fixture.registry.content(fixture.actor, stored.getAttachments().get(0))),
				"the evidence's bytes are kept");
	}

	/** The dialog as drawn, under target/screenshots, to look at. */
	private static void picture(Shell form, String name) {
		org.eclipse.swt.graphics.Rectangle size = form.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(form.getDisplay(), size.width, size.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(form);
		gc.copyArea(image, 0, 0);
		gc.dispose();
		org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
		loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
		java.nio.file.Path file = java.nio.file.Path.of("target", "screenshots", name).toAbsolutePath();
		try {
			java.nio.file.Files.createDirectories(file.getParent());
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}

	private void check(Shell form, String key) {
		Button box = ui.byKey(form, KEY + key, Button.class);
		box.setSelection(true);
		box.notifyListeners(SWT.Selection, new Event());
	}

	private Button ok(Shell form) {
		return ui.find(form, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).orElseThrow();
	}
}
