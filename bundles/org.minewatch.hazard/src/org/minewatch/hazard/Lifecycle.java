package org.minewatch.hazard;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.DeadlineExtension;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Supervision;
import org.minewatch.model.hazard.Transition;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.people.Person;
import org.minewatch.model.time.Zones;
import org.minewatch.model.validation.ModelValidator;

/**
 * The lifecycle of a hazard as an explicit state machine with the rules of the trade:
 * <ul>
 * <li>general: found → registered → rectifying → accepted → closed, or found → closed when fixed on the
 * spot during an inspection, with evidence;</li>
 * <li>major: the same, with listed supervision (挂牌督办) between rectifying and accepted, a complete
 * rectification plan and all five 五落实 fields before rectification starts, and the threatened area
 * stopped from then until the acceptance;</li>
 * <li>acceptance: an on-site re-check by someone other than the rectifier, with photos before and after;
 * a failed one returns the hazard to rectifying; a deadline extension needs a reason and the supervising
 * regulator's approval.</li>
 * </ul>
 * Each step is tried on a copy first: the step's own rules and the model's constraints must hold after it,
 * or it is refused with the rule that forbids it ({@link LifecycleException}) and the hazard is unchanged.
 * Every step that is taken records who, when and why as a {@link Transition}. No store here: the
 * {@code HazardService} loads and saves; this class decides.
 */
public final class Lifecycle {

	private static final Set<HazardState> UNDER_RECTIFICATION = EnumSet.of(HazardState.RECTIFYING, HazardState.SUPERVISED);

	private final ModelValidator validator;
	private final ResourceBundle messages;

