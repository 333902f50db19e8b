package org.minewatch.hazard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.Lifecycle;
import org.minewatch.hazard.LifecycleException;
import org.minewatch.hazard.ui.editor.HazardEditor;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage.Literals;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.registry.Mine;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.ui.Editors;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.WidgetKeys;
import org.minewatch.ui.Labels;

/**
 * The hazard editor on real SWT widgets over a real store: a major hazard driven from registered to closed
 * through its buttons and their dialogs, with a refused step shown with the rule that forbids it.
 */
class HazardEditorTest extends PartTest {

	@org.junit.jupiter.api.io.TempDir
	Path files;
	private HazardService service;
	private MPart part;

	@BeforeEach
	void hazardService() {
		service = fixture.hazards;
	}

	@Test
	void aMajorHazardIsDrivenFromRegisteredToClosedThroughTheButtons() {
		Hazard registered = registerMajor();
		HazardEditor editor = open(registered);
		assertEquals(HazardState.REGISTERED, editor.record().getState());
		assertTrue(step("startRectification").isEnabled());
		assertFalse(step("accept").isEnabled(), "accepting is not allowed while registered");
		assertFalse(step("close").isEnabled(), "closing is not allowed while registered");

		// refused: the 五落实 and the plan are empty; the rule is shown and nothing changes
		String refusal = refusedWhenTaken("startRectification");
		Hazard trial = stored(registered.getId());
		LifecycleException rule = assertThrows(LifecycleException.class,
				() -> new Lifecycle(ModelText.locale()).startRectification(trial, trial.getFoundBy(), Instant.now(), "")); //$NON-NLS-1$
		assertTrue(refusal.contains(rule.getMessage()), "the dialog names the rule: " + refusal);
		assertEquals(HazardState.REGISTERED, stored(registered.getId()).getState(), "a refused step writes nothing");

		fill(Literals.RECTIFICATION__RESPONSIBLE_UNIT, "采煤一队");
		fill(Literals.RECTIFICATION__RESPONSIBLE_PERSON_NAME, "王建军");
		fill(Literals.RECTIFICATION__MEASURES, "加强局部通风，安装瓦斯抽采管路");
		fill(Literals.RECTIFICATION__FUNDS, "35.5");
		fill(Literals.RECTIFICATION__DEADLINE, "2021-12-20");
		fill(Literals.RECTIFICATION__CONTINGENCY_PLAN, "超限立即停电撤人");
		fill(Literals.RECTIFICATION_PLAN__GOALS_AND_TASKS, "消除回风巷瓦斯积聚");
		fill(Literals.RECTIFICATION_PLAN__METHODS_AND_MEASURES, "调整通风系统，增设抽采钻孔");
		fill(Literals.RECTIFICATION_PLAN__FUNDS_AND_MATERIALS, "35.5万元，抽采管路两百米");
		fill(Literals.RECTIFICATION_PLAN__RESPONSIBLE_BODIES, "通风区，总工程师负责");
		fill(Literals.RECTIFICATION_PLAN__TIME_LIMIT, "2021年12月20日前完成");
		fill(Literals.RECTIFICATION_PLAN__SAFETY_MEASURES, "停止该区域作业，设警戒");
		ui.flush();
		assertFalse(step("startRectification").isEnabled(), "a step waits for the changes to be saved");
		save(editor);

		take(editor, "startRectification", dialog -> text(dialog, HazardKeys.STEP_REASON).setText("方案已审定"), HazardState.RECTIFYING);
		assertTrue(editor.record().isAreaStopped(), "the threatened area stays stopped");
		assertFalse(step("accept").isEnabled(), "a major hazard is accepted only once listed for supervision");

		// listed by the regulator that supervises the mine (the first offered); an official of it verifies and closes it
		take(editor, "listForSupervision", dialog -> text(dialog, HazardKeys.STEP_NUMBER).setText("督办〔2021〕88号"), HazardState.SUPERVISED);
		assertEquals("督办〔2021〕88号", editor.record().getSupervision().getNumber());
		String listing = editor.record().getSupervision().getAgency().getId();
		assertEquals(registered.getOwner().getId(), listing);
		assertFalse(step("accept").isEnabled(), "verified once the mine asks for it");
		org.minewatch.model.people.Person official = fixture.data.persons.stream().filter(p -> p.getAgency() != null && listing.equals(p.getAgency().getId()))
				.findFirst().orElseThrow();
		context.set(org.minewatch.desk.Acting.class, new org.minewatch.desk.Acting(new org.minewatch.core.Actor(official.getId(), official.getName(), listing), true));
		ui.flush();
		take(editor, "requestAcceptance", dialog -> text(dialog, HazardKeys.STEP_REASON).setText("整改完成，申请验收"), HazardState.SUPERVISED);
		// the state stays: wait for the hazard read again with the request
		ui.waitUntil(() -> editor.isLoaded() && editor.record().getAcceptanceRequestedAt() != null, () -> "the request recorded; status: " + fixture.statusMessages());
		ui.flush();
		assertTrue(step("accept").isEnabled(), "asked for: the listing regulator may verify");

		editor.attachFiles(List.of(photo("before.png", 0x884422), photo("after.png", 0x228844)));
		ui.waitUntil(() -> editor.record().getAttachments().size() == 2, () -> "two photos attached");
		ui.flush();
		assertTrue(part.isDirty(), "an attachment is a change to save");
		assertEquals(2, ui.byKey(shell, HazardKeys.PHOTOS, Table.class).getItemCount());
		save(editor);

		take(editor, "accept", dialog -> {
			ui.byKey(dialog, HazardKeys.STEP_BEFORE, Table.class).getItem(0).setChecked(true);
			ui.byKey(dialog, HazardKeys.STEP_AFTER, Table.class).getItem(1).setChecked(true);
			text(dialog, HazardKeys.STEP_REASON).setText("现场复查合格");
		}, HazardState.ACCEPTED);
		assertFalse(editor.record().isAreaStopped(), "the area works again once accepted");
		assertEquals(null, editor.record().getSupervision().getLiftedAt(), "listed until the listing regulator closes it");

		take(editor, "close", dialog -> text(dialog, HazardKeys.STEP_REASON).setText("摘牌销号"), HazardState.CLOSED);
		assertNotNull(stored(registered.getId()).getSupervision().getLiftedAt(), "摘牌 with 销号");

		Hazard closed = stored(registered.getId());
		assertEquals(HazardState.CLOSED, closed.getState());
		assertEquals(List.of(HazardState.REGISTERED, HazardState.RECTIFYING, HazardState.SUPERVISED, HazardState.SUPERVISED, HazardState.ACCEPTED,
				HazardState.CLOSED),
				closed.getTransitions().stream().map(t -> t.getTo()).toList());
		assertTrue(closed.getTransitions().stream().allMatch(t -> t.getBy() != null && t.getAt() != null));
		assertEquals(official.getId(), closed.getTransitions().get(closed.getTransitions().size() - 1).getBy().getId(), "closed by the listing regulator's official");
		assertEquals(1, closed.getAcceptances().size());
		assertEquals(7, ui.byKey(shell, HazardKeys.TIMELINE, Table.class).getItemCount(), "six steps and the acceptance in the timeline");
		for (String step : List.of("register", "startRectification", "listForSupervision", "requestAcceptance", "accept", "close", "extendDeadline")) {
			assertFalse(step(step).isEnabled(), step + " is not allowed once closed");
		}
	}

