package org.minewatch.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.minewatch.core.LocalTexts;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.time.Zones;

/**
 * Whether a stopped mine may resume work (复工复产): none of its major hazards is open, and an inspection before
 * resumption ({@code Inspection.beforeResumption}) was completed since the mine stopped. The one place this rule
 * lives: {@link HazardService#resume}, the registry's status change back to producing or constructing, and any
 * area that plans the check (scheduling) ask here, inside their unit of work.
 */
public final class Resumption {

	/** The statuses a mine resumes from. */
	public static final Set<ProductionStatus> STOPPED = EnumSet.of(ProductionStatus.ORDERED_TO_STOP, ProductionStatus.LONG_TERM_STOPPED);

	/** The statuses a mine resumes to. */
	public static final Set<ProductionStatus> WORKING = EnumSet.of(ProductionStatus.PRODUCING, ProductionStatus.CONSTRUCTING);

	/** Inspection statuses that mean the check was completed (a self-inspection goes on to be submitted and accepted). */
	private static final Set<InspectionStatus> DONE = EnumSet.of(InspectionStatus.COMPLETED, InspectionStatus.SUBMITTED, InspectionStatus.ACCEPTED);

	private static final LocalTexts TEXTS = LocalTexts.of(Resumption.class, "org.minewatch.hazard.messages"); //$NON-NLS-1$

	/**
	 * What a mine's resumption waits for.
	 *
	 * @param openMajors the mine's major hazards not closed (number or description), in the order found
	 * @param passedCheck the id of the completed inspection before resumption since the mine stopped, or null
	 * @param stoppedSince the day the mine's current stop began, or null when it is not stopped
	 */
	public record Check(String mineId, List<String> openMajors, String passedCheck, LocalDate stoppedSince) {

		/** Nothing holds the resumption back. */
		public boolean allowed() {
			return openMajors.isEmpty() && passedCheck != null;
		}
	}

	/** The check of a mine, inside the caller's unit of work. */
	public static Check check(Session session, Mine mine) {
		LocalDate since = stoppedSince(mine);
		List<String> open = new ArrayList<>();
		for (Hazard hazard : all(session, Query.of(Hazard.class).where("mine", mine.getId()).where("grade", HazardGrade.MAJOR))) { //$NON-NLS-1$ //$NON-NLS-2$
			if (hazard.getState() != HazardState.CLOSED && !hazard.isVoided()) {
				open.add(hazard.getNumber() != null && !hazard.getNumber().isBlank() ? hazard.getNumber() : hazard.getDescription());
			}
		}
		Instant from = since == null ? null : since.atStartOfDay(Zones.CHINA).toInstant();
		String passed = all(session, Query.of(Inspection.class).where("mine", mine.getId())).stream() //$NON-NLS-1$
				.filter(i -> i.isBeforeResumption() && DONE.contains(i.getStatus()) && !i.isVoided() && i.getCompletedAt() != null
						&& (from == null || !i.getCompletedAt().isBefore(from)))
				.max(Comparator.comparing(Inspection::getCompletedAt)).map(Inspection::getId).orElse(null);
		return new Check(mine.getId(), List.copyOf(open), passed, since);
	}

	/** Refuses, with the rule's words naming what holds the mine back, unless the check allows the resumption. */
	public static void require(Session session, Locale locale, Mine mine) {
		Check check = check(session, mine);
		if (check.allowed()) {
			return;
		}
		List<String> why = new ArrayList<>();
		if (!check.openMajors().isEmpty()) {
			why.add(TEXTS.format(locale, "resumption.openMajors", String.join(TEXTS.format(locale, "resumption.separator"), check.openMajors()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (check.passedCheck() == null) {
			why.add(TEXTS.format(locale, "resumption.noCheck")); //$NON-NLS-1$
		}
		throw new LifecycleException("resumption.refused", //$NON-NLS-1$
				TEXTS.format(locale, "resumption.refused", mine.getName(), String.join(TEXTS.format(locale, "resumption.separator"), why))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The mine's latest status (by its start; of two starting the same day, the one recorded last), or null when it has none. */
	public static ProductionStatus latest(Mine mine) {
		StatusChange latest = null;
		for (StatusChange change : mine.getStatusHistory()) {
			if (latest == null || !change.getSince().isBefore(latest.getSince())) {
				latest = change;
			}
		}
		return latest == null ? null : latest.getStatus();
	}

	/** A change of status that is a resumption: from stopped to producing or constructing. */
	public static boolean isResumption(ProductionStatus from, ProductionStatus to) {
		return from != null && STOPPED.contains(from) && to != null && WORKING.contains(to);
	}

	/** The day the mine's current stop began: the start of the run of stopped statuses at the end of its history. */
	private static LocalDate stoppedSince(Mine mine) {
		List<StatusChange> history = new ArrayList<>(mine.getStatusHistory());
		history.sort(Comparator.comparing(StatusChange::getSince));
		LocalDate since = null;
		for (StatusChange change : history) {
			if (STOPPED.contains(change.getStatus())) {
				since = since == null ? change.getSince() : since;
			} else {
				since = null;
			}
		}
		return since;
	}

	private static <R extends org.minewatch.model.base.Record> List<R> all(Session session, Query<R> query) {
		List<R> all = new ArrayList<>();
		for (PageRequest page = PageRequest.first(500); page != null;) {
			Page<R> found = session.query(query, page);
			all.addAll(found.items());
			page = found.next();
		}
		return all;
	}

	private Resumption() {
	}
}
