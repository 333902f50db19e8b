package org.minewatch.report.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.minewatch.model.report.ReportKind;
import org.minewatch.model.report.ReportPackage;
import org.minewatch.report.ReportCalendar;
import org.minewatch.ui.ModelText;

/**
 * The rows of an agency's report calendar (报送日历) in a table of four columns (report, period, due, status), as the
 * reports part and the due reports beside the dashboard show them: an overdue report red and marked, one sent late
 * marked.
 */
public final class DueTable {

	private DueTable() {
	}

	/** Replaces the table's rows with {@code dues}, in their order; returns how many are overdue. */
	public static long fill(Table table, List<ReportCalendar.Due> dues) {
		table.removeAll();
		long overdue = 0;
		for (ReportCalendar.Due due : dues) {
			TableItem item = new TableItem(table, SWT.NONE);
			String status = due.status() == null ? Messages.reports_notStarted : ModelText.literal(ReportPackage.Literals.REPORT_STATUS, due.status());
			if (due.overdue()) {
				status += " \u00b7 " + Messages.reports_overdue; //$NON-NLS-1$
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
				overdue++;
			} else if (due.late()) {
				status += " \u00b7 " + Messages.reports_late; //$NON-NLS-1$
			}
			item.setText(new String[] { kind(due.kind()), due.periodStart() + " \u2013 " + due.periodEnd(), due.dueDate().toString(), status }); //$NON-NLS-1$
			item.setData(due);
		}
		return overdue;
	}

	/** A report kind's words in the person's language. */
	public static String kind(ReportKind kind) {
		return ModelText.literal(ReportPackage.Literals.REPORT_KIND, kind);
	}
}
