package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * A duty staffed: who takes it and from which day (null for a standing charge). A pinned assignment was fixed by a
 * person and is kept as it is when the plan is made again.
 */
public record Assignment(String dutyId, LocalDate start, List<String> personIds, boolean pinned) {

	public Assignment {
		personIds = List.copyOf(personIds);
	}

	public Assignment pin() {
		return new Assignment(dutyId, start, personIds, true);
	}

	/** The same assignment moved by hand to another day and people (pinned: the person decided). */
	public Assignment moved(LocalDate day, List<String> people) {
		return new Assignment(dutyId, day, people, true);
	}
}
