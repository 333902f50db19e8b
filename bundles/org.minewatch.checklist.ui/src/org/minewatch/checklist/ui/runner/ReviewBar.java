package org.minewatch.checklist.ui.runner;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;

/**
 * The inspection's steps after the items: complete and sign off; for a self-inspection submit, then accept,
 * reject with reasons, redo as a new round; export a package. Each button is enabled only where its step can
 * be taken from the inspection's status.
 */
final class ReviewBar {

	/** A step of the bar. */
	enum Step {
		COMPLETE, SUBMIT, ACCEPT, REJECT, REDO, EXPORT
	}

	private final Map<Step, Button> buttons = new LinkedHashMap<>();

	ReviewBar(Composite parent, java.util.function.Consumer<Step> take) {
		Composite bar = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(6).applyTo(bar);
		String[] labels = { Messages.step_complete, Messages.step_submit, Messages.step_accept, Messages.step_reject, Messages.step_redo, Messages.list_export };
		for (Step step : Step.values()) {
			Button button = name(new Button(bar, SWT.PUSH), ChecklistKeys.RUNNER_STEP + step.name().toLowerCase(java.util.Locale.ROOT));
			button.setText(labels[step.ordinal()]);
			button.setEnabled(false);
			button.addListener(SWT.Selection, e -> take.accept(step));
			buttons.put(step, button);
		}
	}

	/** Enables the steps the inspection's status allows. */
	void update(Inspection inspection, boolean canWrite) {
		InspectionStatus status = inspection == null ? null : inspection.getStatus();
		boolean self = inspection != null && inspection.getKind() == InspectionKind.SELF_INSPECTION;
		enable(Step.COMPLETE, canWrite && status == InspectionStatus.IN_PROGRESS);
		enable(Step.SUBMIT, canWrite && self && status == InspectionStatus.COMPLETED);
		enable(Step.ACCEPT, canWrite && self && status == InspectionStatus.SUBMITTED);
		enable(Step.REJECT, canWrite && self && status == InspectionStatus.SUBMITTED);
		enable(Step.REDO, canWrite && self && status == InspectionStatus.REJECTED && inspection.getSupersededBy() == null);
		enable(Step.EXPORT, inspection != null);
	}

	private void enable(Step step, boolean enabled) {
		buttons.get(step).setEnabled(enabled);
	}

	Button button(Step step) {
		return buttons.get(step);
	}
}
