package org.minewatch.report;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.minewatch.model.campaign.Campaign;
import org.minewatch.model.campaign.ReportDeadline;
import org.minewatch.model.campaign.ReportFrequency;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportKind;
import org.minewatch.model.report.ReportStatus;

/**
 * What an agency owes and when (报送日历): for each campaign's report calendar entry at the agency's level, every period
 * of the campaign that has begun (months, quarters, half-years, years, or the whole campaign), due on the entry's day
 * of the month after the period ends (the monthly progress report: the 5th), or on the period's last day when the
 * entry gives no day (0); with the report that answers it, if any, and whether it is overdue.
 */
public final class ReportCalendar {

	/**
	 * One report owed.
	 *
	 * @param reportId the agency's report for the period (the latest, not superseded), or null when none exists
	 * @param status that report's status, or null
	 * @param overdue not sent (none, a draft, or rejected and not redone and sent again) and the due date has passed
	 * @param late sent after the due date
	 */
	public record Due(ReportKind kind, String campaign, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate, String reportId, ReportStatus status,
			boolean overdue, boolean late) {

		/** Sent (submitted or accepted). */
		public boolean sent() {
			return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
		}
	}

	/** The calendar of an agency on {@code today}, the latest due date first. */
	public static List<Due> of(Agency agency, List<Campaign> campaigns, List<Report> reports, LocalDate today) {
		List<Due> dues = new ArrayList<>();
		for (Campaign campaign : campaigns) {
			if (campaign.getStartDate() == null) {
				continue;
			}
			LocalDate end = campaign.getEndDate() == null ? today : campaign.getEndDate();
			for (ReportDeadline deadline : campaign.getReportCalendar()) {
				if (deadline.getLevel() != agency.getLevel()) {
					continue;
				}
				for (LocalDate start = periodStart(campaign.getStartDate(), deadline.getFrequency()); !start.isAfter(end) && !start.isAfter(today); start = next(start,
						deadline.getFrequency(), end)) {
					LocalDate periodEnd = periodEnd(start, deadline.getFrequency(), end);
					dues.add(due(campaign.getName(), deadline, start.isBefore(campaign.getStartDate()) ? campaign.getStartDate() : start, periodEnd,
							reports, today));
				}
			}
		}
		dues.sort(Comparator.comparing(Due::dueDate).reversed().thenComparing(Due::kind));
		return dues;
	}

	private static Due due(String campaign, ReportDeadline deadline, LocalDate start, LocalDate end, List<Report> reports, LocalDate today) {
		LocalDate due = deadline.getDueDay() <= 0 ? end : end.plusMonths(1).withDayOfMonth(Math.min(deadline.getDueDay(), end.plusMonths(1).lengthOfMonth()));
		Report answer = reports.stream().filter(r -> r.getKind() == deadline.getReportKind() && !r.isSuperseded() && r.getPeriodStart() != null
				&& !r.getPeriodStart().isBefore(start) && !r.getPeriodStart().isAfter(end)).max(Comparator.comparing((Report r) -> r.getStatus() == ReportStatus.SUBMITTED || r.getStatus() == ReportStatus.ACCEPTED)
						.thenComparing(Report::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
		ReportStatus status = answer == null ? null : answer.getStatus();
		boolean sent = status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
		boolean late = sent && answer.getSubmittedAt() != null && answer.getSubmittedAt().atZone(org.minewatch.model.time.Zones.CHINA).toLocalDate().isAfter(due);
		return new Due(deadline.getReportKind(), campaign, start, end, due, answer == null ? null : answer.getId(), status, !sent && today.isAfter(due), late);
	}

	/** The first day of the calendar period that holds {@code day}. */
	static LocalDate periodStart(LocalDate day, ReportFrequency frequency) {
		return switch (frequency) {
		case MONTHLY -> day.withDayOfMonth(1);
		case QUARTERLY -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
		case HALF_YEARLY -> day.withDayOfMonth(1).withMonth(day.getMonthValue() <= 6 ? 1 : 7);
		case YEARLY -> day.with(TemporalAdjusters.firstDayOfYear());
		case ONCE -> day;
		};
	}

	private static LocalDate periodEnd(LocalDate start, ReportFrequency frequency, LocalDate campaignEnd) {
		LocalDate end = switch (frequency) {
		case MONTHLY -> start.with(TemporalAdjusters.lastDayOfMonth());
		case QUARTERLY -> start.plusMonths(3).minusDays(1);
		case HALF_YEARLY -> start.plusMonths(6).minusDays(1);
		case YEARLY -> start.with(TemporalAdjusters.lastDayOfYear());
		case ONCE -> campaignEnd;
		};
		return end.isAfter(campaignEnd) ? campaignEnd : end;
	}

	private static LocalDate next(LocalDate start, ReportFrequency frequency, LocalDate campaignEnd) {
		return switch (frequency) {
		case MONTHLY -> start.plusMonths(1);
		case QUARTERLY -> start.plusMonths(3);
		case HALF_YEARLY -> start.plusMonths(6);
		case YEARLY -> start.plusYears(1);
		case ONCE -> campaignEnd.plusDays(1);
		};
	}

	private ReportCalendar() {
	}
}
