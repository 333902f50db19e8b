package org.minewatch.checklist.ui.runner;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.minewatch.checklist.Answer;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.ui.Labels;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.PickDialog;

/**
 * One item of the checklist and its answer: what to check, how and on what legal basis; the outcome (C, H, N),
 * the state as found written out (写实), and for a hazard what it is, where, its grade, the citation of a major
 * one (picked from the standard, never typed) and whether it was fixed on the spot. Ctrl+Enter records it.
 */
final class ItemPanel {

	private final Runnable record;
	private final Function<String, List<Citation>> citations;
	private final Composite panel;
	private final Label subject;
	private final Label criteria;
	private final Label method;
	private final Label basis;
	private final Label answered;
	private final Button[] outcomes = new Button[3];
	private final Text found;
	private final Group hazardGroup;
	private final Text hazard;
	private final Text place;
	private final Combo grade;
	private final Button cite;
	private final Label citationShown;
	private final Text uncited;
	private final Button stopped;
	private final Button withdrawn;
	private final Text reported;
	private final Button fixed;
	private final Button recordButton;
	private final Button attachButton;
	private final Label attachedList;
	private ItemResult shown;
	private Citation citation;

	private static final ItemOutcome[] CHOICES = { ItemOutcome.CONFORMING, ItemOutcome.HAZARD, ItemOutcome.NOT_APPLICABLE };

	/** @param citations the citations a major hazard of this inspection's mine may cite, filtered by words */
	ItemPanel(Composite parent, Runnable record, Function<String, List<Citation>> citations, Runnable attach) {
		this.record = record;
		this.citations = citations;
		panel = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(panel);
		subject = name(wrapped(panel, 2), ChecklistKeys.RUNNER_SUBJECT);
		subject.setFont(JFaceResources.getBannerFont());
		criteria = labelled(Messages.runner_criteria);
		method = labelled(Messages.runner_method);
		basis = labelled(Messages.runner_basis);

		new Label(panel, SWT.NONE).setText(Messages.runner_outcome);
		Composite choices = new Composite(panel, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(choices);
		String[] texts = { Messages.runner_conforming, Messages.runner_hazard, Messages.runner_notApplicable };
		for (int i = 0; i < CHOICES.length; i++) {
			ItemOutcome outcome = CHOICES[i];
			outcomes[i] = name(new Button(choices, SWT.RADIO), ChecklistKeys.RUNNER_OUTCOME + outcome.getName());
			outcomes[i].setText(texts[i]);
			outcomes[i].addListener(SWT.Selection, e -> enableHazard());
		}
		new Label(panel, SWT.NONE).setText(Messages.runner_found);
		found = name(new Text(panel, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL), ChecklistKeys.RUNNER_FOUND);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 64).applyTo(found);
		found.setMessage(Messages.runner_foundHint);
		recordOnCtrlEnter(found);

		hazardGroup = new Group(panel, SWT.NONE);
		hazardGroup.setText(Messages.runner_hazardGroup);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(hazardGroup);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(hazardGroup);
		hazard = name(field(Messages.runner_hazardText), ChecklistKeys.RUNNER_HAZARD);
		hazard.setMessage(Messages.runner_hazardHint);
		place = name(field(ModelText.feature(HazardPackage.Literals.HAZARD__PLACE)), ChecklistKeys.RUNNER_PLACE);
		recordOnCtrlEnter(hazard);
		recordOnCtrlEnter(place);
		new Label(hazardGroup, SWT.NONE).setText(ModelText.feature(HazardPackage.Literals.HAZARD__GRADE));
		grade = name(new Combo(hazardGroup, SWT.READ_ONLY), ChecklistKeys.RUNNER_GRADE);
		HazardGrade.VALUES.forEach(g -> grade.add(ModelText.literal(HazardPackage.Literals.HAZARD_GRADE, g)));
		grade.select(0);
		grade.addListener(SWT.Selection, e -> enableHazard());
		cite = new Button(hazardGroup, SWT.PUSH);
		cite.setText(Messages.runner_cite);
		cite.addListener(SWT.Selection, e -> pickCitation());
		citationShown = new Label(hazardGroup, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(citationShown);
		// a major hazard: the reason when no situation can be cited, and what was done at once (issue 15)
		uncited = name(field(ModelText.feature(HazardPackage.Literals.HAZARD__UNCITED_REASON)), ChecklistKeys.RUNNER_UNCITED);
		uncited.setMessage(Messages.runner_uncitedHint);
		stopped = name(new Button(hazardGroup, SWT.CHECK), ChecklistKeys.RUNNER_STOPPED);
		stopped.setText(ModelText.feature(HazardPackage.Literals.HAZARD__AREA_STOPPED));
		GridDataFactory.fillDefaults().span(3, 1).applyTo(stopped);
		withdrawn = name(new Button(hazardGroup, SWT.CHECK), ChecklistKeys.RUNNER_WITHDRAWN);
		withdrawn.setText(ModelText.feature(HazardPackage.Literals.HAZARD__PEOPLE_WITHDRAWN));
		GridDataFactory.fillDefaults().span(3, 1).applyTo(withdrawn);
		reported = name(field(ModelText.feature(HazardPackage.Literals.HAZARD__REPORTED_AT)), ChecklistKeys.RUNNER_REPORTED);
		reported.setMessage(Messages.runner_timeHint);
		fixed = name(new Button(hazardGroup, SWT.CHECK), ChecklistKeys.RUNNER_FIXED);
		fixed.setText(Messages.runner_fixedOnSpot);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(fixed);

		new Label(panel, SWT.NONE).setText(Messages.runner_attachments);
		Composite files = new Composite(panel, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(files);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(files);
		attachButton = name(new Button(files, SWT.PUSH), ChecklistKeys.RUNNER_ATTACH);
		attachButton.setText(Messages.runner_attach);
		attachButton.addListener(SWT.Selection, e -> attach.run());
		attachedList = name(new Label(files, SWT.WRAP), ChecklistKeys.RUNNER_ATTACHED);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(attachedList);

		recordButton = name(new Button(panel, SWT.PUSH), ChecklistKeys.RUNNER_RECORD);
		recordButton.setText(Messages.runner_record);
		recordButton.addListener(SWT.Selection, e -> record.run());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(recordButton);
		answered = wrapped(panel, 2);
		Label keys = wrapped(panel, 2);
		keys.setText(Messages.runner_keys);
		show(null, false);
	}

	Composite control() {
		return panel;
	}

	private Label labelled(String label) {
		new Label(panel, SWT.NONE).setText(label);
		return wrapped(panel, 1);
	}

	private static Label wrapped(Composite parent, int span) {
		Label label = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private Text field(String label) {
		new Label(hazardGroup, SWT.NONE).setText(label);
		Text text = new Text(hazardGroup, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(text);
		return text;
	}

	/** Ctrl+Enter in the text records the answer; Tab leaves the text (it does not type a tab). */
	private void recordOnCtrlEnter(Text text) {
		text.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR)) {
				e.doit = false;
				record.run();
			}
		});
		text.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
	}