	public Lifecycle(Locale locale) {
		this.validator = new ModelValidator(locale);
		this.messages = ResourceBundle.getBundle("org.minewatch.hazard.messages", locale, Lifecycle.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** Found → registered: the hazard enters the register. */
	public void register(Hazard hazard, Person by, Instant at, String reason) {
		step(hazard, "register", EnumSet.of(HazardState.FOUND), HazardState.REGISTERED, h -> { //$NON-NLS-1$
			// nothing beyond the state
		}, by, at, reason);
	}

	/** Found → closed: fixed on the spot (当场整改) during an inspection, with the evidence attached. */
	public void fixOnSpot(Hazard hazard, List<Attachment> evidence, Person by, Instant at, String reason) {
		require(hazard.getGrade() != HazardGrade.MAJOR, "lifecycle.fixOnSpotGeneral"); //$NON-NLS-1$
		require(hazard.getSource() == HazardSource.INSPECTION, "lifecycle.fixOnSpotInInspection"); //$NON-NLS-1$
		step(hazard, "fixOnSpot", EnumSet.of(HazardState.FOUND), HazardState.CLOSED, h -> { //$NON-NLS-1$
			h.setFixedOnSpot(true);
			attach(h, new java.util.ArrayList<>(), evidence); // evidence already attached to the hazard is not added twice
		}, by, at, reason);
	}

	/**
	 * Registered → rectifying: a general hazard needs a responsible person, measures and a deadline; a major
	 * one the whole rectification plan and all five 五落实 fields, and its area is recorded as stopped.
	 */
	public void startRectification(Hazard hazard, Person by, Instant at, String reason) {
		step(hazard, "startRectification", EnumSet.of(HazardState.REGISTERED), HazardState.RECTIFYING, h -> { //$NON-NLS-1$
			if (h.getGrade() == HazardGrade.MAJOR) {
				h.setAreaStopped(true);
			}
		}, by, at, reason);
	}

	/** Rectifying → supervised: a major hazard listed for supervision (挂牌督办) by the responsible regulator. */
	public void listForSupervision(Hazard hazard, Agency agency, String number, Person by, Instant at, String reason) {
		require(hazard.getGrade() == HazardGrade.MAJOR, "lifecycle.supervisionMajorOnly"); //$NON-NLS-1$
		require(agency != null && number != null && !number.isBlank(), "lifecycle.supervisionListing"); //$NON-NLS-1$
		step(hazard, "listForSupervision", EnumSet.of(HazardState.RECTIFYING), HazardState.SUPERVISED, h -> { //$NON-NLS-1$
			Supervision supervision = HazardFactory.eINSTANCE.createSupervision();
			supervision.setAgency(agency);
			supervision.setNumber(number.strip());
			supervision.setListedAt(at);
			h.setSupervision(supervision);
		}, by, at, reason);
	}

	/**
	 * The on-site re-check. Passed: to accepted (a major hazard's area is no longer stopped and its
	 * supervision is lifted). Failed: back to rectifying. A general hazard is checked while rectifying; a
	 * major one once listed for supervision.
	 */
	public void accept(Hazard hazard, Person checkedBy, boolean passed, String remarks, List<Attachment> photosBefore, List<Attachment> photosAfter,
			Person by, Instant at) {
		boolean major = hazard.getGrade() == HazardGrade.MAJOR;
		require(!major || hazard.getState() == HazardState.SUPERVISED || listed(hazard), "lifecycle.majorNeedsSupervision"); //$NON-NLS-1$
		require(!photosBefore.isEmpty() && !photosAfter.isEmpty(), "lifecycle.acceptancePhotos"); //$NON-NLS-1$
		HazardState to = passed ? HazardState.ACCEPTED : HazardState.RECTIFYING;
		step(hazard, passed ? "acceptPassed" : "acceptFailed", UNDER_RECTIFICATION, to, h -> { //$NON-NLS-1$ //$NON-NLS-2$
			Acceptance acceptance = HazardFactory.eINSTANCE.createAcceptance();
			acceptance.setCheckedBy(checkedBy);
			acceptance.setCheckedAt(at);
			acceptance.setPassed(passed);
			acceptance.setRemarks(remarks);
			h.getAcceptances().add(acceptance);
			attach(h, acceptance.getPhotosBefore(), photosBefore);
			attach(h, acceptance.getPhotosAfter(), photosAfter);
			if (passed && major) {
				h.setAreaStopped(false);
				h.getSupervision().setLiftedAt(at);
			}
		}, by, at, remarks);
	}

	/** Accepted → closed (销号): only after a passed acceptance. */
	public void close(Hazard hazard, Person by, Instant at, String reason) {
		step(hazard, "close", EnumSet.of(HazardState.ACCEPTED), HazardState.CLOSED, h -> { //$NON-NLS-1$
			// the constraint checks the passed acceptance
		}, by, at, reason);
	}

	/**
	 * A later deadline while rectifying, with a reason, approved by the supervising regulator: the agency
	 * that listed a major hazard for supervision, else the agency that owns the hazard. The state stays.
	 */
	public void extendDeadline(Hazard hazard, LocalDate newDeadline, String reason, Person approvedBy, Person by, Instant at) {
		require(reason != null && !reason.isBlank(), "lifecycle.extensionReason"); //$NON-NLS-1$
		Agency supervising = listed(hazard) ? hazard.getSupervision().getAgency() : hazard.getOwner();
		require(approvedBy != null && approvedBy.getAgency() != null && supervising != null && approvedBy.getAgency().getId().equals(supervising.getId()),
				"lifecycle.extensionApprover", supervising == null ? "" : supervising.getNames().isEmpty() ? supervising.getId() : supervising.nameOn(LocalDate.ofInstant(at, Zones.CHINA))); //$NON-NLS-1$
		require(hazard.getRectification() != null && hazard.getRectification().getDeadline() != null, "lifecycle.extensionDeadline"); //$NON-NLS-1$
		HazardState state = hazard.getState();
		step(hazard, "extendDeadline", UNDER_RECTIFICATION, state, h -> { //$NON-NLS-1$
			DeadlineExtension extension = HazardFactory.eINSTANCE.createDeadlineExtension();
			extension.setPreviousDeadline(h.getRectification().getDeadline());
			extension.setNewDeadline(newDeadline);
			extension.setReason(reason.strip());
			extension.setApprovedBy(approvedBy);
			extension.setApprovedAt(at);
			h.getExtensions().add(extension);
			h.getRectification().setDeadline(newDeadline);
		}, by, at, reason);
	}

	/** What can be done with the hazard in its state (the editor enables these actions only). */
	public Set<String> allowedSteps(Hazard hazard) {
		boolean major = hazard.getGrade() == HazardGrade.MAJOR;
		return switch (hazard.getState()) {
		case FOUND -> !major && hazard.getSource() == HazardSource.INSPECTION ? Set.of("register", "fixOnSpot") : Set.of("register"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case REGISTERED -> Set.of("startRectification"); //$NON-NLS-1$
		case RECTIFYING -> major && !listed(hazard) ? Set.of("listForSupervision", "extendDeadline") : Set.of("accept", "extendDeadline"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case SUPERVISED -> Set.of("accept", "extendDeadline"); //$NON-NLS-1$ //$NON-NLS-2$
		case ACCEPTED -> Set.of("close"); //$NON-NLS-1$
		case CLOSED -> Set.of();
		};
	}

	/** Listed for supervision and not lifted. */
	private static boolean listed(Hazard hazard) {
		return hazard.getSupervision() != null && hazard.getSupervision().getListedAt() != null && hazard.getSupervision().getLiftedAt() == null;
	}

	/** Photos of an acceptance are the hazard's attachments (the hazard's document holds them). */
	private static void attach(Hazard hazard, List<Attachment> into, List<Attachment> photos) {
		for (Attachment photo : photos) {
			Attachment held = hazard.getAttachments().stream().filter(a -> a.getId() != null && a.getId().equals(photo.getId())).findFirst().orElse(null);
			if (held == null) {
				held = EcoreUtil.copy(photo);
				if (held.getOwner() == null) {
					held.setOwner(hazard.getOwner()); // held by the hazard, owned as it is
				}
				hazard.getAttachments().add(held);
			}
			into.add(held);
		}
	}

	/**
	 * Tries the change on a copy; if the state is allowed and every model constraint holds after it, makes
	 * it on the hazard and records the transition.
	 */
	private void step(Hazard hazard, String action, Set<HazardState> from, HazardState to, Consumer<Hazard> change, Person by, Instant at, String reason) {
		HazardState now = hazard.getState();
		if (!from.contains(now)) {
			throw refusal("lifecycle.order", text("action." + action), text("state." + now), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					from.stream().map(s -> text("state." + s)).collect(Collectors.joining(text("or")))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Hazard trial = EcoreUtil.copy(hazard);
		change.accept(trial);
		trial.setState(to);
		for (Diagnostic problem : validator.validate(trial).getChildren()) {
			if (ModelValidator.SOURCE.equals(problem.getSource()) && problem.getSeverity() >= Diagnostic.ERROR) {
				throw new LifecycleException(String.valueOf(problem.getData().get(2)), problem.getMessage());
			}
		}
		change.accept(hazard);
		hazard.setState(to);
		Transition transition = HazardFactory.eINSTANCE.createTransition();
		transition.setFrom(now);
		transition.setTo(to);
		transition.setAt(at);
		transition.setBy(by);
		transition.setReason(reason);
		hazard.getTransitions().add(transition);
	}

	private void require(boolean holds, String rule, Object... arguments) {
		if (!holds) {
			throw refusal(rule, arguments);
		}
	}

	private LifecycleException refusal(String rule, Object... arguments) {
		return new LifecycleException(rule, MessageFormat.format(text(rule), arguments));
	}

	private String text(String key) {
		return messages.containsKey(key) ? messages.getString(key) : key;
	}
}