	private Hazard registerMajor() {
		Mine mine = fixture.registry.load(fixture.actor, Mine.class, fixture.data.mines.get(1).getId());
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setMine(mine);
		hazard.setOwner(mine.getOwner());
		hazard.setNumber("YH-UI-0001");
		hazard.setDescription("回风巷瓦斯积聚，浓度超过规定");
		hazard.setGrade(HazardGrade.MAJOR);
		hazard.setSource(HazardSource.PATROL);
		hazard.setUncitedReason("其他情形");
		hazard.setAreaStopped(true);
		hazard.setPeopleWithdrawn(true);
		return service.register(fixture.actor, Locale.getDefault(), hazard, "巡查发现");
	}

	private HazardEditor open(Hazard hazard) {
		part = MBasicFactory.INSTANCE.createPart();
		part.getPersistedState().put(Editors.RECORD_ID, hazard.getId());
		context.set(MPart.class, part);
		HazardEditor editor = ContextInjectionFactory.make(HazardEditor.class, context);
		shell.open();
		ui.waitUntil(editor::isLoaded, () -> "the hazard loaded");
		ui.flush();
		return editor;
	}

	private Button step(String step) {
		return ui.byKey(shell, HazardKeys.STEP + step, Button.class);
	}

	private void fill(org.eclipse.emf.ecore.EStructuralFeature feature, String value) {
		ui.byKey(shell, WidgetKeys.field(feature), Text.class).setText(value);
	}

