package org.minewatch.hazard.ui.editor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;
import org.minewatch.core.MinewatchException;
import org.minewatch.hazard.Citations;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.base.Term;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage.Literals;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.MineArea;
import org.minewatch.model.time.Zones;
import org.minewatch.core.Actor;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.RecordEditor;

/**
 * A hazard: what and where it is, its grade, category and (for a major one) the citation picked from the
 * criteria loaded for the mine's kind; the 五落实 fields and the rectification plan; photos; the lifecycle's
 * actions as buttons, enabled only when the hazard's state allows them; and the timeline of every step taken.
 */
public class HazardEditor extends RecordEditor<Hazard> {

	private LifecycleBar actions;
	private Photos photos;
	private HazardService service;

	public HazardEditor() {
		super(Hazard.class, org.minewatch.model.hazard.HazardPackage.Literals.HAZARD);
	}

	@Inject
	@Optional
	void serviceReady(HazardService ready) {
		this.service = ready;
		if (actions != null) {
			actions.serviceReady(ready);
		}
	}

	@Override
	protected String title(Hazard hazard) {
		String number = hazard.getNumber();
		if (number != null && !number.isBlank()) {
			return number;
		}
		String what = hazard.getDescription();
		if (what == null || what.isBlank()) {
			return ModelText.type(Literals.HAZARD);
		}
		return what.length() > 16 ? what.substring(0, 16) + "…" : what; //$NON-NLS-1$
	}

	@Override
	protected void createForm(Composite form, Hazard hazard) {
		LocalDate today = today();
		// the 五落实 and the plan are filled in here: an empty one to fill, part of the hazard once saved
		if (hazard.getRectification() == null) {
			hazard.setRectification(HazardFactory.eINSTANCE.createRectification());
		}
		if (hazard.getPlan() == null) {
			hazard.setPlan(HazardFactory.eINSTANCE.createRectificationPlan());
		}
		recordInfo(form);
		info(form, ModelText.feature(Literals.HAZARD__STATE), HazardText.state(hazard.getState()) + (hazard.getVoidedAt() == null ? "" : " \u00b7 " + Messages.editor_voided)); //$NON-NLS-1$ //$NON-NLS-2$
		info(form, ModelText.feature(Literals.HAZARD__MINE), hazard.getMine() == null ? "" : hazard.getMine().getName()); //$NON-NLS-1$
		info(form, ModelText.feature(Literals.HAZARD__FOUND_BY), HazardText.person(hazard.getFoundBy()) + "  " + HazardText.time(hazard.getFoundAt())); //$NON-NLS-1$
		if (hazard.getRepeatOf() != null) {
			info(form, ModelText.feature(Literals.HAZARD__REPEAT_OF), title(hazard.getRepeatOf()) + " \u00b7 " + Messages.editor_repeat); //$NON-NLS-1$
		}
		if (hazard.isAreaStopped()) {
			info(form, ModelText.feature(Literals.HAZARD__AREA_STOPPED), Messages.editor_yes);
		}
		if (hazard.isPeopleWithdrawn()) {
			info(form, ModelText.feature(Literals.HAZARD__PEOPLE_WITHDRAWN), Messages.editor_yes);
		}
		if (hazard.getReportedAt() != null) {
			info(form, ModelText.feature(Literals.HAZARD__REPORTED_AT), HazardText.time(hazard.getReportedAt()));
		}
		if (org.minewatch.hazard.Lifecycle.forReview(hazard)) {
			info(form, ModelText.feature(Literals.HAZARD__UNCITED_REASON), (hazard.getUncitedReason() == null ? "" : hazard.getUncitedReason()) //$NON-NLS-1$
					+ " \u00b7 " + Messages.editor_forReview); //$NON-NLS-1$
		}
		if (hazard.getSupervision() != null) {
			info(form, ModelText.type(Literals.SUPERVISION), HazardText.agency(hazard.getSupervision().getAgency(), today) + "  " //$NON-NLS-1$
					+ hazard.getSupervision().getNumber() + "  " + HazardText.time(hazard.getSupervision().getListedAt())); //$NON-NLS-1$
		}
		LocalDate due = org.minewatch.hazard.Lifecycle.verificationDue(hazard);
		if (due != null) {
			info(form, ModelText.feature(Literals.HAZARD__ACCEPTANCE_REQUESTED_AT), HazardText.time(hazard.getAcceptanceRequestedAt()) + " \u00b7 " //$NON-NLS-1$
					+ org.eclipse.osgi.util.NLS.bind(Messages.editor_verificationDue, due));
		}
		actions = new LifecycleBar(this, form, hazard);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(actions.control());
		if (service != null) {
			actions.serviceReady(service);
		}

		heading(form, Messages.editor_register);
		text(form, hazard, Literals.HAZARD__NUMBER);
		choice(form, hazard, Literals.HAZARD__AREA, () -> areas(hazard), value -> ((MineArea) value).getName());
		text(form, hazard, Literals.HAZARD__PLACE);
		textArea(form, hazard, Literals.HAZARD__DESCRIPTION);
		choice(form, hazard, Literals.HAZARD__GRADE);
		choice(form, hazard, Literals.HAZARD__MINE_GRADE);
		choice(form, hazard, Literals.HAZARD__CATEGORY, () -> categories(hazard), value -> category((Term) value));
		choice(form, hazard, Literals.HAZARD__SOURCE);
		pick(form, hazard, Literals.HAZARD__CITATION, ModelText.feature(Literals.HAZARD__CITATION), filter -> citations(hazard, filter), HazardEditor::citation);
		textArea(form, hazard, Literals.HAZARD__UNCITED_REASON);

		heading(form, Messages.editor_rectification);
		text(form, hazard.getRectification(), Literals.RECTIFICATION__RESPONSIBLE_UNIT);
		text(form, hazard.getRectification(), Literals.RECTIFICATION__RESPONSIBLE_PERSON_NAME);
		textArea(form, hazard.getRectification(), Literals.RECTIFICATION__MEASURES);
		text(form, hazard.getRectification(), Literals.RECTIFICATION__FUNDS);
		text(form, hazard.getRectification(), Literals.RECTIFICATION__DEADLINE);
		textArea(form, hazard.getRectification(), Literals.RECTIFICATION__CONTINGENCY_PLAN);

		heading(form, hazard.getGrade() == HazardGrade.MAJOR ? Messages.editor_planMajor : Messages.editor_plan);
		textArea(form, hazard.getPlan(), Literals.RECTIFICATION_PLAN__GOALS_AND_TASKS);
		textArea(form, hazard.getPlan(), Literals.RECTIFICATION_PLAN__METHODS_AND_MEASURES);
		textArea(form, hazard.getPlan(), Literals.RECTIFICATION_PLAN__FUNDS_AND_MATERIALS);
		textArea(form, hazard.getPlan(), Literals.RECTIFICATION_PLAN__RESPONSIBLE_BODIES);
		textArea(form, hazard.getPlan(), Literals.RECTIFICATION_PLAN__TIME_LIMIT);
		textArea(form, hazard.getPlan(), Literals.RECTIFICATION_PLAN__SAFETY_MEASURES);

		heading(form, ModelText.feature(Literals.HAZARD__ATTACHMENTS));
		photos = new Photos(form, hazard, registry(), actor(), canWrite(), domain(), this::status);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(photos.control());

		heading(form, Messages.editor_timeline);
		Timeline timeline = new Timeline(form, hazard, today);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(600, timeline.preferredHeight()).applyTo(timeline.control());
	}

