package org.minewatch.hazard.ui.board;

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
import org.minewatch.hazard.Escalation;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Agency;

/**
 * One line of the board: from the hazard's index row (mine, grade, state, deadline, found at) and its
 * document (number, what, where); for an overdue hazard, the regulators it has reached and, for a major
 * one, the state enforcement agency for the area.
 */
public record BoardRow(String id, String number, String mineName, String description, HazardGrade grade, HazardState state, LocalDate deadline,
		long daysOverdue, String escalatedTo, Instant foundAt, boolean repeat) {

	/** A page of the board, read in one unit of work: the index rows first, then the page's documents. */
	public static Page<BoardRow> page(Session session, BoardFilter filter, PageRequest request, LocalDate today, Agencies agencies) {
		if (filter.matchesNothing()) {
			return new Page<>(List.of(), null);
		}
		Page<IndexRow> page = session.rows(filter.query(today), request);
		int stepDays = BureauSettings.integer(session, Escalation.STEP_DAYS_SETTING, Escalation.DEFAULT_STEP_DAYS);
		List<BoardRow> rows = new ArrayList<>();
		for (IndexRow index : page.items()) {
			Hazard hazard = session.get(Hazard.class, index.id());
			long overdue = Escalation.daysOverdue(hazard, today);
			rows.add(new BoardRow(hazard.getId(), hazard.getNumber(), index.text("mineName"), place(hazard), hazard.getGrade(), hazard.getState(), //$NON-NLS-1$
					hazard.getRectification() == null ? null : hazard.getRectification().getDeadline(), overdue,
					overdue == 0 ? "" : escalation(session, hazard, today, stepDays, agencies), hazard.getFoundAt(), hazard.getRepeatOf() != null)); //$NON-NLS-1$
		}
		return new Page<>(rows, page.next());
	}

	/** How many hazards the filter matches (counted by the database). */
	public static long count(Session session, BoardFilter filter, LocalDate today) {
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

	private static String escalation(Session session, Hazard hazard, LocalDate today, int stepDays, Agencies agencies) {
		List<String> reached = new ArrayList<>();
		List<Agency> chain = Escalation.localChain(hazard, today, stepDays);
		if (!chain.isEmpty()) {
			reached.add(HazardText.agency(chain.get(chain.size() - 1), today));
		}
		if (hazard.getGrade() == HazardGrade.MAJOR && hazard.getMine() != null) {
			Escalation.stateAgency(agencies.all(session), hazard.getMine()).ifPresent(state -> reached.add(HazardText.agency(state, today)));
		}
		return String.join(" \u00b7 ", reached); //$NON-NLS-1$
	}

	/** The agencies, read once (they change rarely) for finding the state agency of an area. */
	public static final class Agencies {
		private List<Agency> all;

		synchronized List<Agency> all(Session session) {
			if (all == null) {
				List<Agency> read = new ArrayList<>();
				for (PageRequest page = PageRequest.first(1000); page != null;) {
					Page<Agency> found = session.query(Query.of(Agency.class), page);
					read.addAll(found.items());
					page = found.next();
				}
				all = read;
			}
			return all;
		}
	}
}
