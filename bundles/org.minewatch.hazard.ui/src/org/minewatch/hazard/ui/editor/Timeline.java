package org.minewatch.hazard.ui.editor;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.DeadlineExtension;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.Transition;
import org.minewatch.model.people.Person;

/** The hazard's history, oldest first: every step with who, when and why, every extension and every acceptance. */
final class Timeline {

	private record Entry(Instant at, String what, Person by, String why) {
	}

	private final Table table;

	Timeline(Composite parent, Hazard hazard, LocalDate today) {
		table = name(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION), HazardKeys.TIMELINE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(Messages.timeline_at, 130);
		column(Messages.timeline_what, 200);
		column(Messages.timeline_by, 90);
		column(Messages.timeline_why, 300);
		for (Entry entry : entries(hazard)) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { HazardText.time(entry.at()), entry.what(), HazardText.person(entry.by()), entry.why() == null ? "" : entry.why() }); //$NON-NLS-1$
		}
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}

	Control control() {
		return table;
	}

	/** High enough for every entry (at least four rows), so that the form scrolls and the table need not. */
	int preferredHeight() {
		return table.getHeaderHeight() + table.getItemHeight() * Math.max(4, table.getItemCount() + 1);
	}

	private static List<Entry> entries(Hazard hazard) {
		List<Entry> entries = new ArrayList<>();
		for (Transition step : hazard.getTransitions()) {
			String what = step.getFrom() == step.getTo() ? HazardText.state(step.getTo())
					: HazardText.state(step.getFrom()) + " \u2192 " + HazardText.state(step.getTo()); //$NON-NLS-1$
			entries.add(new Entry(step.getAt(), what, step.getBy(), step.getReason()));
		}
		for (DeadlineExtension extension : hazard.getExtensions()) {
			entries.add(new Entry(extension.getApprovedAt(),
					NLS.bind(Messages.timeline_extended, HazardText.date(extension.getPreviousDeadline()), HazardText.date(extension.getNewDeadline())),
					extension.getApprovedBy(), extension.getReason()));
		}
		for (Acceptance acceptance : hazard.getAcceptances()) {
			entries.add(new Entry(acceptance.getCheckedAt(), acceptance.isPassed() ? Messages.timeline_acceptPassed : Messages.timeline_acceptFailed,
					acceptance.getCheckedBy(), acceptance.getRemarks()));
		}
		if (hazard.getVoidedAt() != null) {
			entries.add(new Entry(hazard.getVoidedAt(), Messages.editor_voided, hazard.getVoidedBy(), hazard.getVoidReason()));
		}
		entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
		return entries;
	}
}