	/** Saved through the hazard service: the model's constraints checked there, and what only a lifecycle step changes refused. */
	@Override
	protected Hazard write(Hazard snapshot, boolean overwrite) {
		if (service == null) {
			throw new MinewatchException("hazard.serviceMissing", Messages.hazards_missing); //$NON-NLS-1$
		}
		return service.save(actor(), ModelText.locale(), snapshot, overwrite);
	}

	@Override
	protected void afterChange(Hazard shown) {
		if (actions != null) {
			actions.refresh(isDirty());
			photos.refresh();
		}
	}

	/** Attaches files to the hazard, as when chosen in Attach... (an unsaved change once their bytes are stored). */
	public void attachFiles(List<Path> files) {
		photos.attach(files);
	}

	/** After a step taken in the store: read the hazard again. */
	void stepTaken(String message) {
		status(message);
		reload();
	}

	void say(String message) {
		status(message);
	}

	Actor acting() {
		return actor();
	}

	boolean writable() {
		return canWrite();
	}

	LocalDate day() {
		return today();
	}

	private static List<?> areas(Hazard hazard) {
		return hazard.getMine() == null ? List.of() : List.copyOf(hazard.getMine().getAreas());
	}

	/** The hazard categories, classes then their subclasses (the bureau's vocabulary); a retired one only if the hazard has it. */
	private List<?> categories(Hazard hazard) {
		ReferenceData reference = registry().reference(actor());
		var vocabulary = reference.vocabularies().get(ReferenceData.HAZARD_CATEGORY);
		List<Term> terms = new ArrayList<>();
		if (vocabulary != null) {
			String current = hazard.getCategory() == null ? null : hazard.getCategory().getCode();
			for (Term term : vocabulary.getTerms()) {
				terms.add(term);
				terms.addAll(term.getChildren());
			}
			terms.removeIf(term -> term.isRetired() && !term.getCode().equals(current));
		}
		return terms;
	}

	private static String category(Term term) {
		String label = ModelText.term(term);
		return term.getParent() == null ? label : category(term.getParent()) + " \u203a " + label; //$NON-NLS-1$
	}

	private List<Citation> citations(Hazard hazard, String filter) {
		if (hazard.getMine() == null) {
			return List.of();
		}
		LocalDate day = hazard.getFoundAt() == null ? today() : LocalDate.ofInstant(hazard.getFoundAt(), Zones.CHINA);
		return Citations.forMine(registry().reference(actor()), hazard.getMine().getKind(), day, filter);
	}

	private static String citation(Citation citation) {
		String text = citation.getCriterion() == null ? "" : " " + citation.getCriterion().getText(); //$NON-NLS-1$ //$NON-NLS-2$
		return citation.getStandard() + " (" + citation.getEdition() + ") " + citation.getItem() + text; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