	/** Shows an item and its answer so far; {@code editable} when the inspection is still being answered. */
	void show(ItemResult result, boolean editable) {
		shown = result;
		ChecklistItem item = result == null ? null : result.getItem();
		subject.setText(item == null ? "" : item.getNumber() + "  " + item.getSubject() + (item.isKeyOperation() ? "  " + Messages.runner_keyOperation : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		criteria.setText(item == null || item.getCriteria() == null ? "" : item.getCriteria()); //$NON-NLS-1$
		method.setText(item == null || item.getMethod() == null ? "" : item.getMethod()); //$NON-NLS-1$
		basis.setText(item == null || item.getLegalBasis() == null ? "" : item.getLegalBasis()); //$NON-NLS-1$
		for (int i = 0; i < CHOICES.length; i++) {
			outcomes[i].setSelection(result != null && result.getOutcome() == CHOICES[i]);
			outcomes[i].setEnabled(editable && result != null);
		}
		found.setText(result == null || result.getStateAsFound() == null ? "" : result.getStateAsFound()); //$NON-NLS-1$
		found.setEditable(editable && result != null);
		Hazard entered = result == null ? null : result.getHazard();
		hazard.setText(entered == null || entered.getDescription() == null ? "" : entered.getDescription()); //$NON-NLS-1$
		place.setText(entered == null || entered.getPlace() == null ? "" : entered.getPlace()); //$NON-NLS-1$
		grade.select(entered == null ? 0 : entered.getGrade().getValue());
		fixed.setSelection(result != null && result.isFixedOnSpot());
		citation = null;
		citationShown.setText(entered == null || entered.getCitation() == null ? "" : c(entered.getCitation())); //$NON-NLS-1$
		uncited.setText(entered == null || entered.getUncitedReason() == null ? "" : entered.getUncitedReason()); //$NON-NLS-1$
		stopped.setSelection(entered != null && entered.isAreaStopped());
		withdrawn.setSelection(entered != null && entered.isPeopleWithdrawn());
		reported.setText(entered == null || entered.getReportedAt() == null ? "" //$NON-NLS-1$
				: org.minewatch.checklist.ui.internal.ChecklistText.time(entered.getReportedAt()));
		recordButton.setEnabled(editable && result != null);
		attachButton.setEnabled(editable && result != null);
		attachedList.setText(result == null ? "" : result.getAttachments().stream().map(a -> a.getFileName()).collect(java.util.stream.Collectors.joining(", "))); //$NON-NLS-1$ //$NON-NLS-2$
		answered.setText(result == null || result.getAnsweredAt() == null ? "" //$NON-NLS-1$
				: NLS.bind(Messages.runner_answered, new Object[] { result.getAnsweredBy() == null ? "" : result.getAnsweredBy().getName(), //$NON-NLS-1$
						org.minewatch.checklist.ui.internal.ChecklistText.time(result.getAnsweredAt()),
						entered == null ? "" : NLS.bind(Messages.runner_hazardEntered, ModelText.literal(HazardPackage.Literals.HAZARD_STATE, entered.getState())) })); //$NON-NLS-1$
		enableHazard();
		panel.layout(true, true);
	}

	/** Chooses an outcome (the C, H and N keys) and moves to the written state. */
	void mark(ItemOutcome outcome) {
		if (shown == null || !found.getEditable()) {
			return;
		}
		for (int i = 0; i < CHOICES.length; i++) {
			outcomes[i].setSelection(CHOICES[i] == outcome);
		}
		enableHazard();
		found.setFocus();
	}

	private ItemOutcome chosen() {
		for (int i = 0; i < CHOICES.length; i++) {
			if (outcomes[i].getSelection()) {
				return CHOICES[i];
			}
		}
		return ItemOutcome.UNANSWERED;
	}

	private void enableHazard() {
		boolean open = chosen() == ItemOutcome.HAZARD && found.getEditable() && shown != null && shown.getHazard() == null;
		boolean major = grade.getSelectionIndex() == HazardGrade.MAJOR_VALUE;
		for (var control : new org.eclipse.swt.widgets.Control[] { hazard, place, grade, fixed }) {
			control.setEnabled(open);
		}
		cite.setEnabled(open && major);
		for (var control : new org.eclipse.swt.widgets.Control[] { uncited, stopped, withdrawn, reported }) {
			control.setEnabled(open && major);
		}
		if (major) {
			fixed.setSelection(false); // only a general hazard is fixed on the spot
			fixed.setEnabled(false);
		}
	}

	private void pickCitation() {
		PickDialog<Citation> picker = new PickDialog<>(panel.getShell(), Labels.plain(Messages.runner_cite), citations,
				c -> c.getItem() + " " + (c.getCriterion() == null ? "" : c.getCriterion().getText())); //$NON-NLS-1$ //$NON-NLS-2$
		if (picker.open() == Window.OK && picker.picked() != null) {
			citation = picker.picked();
			citationShown.setText(c(citation));
			panel.layout(true, true);
		}
	}

	private static String c(Citation citation) {
		return citation.getStandard() + " " + citation.getItem(); //$NON-NLS-1$
	}

	/** The answer as given, or null (with the reason) when it is not complete: the outcome, and for a major hazard its citation. */
	Answer answer(java.util.function.Consumer<String> problem) {
		ItemOutcome outcome = chosen();
		String state = found.getText().strip();
		switch (outcome) {
		case UNANSWERED -> {
			problem.accept(Messages.runner_chooseOutcome);
			return null;
		}
		case CONFORMING -> {
			return Answer.conforming(state);
		}
		case NOT_APPLICABLE -> {
			return Answer.notApplicable(state);
		}
		default -> {
			HazardGrade chosenGrade = HazardGrade.get(grade.getSelectionIndex());
			if (chosenGrade == HazardGrade.MAJOR && shown.getHazard() == null) {
				if (citation == null && uncited.getText().isBlank()) {
					problem.accept(Messages.runner_citeMajor);
					return null;
				}
				if (!stopped.getSelection() || !withdrawn.getSelection()) {
					problem.accept(Messages.runner_stopAtOnce);
					return null;
				}
				java.time.Instant reportedAt = null;
				if (!reported.getText().isBlank()) {
					try {
						reportedAt = java.time.LocalDateTime.parse(reported.getText().strip().replace(' ', 'T')).atZone(org.minewatch.model.time.Zones.CHINA)
								.toInstant();
					} catch (java.time.format.DateTimeParseException e) {
						problem.accept(NLS.bind(Messages.runner_badTime, reported.getText().strip()));
						return null;
					}
				}
				return Answer.major(state, hazard.getText().strip(), place.getText().strip(), citation,
						new Answer.Major(citation == null ? uncited.getText().strip() : null, true, true, reportedAt));
			}
			boolean onSpot = fixed.getSelection() && chosenGrade == HazardGrade.GENERAL;
			return new Answer(ItemOutcome.HAZARD, state, hazard.getText().strip(), place.getText().strip(), chosenGrade, citation, onSpot, List.of());
		}
		}
	}

	ItemResult shown() {
		return shown;
	}
}
