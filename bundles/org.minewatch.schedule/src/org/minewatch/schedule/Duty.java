package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One thing the plan must staff: a kind of work at a mine, by people of the given agencies (ids; any of them), on
 * {@code days} consecutive days starting between {@code earliest} and {@code latest} (a fixed day when they are equal;
 * no days for a standing charge), with {@code people} people whose specialities together cover {@code specialities},
 * demanded by the rule {@code ruleId}. {@code weight} orders what is left unmet when not everything fits (higher is
 * more important). {@code series} and {@code seriesIndex} chain the periods of one mine's resident watch (rotation).
 */
public record Duty(String id, DutyKind kind, String ruleId, String mineId, String mineName, double latitude, double longitude, List<String> agencyIds,
		LocalDate earliest, LocalDate latest, int days, int people, Set<String> specialities, int weight, String series, int seriesIndex) {

	public Duty {
		Objects.requireNonNull(id);
		Objects.requireNonNull(kind);
		agencyIds = List.copyOf(agencyIds);
		specialities = Set.copyOf(specialities);
		if (people < 1) {
			throw new IllegalArgumentException("a duty needs at least one person: " + id); //$NON-NLS-1$
		}
		if (kind.timed() && (days < 1 || latest.isBefore(earliest))) {
			throw new IllegalArgumentException("a timed duty needs days and a window: " + id); //$NON-NLS-1$
		}
	}

	/** The same duty with another number of people (a province's rule asks for more). */
	public Duty withPeople(int count) {
		return new Duty(id, kind, ruleId, mineId, mineName, latitude, longitude, agencyIds, earliest, latest, days, count, specialities, weight, series,
				seriesIndex);
	}

	/** Whether the duty, started on {@code start}, occupies {@code day}. */
	public boolean occupies(LocalDate start, LocalDate day) {
		return kind.timed() && !day.isBefore(start) && day.isBefore(start.plusDays(days));
	}
}
