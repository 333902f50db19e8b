package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.minewatch.model.registry.ProductionStatus;

/**
 * The built-in rules' duties of one mine for a period (see {@link Rules} for each rule's source): a resident watch
 * period by period for a stopped, closing or exiting mine; the quarterly surprise check or patrol of a closed or
 * stopped mine by the state agencies; the inspection before a stopped mine resumes; the yearly whole-system
 * enforcement visit of a producing or constructing mine not yet visited this year, when it falls in this quarter's
 * share.
 */
public final class DutyBuilder {

	private final ScheduleRule.Period period;

	public DutyBuilder(ScheduleRule.Period period) {
		this.period = period;
	}

	/** The duties; {@code enforcementDue}: whether the mine's yearly enforcement visit belongs to this period's share. */
	public List<Duty> duties(MineFacts mine, boolean enforcementDue) {
		List<Duty> duties = new ArrayList<>();
		ScheduleSettings s = period.settings();
		ProductionStatus status = mine.status();
		if ((status == ProductionStatus.ORDERED_TO_STOP || status == ProductionStatus.LONG_TERM_STOPPED || status == ProductionStatus.LISTED_FOR_EXIT)
				&& !mine.watchAgencies().isEmpty()) {
			int index = 0;
			for (LocalDate start = period.from(); !start.isAfter(period.to()); start = start.plusDays(s.watchPeriodDays())) {
				LocalDate last = start.plusDays(s.watchPeriodDays() - 1);
				int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, last.isAfter(period.to()) ? period.to() : last) + 1;
				duties.add(duty(mine, DutyKind.RESIDENT_WATCH, Rules.RESIDENT_WATCH, "w" + index, mine.watchAgencies(), start, start, days, 1, Set.of(), 50, //$NON-NLS-1$
						mine.id() + ":watch", index)); //$NON-NLS-1$
				index++;
			}
		}
		if ((status == ProductionStatus.CLOSED || status == ProductionStatus.LONG_TERM_STOPPED || status == ProductionStatus.ORDERED_TO_STOP)
				&& !mine.stateAgencies().isEmpty()) {
			duties.add(duty(mine, DutyKind.CLOSED_MINE_CHECK, Rules.CLOSED_MINE_CHECK, "c", mine.stateAgencies(), period.from(), period.to(), 1, 2, Set.of(), 80, //$NON-NLS-1$
					null, 0));
		}
		if (status == ProductionStatus.ORDERED_TO_STOP && !mine.localAgencies().isEmpty()) {
			duties.add(duty(mine, DutyKind.RESUMPTION_CHECK, Rules.RESUMPTION_CHECK, "r", mine.localAgencies(), period.from(), period.to(), 1, 2, //$NON-NLS-1$
					specialities(mine), 90, null, 0));
		}
		if (mine.working() && enforcementDue && !mine.stateAgencies().isEmpty()) {
			int days = Math.max(1, s.enforcementDays());
			LocalDate latest = period.to().minusDays(days - 1L);
			duties.add(duty(mine, DutyKind.ENFORCEMENT_VISIT, Rules.ENFORCEMENT_YEARLY, "e", mine.stateAgencies(), period.from(), latest, days, 2, //$NON-NLS-1$
					specialities(mine), 60, null, 0));
		}
		return duties;
	}

	private Set<String> specialities(MineFacts mine) {
		return mine.kind() == null ? Set.of() : period.settings().specialities().getOrDefault(mine.kind(), Set.of());
	}

	private static Duty duty(MineFacts mine, DutyKind kind, String rule, String suffix, List<String> agencies, LocalDate earliest, LocalDate latest, int days,
			int people, Set<String> specialities, int weight, String series, int index) {
		return new Duty(mine.id() + ":" + suffix, kind, rule, mine.id(), mine.name(), mine.latitude(), mine.longitude(), agencies, earliest, latest, days, //$NON-NLS-1$
				people, specialities, weight, series, index);
	}
}
