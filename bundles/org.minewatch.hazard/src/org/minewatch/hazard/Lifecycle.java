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
 * spot (当场整改), with evidence, when an inspection, a patrol or the mine's own staff found it;</li>
 * <li>major: registered with the threatened area stopped and the people withdrawn (and, when made, the
 * written report to the regulator with its time), citing the determination standard or, where none applies,
 * with the reason written out (then it is for the regulator's review, {@link #forReview}); listed for
 * supervision (挂牌督办) from registration on, alongside the rectification, which needs a complete plan and
 * all five 五落实 fields; once listed, the mine asks for verification, the listing regulator verifies on
 * site (within {@value #VERIFICATION_DAYS} days of the request), then lifts the listing (摘牌) and closes it
 * (销号);</li>
 * <li>acceptance: an on-site re-check by someone other than the rectifier, with photos before and after;
 * a failed one returns the hazard to rectification;</li>
 * <li>extension: with a reason; a general hazard the mine found itself is extended by the mine's
 * responsible person, a major or listed one by the supervising regulator (the listing one, else the owner),
 * any other by the regulator that owns it.</li>
 * </ul>
 * Each step is tried on a copy first: the step's own rules and the model's constraints must hold after it,
 * or it is refused with the rule that forbids it ({@link LifecycleException}) and the hazard is unchanged.
 * Every step that is taken records who, when and why as a {@link Transition}. No store here: the
 * {@code HazardService} loads and saves; this class decides.
 */
public final class Lifecycle {

	private static final Set<HazardState> UNDER_RECTIFICATION = EnumSet.of(HazardState.RECTIFYING, HazardState.SUPERVISED);

	/** The days within which the listing regulator verifies a listed major hazard after the mine's request. */
	public static final int VERIFICATION_DAYS = 10;

	private final ModelValidator validator;
	private final ResourceBundle messages;

	public Lifecycle(Locale locale) {
		this.validator = new ModelValidator(locale);
		this.messages = ResourceBundle.getBundle("org.minewatch.hazard.messages", locale, Lifecycle.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/**
	 * Found → registered: the hazard enters the register. A major hazard is registered with the work in the
	 * threatened area stopped and the people withdrawn (as the hazard says: {@code areaStopped},
	 * {@code peopleWithdrawn}; the written report's time, {@code reportedAt}, when it was made), and cites the
	 * determination standard or gives the reason it cannot ({@code uncitedReason}).
	 */
	public void register(Hazard hazard, Person by, Instant at, String reason) {
		if (hazard.getGrade() == HazardGrade.MAJOR) {
			require(hazard.getCitation() != null || !blank(hazard.getUncitedReason()), "lifecycle.majorCitationOrReason"); //$NON-NLS-1$
			require(hazard.isAreaStopped() && hazard.isPeopleWithdrawn(), "lifecycle.majorStopAtOnce"); //$NON-NLS-1$
		}
		step(hazard, "register", EnumSet.of(HazardState.FOUND), HazardState.REGISTERED, h -> { //$NON-NLS-1$
			if (h.getCitation() == null && h.getUncitedReason() != null) {
				h.setUncitedReason(h.getUncitedReason().strip());
			}
		}, by, at, reason);
	}

	/** A major hazard that cites no situation of a loaded standard: the regulator reviews its determination. */
	public static boolean forReview(Hazard hazard) {
		return hazard.getGrade() == HazardGrade.MAJOR && hazard.getCitation() == null;
	}

	/**
	 * Found → closed: fixed on the spot (当场整改), with the evidence attached; a general hazard found by an
	 * inspection, on a patrol, or by the mine's own staff.
	 */
	public void fixOnSpot(Hazard hazard, List<Attachment> evidence, Person by, Instant at, String reason) {
		require(hazard.getGrade() != HazardGrade.MAJOR, "lifecycle.fixOnSpotGeneral"); //$NON-NLS-1$
		require(fixableOnSpot(hazard), "lifecycle.fixOnSpotWhere"); //$NON-NLS-1$
		step(hazard, "fixOnSpot", EnumSet.of(HazardState.FOUND), HazardState.CLOSED, h -> { //$NON-NLS-1$
			h.setFixedOnSpot(true);
			attach(h, new java.util.ArrayList<>(), evidence); // evidence already attached to the hazard is not added twice
		}, by, at, reason);
	}

	/**
	 * Registered → rectifying (or, for a major hazard already listed, under listed supervision): a general hazard
	 * needs a responsible person, measures and a deadline; a major one the whole rectification plan and all five
	 * 五落实 fields, and its area stays stopped.
	 */
	public void startRectification(Hazard hazard, Person by, Instant at, String reason) {
		step(hazard, "startRectification", EnumSet.of(HazardState.REGISTERED), listed(hazard) ? HazardState.SUPERVISED : HazardState.RECTIFYING, h -> { //$NON-NLS-1$
			if (h.getGrade() == HazardGrade.MAJOR) {
				h.setAreaStopped(true);
			}
		}, by, at, reason);
	}

	/**
	 * A major hazard listed for supervision (挂牌督办) by the responsible regulator, from its registration on:
	 * registered, it stays registered (the listing runs alongside the rectification to come); rectifying, it is
	 * then under listed supervision.
	 */
	public void listForSupervision(Hazard hazard, Agency agency, String number, Person by, Instant at, String reason) {
		require(hazard.getGrade() == HazardGrade.MAJOR, "lifecycle.supervisionMajorOnly"); //$NON-NLS-1$
		require(agency != null && number != null && !number.isBlank(), "lifecycle.supervisionListing"); //$NON-NLS-1$
		require(!listed(hazard), "lifecycle.supervisionListed"); //$NON-NLS-1$
		HazardState to = hazard.getState() == HazardState.REGISTERED ? HazardState.REGISTERED : HazardState.SUPERVISED;
		step(hazard, "listForSupervision", EnumSet.of(HazardState.REGISTERED, HazardState.RECTIFYING), to, h -> { //$NON-NLS-1$
			Supervision supervision = HazardFactory.eINSTANCE.createSupervision();
			supervision.setAgency(agency);
			supervision.setNumber(number.strip());
			supervision.setListedAt(at);
			h.setSupervision(supervision);
		}, by, at, reason);
	}

	/**
	 * The mine asks the listing regulator to verify the rectification of a listed major hazard (the verification
	 * is due within {@value #VERIFICATION_DAYS} days: {@link #verificationDue}). The state stays.
	 */
	public void requestAcceptance(Hazard hazard, Person by, Instant at, String reason) {
		require(listed(hazard), "lifecycle.requestListedOnly"); //$NON-NLS-1$
		step(hazard, "requestAcceptance", UNDER_RECTIFICATION, hazard.getState(), h -> h.setAcceptanceRequestedAt(at), by, at, reason); //$NON-NLS-1$
	}

	/** The day by which the listing regulator verifies a listed major hazard the mine asked to be verified, or null. */
	public static LocalDate verificationDue(Hazard hazard) {
		return listed(hazard) && hazard.getAcceptanceRequestedAt() != null
				? LocalDate.ofInstant(hazard.getAcceptanceRequestedAt(), Zones.CHINA).plusDays(VERIFICATION_DAYS)
				: null;
	}

	/**
	 * The on-site re-check. Passed: to accepted (a major hazard's area is no longer stopped; a listing stays
	 * until the hazard is closed). Failed: back to rectification (a listed hazard stays under listed supervision,
	 * and the mine asks again). A general hazard is checked while rectifying; a major one once listed for
	 * supervision, after the mine asked, by the listing regulator.
	 */
	public void accept(Hazard hazard, Person checkedBy, boolean passed, String remarks, List<Attachment> photosBefore, List<Attachment> photosAfter,
			Person by, Instant at) {
		boolean major = hazard.getGrade() == HazardGrade.MAJOR;
		require(!major || listed(hazard), "lifecycle.majorNeedsSupervision"); //$NON-NLS-1$
		if (listed(hazard)) {
			require(hazard.getAcceptanceRequestedAt() != null, "lifecycle.acceptanceNotRequested"); //$NON-NLS-1$
			require(ofAgency(checkedBy, hazard.getSupervision().getAgency()), "lifecycle.listingRegulatorAccepts", name(hazard.getSupervision().getAgency(), at)); //$NON-NLS-1$
		}
		require(!photosBefore.isEmpty() && !photosAfter.isEmpty(), "lifecycle.acceptancePhotos"); //$NON-NLS-1$
		HazardState to = passed ? HazardState.ACCEPTED : listed(hazard) ? HazardState.SUPERVISED : HazardState.RECTIFYING;
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
			}
			if (!passed) {
				h.setAcceptanceRequestedAt(null);
			}
		}, by, at, remarks);
	}

	/**
	 * Accepted → closed (销号): only after a passed acceptance; a listed major hazard by the listing regulator,
	 * which lifts the listing (摘牌) as it closes the hazard.
	 */
	public void close(Hazard hazard, Person by, Instant at, String reason) {
		boolean listed = listed(hazard);
		if (listed) {
			require(ofAgency(by, hazard.getSupervision().getAgency()), "lifecycle.listingRegulatorCloses", name(hazard.getSupervision().getAgency(), at)); //$NON-NLS-1$
		}
		step(hazard, "close", EnumSet.of(HazardState.ACCEPTED), HazardState.CLOSED, h -> { //$NON-NLS-1$
			if (listed) {
				h.getSupervision().setLiftedAt(at); // 摘牌, then 销号
			}
		}, by, at, reason);
	}

	/**
	 * A later deadline while rectifying, with a reason, approved by whoever the rules name: for a major or a listed
	 * hazard the supervising regulator (the agency that listed it, else the agency that owns it); for a general
	 * hazard the mine found itself (its own staff found it, or its self-inspection) the mine's responsible person
	 * (a person of the mine); for any other general hazard the regulator that owns it. The state stays.
	 */
	public void extendDeadline(Hazard hazard, LocalDate newDeadline, String reason, Person approvedBy, Person by, Instant at) {
		require(reason != null && !reason.isBlank(), "lifecycle.extensionReason"); //$NON-NLS-1$
		if (hazard.getGrade() != HazardGrade.MAJOR && !listed(hazard) && foundByTheMine(hazard)) {
			require(approvedBy != null && approvedBy.getMine() != null && sameId(approvedBy.getMine(), hazard.getMine()), "lifecycle.extensionByMine", //$NON-NLS-1$
					hazard.getMine() == null ? "" : hazard.getMine().getName()); //$NON-NLS-1$
		} else {
			Agency supervising = listed(hazard) ? hazard.getSupervision().getAgency() : hazard.getOwner();
			require(ofAgency(approvedBy, supervising), "lifecycle.extensionApprover", name(supervising, at)); //$NON-NLS-1$
		}
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
		boolean listed = listed(hazard);
		return switch (hazard.getState()) {
		case FOUND -> !major && fixableOnSpot(hazard) ? Set.of("register", "fixOnSpot") : Set.of("register"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case REGISTERED -> major && !listed ? Set.of("startRectification", "listForSupervision") : Set.of("startRectification"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case RECTIFYING, SUPERVISED -> {
			if (major && !listed) {
				yield Set.of("listForSupervision", "extendDeadline"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (listed && hazard.getAcceptanceRequestedAt() == null) {
				yield Set.of("requestAcceptance", "extendDeadline"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			yield Set.of("accept", "extendDeadline"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		case ACCEPTED -> Set.of("close"); //$NON-NLS-1$
		case CLOSED -> Set.of();
		};
	}

	/** Listed for supervision and not lifted. */
	public static boolean listed(Hazard hazard) {
		return hazard.getSupervision() != null && hazard.getSupervision().getListedAt() != null && hazard.getSupervision().getLiftedAt() == null;
	}

	/** Fixed on the spot may be a hazard an inspection or a patrol found, or the mine's own staff. */
	private static boolean fixableOnSpot(Hazard hazard) {
		return hazard.getSource() == HazardSource.INSPECTION || hazard.getSource() == HazardSource.PATROL || foundByStaff(hazard);
	}

	/** Found by a person of the hazard's mine. */
	private static boolean foundByStaff(Hazard hazard) {
		return hazard.getFoundBy() != null && hazard.getFoundBy().getMine() != null && sameId(hazard.getFoundBy().getMine(), hazard.getMine());
	}

	/** The mine found it itself: its staff, or its self-inspection. */
	private static boolean foundByTheMine(Hazard hazard) {
		return foundByStaff(hazard)
				|| hazard.getSourceInspection() != null && hazard.getSourceInspection().getKind() == org.minewatch.model.inspection.InspectionKind.SELF_INSPECTION;
	}

	private static boolean sameId(org.minewatch.model.base.Record a, org.minewatch.model.base.Record b) {
		return a != null && b != null && a.getId() != null && a.getId().equals(b.getId());
	}

	/** The person acts for the agency. */
	private static boolean ofAgency(Person person, Agency agency) {
		return person != null && person.getAgency() != null && agency != null && sameId(person.getAgency(), agency);
	}

	private static String name(Agency agency, Instant at) {
		return agency == null ? "" : agency.getNames().isEmpty() ? agency.getId() : agency.nameOn(LocalDate.ofInstant(at, Zones.CHINA)); //$NON-NLS-1$
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
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
