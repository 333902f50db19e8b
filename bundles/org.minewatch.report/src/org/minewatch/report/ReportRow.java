package org.minewatch.report;

import java.time.Instant;
import java.time.LocalDate;

import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportKind;
import org.minewatch.model.report.ReportStatus;

/**
 * A report as a list shows it: what, for when, where it stands, and who sent it.
 *
 * @param redone whether a rejected report was redone (the redo is its own row)
 */
public record ReportRow(String id, ReportKind kind, String title, ReportStatus status, LocalDate periodStart, LocalDate periodEnd, LocalDate dueDate,
		Instant submittedAt, String agency, String rejectionReason, boolean redone) {

	static ReportRow of(Report report, LocalDate today) {
		String agency = report.getOwner() == null ? "" : report.getOwner().nameOn(today); //$NON-NLS-1$
		return new ReportRow(report.getId(), report.getKind(), report.getTitle(), report.getStatus(), report.getPeriodStart(), report.getPeriodEnd(),
				report.getDueDate(), report.getSubmittedAt(), agency, report.getRejectionReason(), report.isSuperseded());
	}

	/** Sent after its due date (or not sent and past it). */
	public boolean late(LocalDate today) {
		if (dueDate == null) {
			return false;
		}
		if (submittedAt == null) {
			return today.isAfter(dueDate);
		}
		return submittedAt.atZone(org.minewatch.model.time.Zones.CHINA).toLocalDate().isAfter(dueDate);
	}
}
