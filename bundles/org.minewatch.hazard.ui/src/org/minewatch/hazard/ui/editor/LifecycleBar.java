package org.minewatch.hazard.ui.editor;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.minewatch.core.MinewatchException;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.HazardService.Step;
import org.minewatch.hazard.Lifecycle;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.Labels;

/**
 * The lifecycle's actions as a row of buttons, each enabled only when the hazard's state allows it
 * ({@link Lifecycle#allowedSteps}) and the hazard has no unsaved changes (a step works on the stored hazard).
 * A button asks for what its step needs, takes the step through the hazard service in a background job, and
 * shows the rule that forbids it when it is refused.
 */
final class LifecycleBar {

	/** The steps in the order of the trade, with their button texts. */
	private static final Map<String, String> STEPS = new LinkedHashMap<>();
	static {
		STEPS.put("register", Messages.step_register); //$NON-NLS-1$
		STEPS.put("fixOnSpot", Messages.step_fixOnSpot); //$NON-NLS-1$
		STEPS.put("startRectification", Messages.step_startRectification); //$NON-NLS-1$
		STEPS.put("listForSupervision", Messages.step_listForSupervision); //$NON-NLS-1$
		STEPS.put("extendDeadline", Messages.step_extendDeadline); //$NON-NLS-1$
		STEPS.put("requestAcceptance", Messages.step_requestAcceptance); //$NON-NLS-1$
		STEPS.put("accept", Messages.step_accept); //$NON-NLS-1$
		STEPS.put("close", Messages.step_close); //$NON-NLS-1$
		STEPS.put(LifecycleBar.VOID, Messages.step_void);
	}
	static final String VOID = "void"; //$NON-NLS-1$

	private final HazardEditor editor;
	private final Hazard hazard;
	private final Composite bar;
	private final Map<String, Button> buttons = new LinkedHashMap<>();
	private HazardService service;
	private boolean running;

	LifecycleBar(HazardEditor editor, Composite parent, Hazard hazard) {
		this.editor = editor;
		this.hazard = hazard;
		bar = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(6).wrap(true).applyTo(bar);
		STEPS.forEach((step, label) -> {
			Button button = name(new Button(bar, SWT.PUSH), HazardKeys.STEP + step);
			button.setText(label);
			button.addListener(SWT.Selection, e -> ask(step));
			buttons.put(step, button);
		});
		refresh(false);
	}

	Control control() {
		return bar;
	}

	void serviceReady(HazardService ready) {
		this.service = ready;
		if (!bar.isDisposed()) {
			refresh(false);
		}
	}

	/** Enables the buttons of the steps the hazard's state allows. */
	void refresh(boolean dirty) {
		Set<String> allowed = new Lifecycle(ModelText.locale()).allowedSteps(hazard);
		boolean usable = service != null && editor.writable() && hazard.getVoidedAt() == null && !running;
		buttons.forEach((step, button) -> {
			boolean possible = VOID.equals(step) || allowed.contains(step);
			button.setEnabled(usable && possible && !dirty);
			button.setToolTipText(dirty && possible ? Messages.step_saveFirst : null);
		});
	}

	private void ask(String step) {
		if ("listForSupervision".equals(step)) { //$NON-NLS-1$
			// the regulators above the mine that may list it: read in the background, then asked
			HazardService asked = service;
			org.minewatch.core.Actor actor = editor.acting();
			String id = hazard.getId();
			Job job = Job.create(Messages.step_reading, monitor -> {
				try {
					List<Agency> chain = asked.listingRegulators(actor, id);
					bar.getDisplay().asyncExec(() -> open(step, chain));
				} catch (MinewatchException e) {
					bar.getDisplay().asyncExec(() -> refused(step, hazard.getNumber() == null ? id : hazard.getNumber(), e.getMessage()));
				}
				return Status.OK_STATUS;
			});
			job.schedule();
		} else {
			open(step, List.of());
		}
	}

	private void open(String step, List<Agency> agencies) {
		if (bar.isDisposed()) {
			return;
		}
		StepDialog dialog = new StepDialog(bar.getShell(), step, STEPS.get(step), hazard, agencies, editor.acting().name(), editor.day());
		if (dialog.open() == Window.OK) {
			take(step, dialog.input());
		}
	}

	private void take(String step, StepInput input) {
		running = true;
		refresh(false);
		String id = hazard.getId();
		String title = hazard.getNumber() == null ? id : hazard.getNumber();
		org.minewatch.core.Actor actor = editor.acting();
		Job job = Job.create(NLS.bind(Messages.step_job, plain(step), title), monitor -> {
			try {
				Hazard taken = VOID.equals(step) ? service.voidHazard(actor, id, input.reason())
						: service.take(actor, ModelText.locale(), id, stepOf(step, input));
				bar.getDisplay().asyncExec(() -> {
					running = false;
					editor.stepTaken(NLS.bind(Messages.step_taken, new Object[] { plain(step), title, HazardText.state(taken.getState()) }));
				});
			} catch (MinewatchException e) {
				bar.getDisplay().asyncExec(() -> refused(step, title, e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void refused(String step, String title, String why) {
		running = false;
		if (bar.isDisposed()) {
			return;
		}
		refresh(false);
		String message = NLS.bind(Messages.step_refused, new Object[] { plain(step), title, why });
		editor.say(message);
		MessageDialog.openError(bar.getShell(), Messages.step_refusedTitle, message);
	}

	/** A step's name in a sentence: its button's text without the mnemonic and the dots. */
	static String plain(String step) {
		return Labels.plain(STEPS.get(step));
	}

	/** The step on the stored hazard, with what the person gave. */
	private static Step stepOf(String step, StepInput input) {
		return switch (step) {
		case "register" -> (lifecycle, h, by, at, s) -> lifecycle.register(h, by, at, input.reason()); //$NON-NLS-1$
		case "fixOnSpot" -> (lifecycle, h, by, at, s) -> lifecycle.fixOnSpot(h, photos(h, input.first()), by, at, input.reason()); //$NON-NLS-1$
		case "startRectification" -> (lifecycle, h, by, at, s) -> lifecycle.startRectification(h, by, at, input.reason()); //$NON-NLS-1$
		case "listForSupervision" -> (lifecycle, h, by, at, s) -> lifecycle.listForSupervision(h, //$NON-NLS-1$
				input.agencyId() == null ? null : s.get(Agency.class, input.agencyId()), input.number(), by, at, input.reason());
		case "extendDeadline" -> (lifecycle, h, by, at, s) -> lifecycle.extendDeadline(h, input.date(), input.reason(), by, by, at); //$NON-NLS-1$
		case "accept" -> (lifecycle, h, by, at, s) -> lifecycle.accept(h, by, input.passed(), input.reason(), photos(h, input.first()), //$NON-NLS-1$
				photos(h, input.second()), by, at);
		case "requestAcceptance" -> (lifecycle, h, by, at, s) -> lifecycle.requestAcceptance(h, by, at, input.reason()); //$NON-NLS-1$
		case "close" -> (lifecycle, h, by, at, s) -> lifecycle.close(h, by, at, input.reason()); //$NON-NLS-1$
		default -> throw new IllegalArgumentException(step);
		};
	}

	/** The stored hazard's attachments with these ids. */
	private static List<Attachment> photos(Hazard stored, List<String> ids) {
		return stored.getAttachments().stream().filter(a -> ids.contains(a.getId())).toList();
	}
}
