package org.minewatch.hazard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minewatch.core.BureauSettings;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;

/**
 * One line of the board: selected by the hazard's index row, shown from its document (number, what, where, grade,
 * state, deadline, found at; the mine's name from the index unless the two differ); for an overdue hazard, the
 * regulators it has reached and, for a major one, the state enforcement agency for the area. {@code indexDiffers}:
 * the index row that selected it no longer agrees with the proven document (changed behind the store's back).
 */
public record BoardRow(String id, String number, String mineName, String description, HazardGrade grade, HazardState state, LocalDate deadline,
		long daysOverdue, String escalatedTo, Instant foundAt, boolean repeat, boolean indexDiffers) {

	/** A page of the board, read in one unit of work: the index rows first, then the page's documents. */
	static Page<BoardRow> page(Session session, BoardFilter filter, PageRequest request, LocalDate today) {
		if (filter.matchesNothing()) {
			return new Page<>(List.of(), null);
		}
		Page<IndexRow> page = session.rows(filter.query(today), request);
		int stepDays = BureauSettings.integer(session, Escalation.STEP_DAYS_SETTING, Escalation.DEFAULT_STEP_DAYS);
		StateAgencies agencies = new StateAgencies(session);
		List<BoardRow> rows = new ArrayList<>();
		for (IndexRow index : page.items()) {
			Hazard hazard = session.get(Hazard.class, index.id());
			// the index row that selected it, checked against the proven document read anyway: a row changed behind
			// the store's back is shown as the document says, marked, and logged by the store
			boolean differs = !session.indexDifferences(Hazard.class, index).isEmpty();
			long overdue = Escalation.daysOverdue(hazard, today);
			String mineName = differs && hazard.getMine() != null ? hazard.getMine().getName() : index.text("mineName"); //$NON-NLS-1$
			rows.add(new BoardRow(hazard.getId(), hazard.getNumber(), mineName, place(hazard), hazard.getGrade(), hazard.getState(),
					hazard.getRectification() == null ? null : hazard.getRectification().getDeadline(), overdue,
					overdue == 0 ? "" : escalation(hazard, today, stepDays, agencies), hazard.getFoundAt(), hazard.getRepeatOf() != null, differs)); //$NON-NLS-1$
		}
		return new Page<>(rows, page.next());
	}

	/** How many hazards the filter matches (counted by the database). */
	static long count(Session session, BoardFilter filter, LocalDate today) {
		if (filter.matchesNothing()) {
			return 0;
		}
		return session.countBy(filter.query(today), "grade").values().stream().mapToLong(Long::longValue).sum(); //$NON-NLS-1$
	}

	/** The hazard with its place: "description (place)". */
	static String place(Hazard hazard) {
		String what = hazard.getDescription() == null ? "" : hazard.getDescription(); //$NON-NLS-1$
		return hazard.getPlace() == null || hazard.getPlace().isBlank() ? what : what + " (" + hazard.getPlace() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String escalation(Hazard hazard, LocalDate today, int stepDays, StateAgencies agencies) {
		List<String> reached = new ArrayList<>();
		List<Agency> chain = Escalation.localChain(hazard, today, stepDays);
		if (!chain.isEmpty()) {
			reached.add(name(chain.get(chain.size() - 1), today));
		}
		if (hazard.getGrade() == HazardGrade.MAJOR && hazard.getMine() != null) {
			Escalation.stateAgency(agencies.all(), hazard.getMine()).ifPresent(state -> reached.add(name(state, today)));
		}
		return String.join(" \u00b7 ", reached); //$NON-NLS-1$
	}

	/** An agency's name on a day; its id when it has no name. */
	static String name(Agency agency, LocalDate day) {
		return agency.getNames().isEmpty() ? agency.getId() : agency.nameOn(day);
	}

	/** The state enforcement agencies (sub-bureaus, provincial bureaus), read by their index once a page, when an overdue major hazard needs them. */
	private static final class StateAgencies {
		private final Session session;
		private List<Agency> all;

		StateAgencies(Session session) {
			this.session = session;
		}

		List<Agency> all() {
			if (all == null) {
				all = new ArrayList<>();
				Query<Agency> query = Query.of(Agency.class).whereIn("kind", //$NON-NLS-1$
						List.of(AgencyKind.SUPERVISION_SUB_BUREAU, AgencyKind.PROVINCIAL_SUPERVISION_BUREAU));
				for (PageRequest page = PageRequest.first(1000); page != null;) {
					Page<Agency> found = session.query(query, page);
					all.addAll(found.items());
					page = found.next();
				}
			}
			return all;
		}
	}
}