	private Text text(Shell dialog, String key) {
		return ui.byKey(dialog, key, Text.class);
	}

	private void save(HazardEditor editor) {
		editor.save();
		ui.waitUntil(() -> !editor.isSaving() && !part.isDirty(), () -> "saved; status: " + fixture.statusMessages());
	}

	/** Clicks a step's button, fills its dialog and presses its OK button, then waits for the hazard to reach {@code state}. */
	private void take(HazardEditor editor, String step, Consumer<Shell> fill, HazardState state) {
		String title = dialogTitle(step);
		boolean[] answered = { false };
		ui.whenShellAppears(title, dialog -> {
			fill.accept(dialog);
			ui.click(ok(dialog));
			answered[0] = true;
		});
		ui.click(step(step));
		ui.waitUntil(() -> answered[0], () -> "the dialog of " + step);
		ui.waitUntil(() -> editor.isLoaded() && editor.record().getState() == state, () -> state + " after " + step + "; status: " + fixture.statusMessages());
		ui.flush();
	}

	/** Clicks a step's button and answers its dialog; returns the refusal's message, shown in an error dialog. */
	private String refusedWhenTaken(String step) {
		AtomicReference<String> shown = new AtomicReference<>();
		ui.whenShellAppears(dialogTitle(step), dialog -> ui.click(ok(dialog)));
		ui.whenShellAppears(Messages.step_refusedTitle, dialog -> {
			shown.set(ui.find(dialog, Label.class, label -> label.getText().length() > 10).map(Label::getText).orElse(""));
			ui.click(ui.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).orElseThrow());
		});
		ui.click(step(step));
		ui.waitUntil(() -> shown.get() != null, () -> "the refusal of " + step);
		return shown.get();
	}

	private static String dialogTitle(String step) {
		String label = switch (step) {
		case "startRectification" -> Messages.step_startRectification;
		case "listForSupervision" -> Messages.step_listForSupervision;
		case "accept" -> Messages.step_accept;
		case "requestAcceptance" -> Messages.step_requestAcceptance;
		case "close" -> Messages.step_close;
		default -> throw new IllegalArgumentException(step);
		};
		return Labels.plain(label);
	}

	private Button ok(Shell dialog) {
		return ui.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).orElseThrow();
	}

	private Hazard stored(String id) {
		return fixture.registry.load(fixture.actor, Hazard.class, id); // with the people and agencies it names
	}

	/** A small PNG of one colour. */
	private Path photo(String name, int rgb) {
		ImageData data = new ImageData(32, 24, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		for (int x = 0; x < 32; x++) {
			for (int y = 0; y < 24; y++) {
				data.setPixel(x, y, rgb);
			}
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		Path file = files.resolve(name);
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
