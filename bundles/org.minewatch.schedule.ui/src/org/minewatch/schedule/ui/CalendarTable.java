package org.minewatch.schedule.ui;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.minewatch.schedule.Assignment;
import org.minewatch.schedule.Conflict;
import org.minewatch.schedule.Duty;
import org.minewatch.schedule.Plan;
import org.minewatch.schedule.Worker;
import org.minewatch.schedule.ui.internal.Messages;
import org.minewatch.schedule.ui.internal.ScheduleKeys;

/**
 * The plan as a calendar: a week or a month, one row per person (the roster of one agency, or of all, by agency),
 * each day the mines the person is at; a day where a hard rule is broken is red, the rule in its tooltip-free text.
 */
final class CalendarTable {

	private static Color conflict;

	private final Composite page;
	private final Combo span;
	private final Combo agency;
	private final Label period;
	private final Table table;
	private final Locale locale;
	private Plan plan;
	private LocalDate first;
	private List<String> agencies = List.of();

	CalendarTable(Composite parent, Locale locale) {
		this.locale = locale;
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(page);
		Composite row = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(row);
		span = name(new Combo(row, SWT.READ_ONLY), ScheduleKeys.SPAN);
		span.setItems(Messages.week, Messages.month);
		span.select(0);
		span.addListener(SWT.Selection, e -> rebuild());
		agency = name(new Combo(row, SWT.READ_ONLY), ScheduleKeys.AGENCY);
		agency.setItems(Messages.allAgencies);
		agency.select(0);
		agency.addListener(SWT.Selection, e -> rebuild());
		Button previous = name(new Button(row, SWT.PUSH), ScheduleKeys.PREVIOUS);
		previous.setText("<"); //$NON-NLS-1$
		previous.addListener(SWT.Selection, e -> step(-1));
		Button next = name(new Button(row, SWT.PUSH), ScheduleKeys.NEXT);
		next.setText(">"); //$NON-NLS-1$
		next.addListener(SWT.Selection, e -> step(1));
		period = name(new Label(row, SWT.NONE), ScheduleKeys.PERIOD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(period);
		table = name(new Table(page, SWT.BORDER | SWT.FULL_SELECTION), ScheduleKeys.CALENDAR);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 300).applyTo(table);
	}

	static Color conflictColour(Display display) {
		if (conflict == null) {
			conflict = new Color(display, 255, 170, 170);
		}
		return conflict;
	}

	Composite control() {
		return page;
	}

	/** A new plan, shown from the week or month of {@code from}. */
	void show(Plan shown, LocalDate from) {
		plan = shown;
		first = from;
		agencies = shown.problem().workers().stream().map(Worker::agencyId).distinct()
				.sorted(Comparator.comparing(a -> shown.problem().agencyName(a))).toList();
		List<String> items = new ArrayList<>();
		items.add(Messages.allAgencies);
		agencies.forEach(a -> items.add(shown.problem().agencyName(a)));
		agency.setItems(items.toArray(String[]::new));
		agency.select(0);
		rebuild();
	}

	/** The same view with the plan as it is now (after a move). */
	void refresh(Plan now) {
		plan = now;
		rebuild();
	}

	private boolean month() {
		return span.getSelectionIndex() == 1;
	}

	private LocalDate start() {
		return month() ? first.withDayOfMonth(1) : first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private void step(int direction) {
		if (plan != null) {
			first = month() ? start().plusMonths(direction) : start().plusWeeks(direction);
			rebuild();
		}
	}

	private void rebuild() {
		if (plan == null || table.isDisposed()) {
			return;
		}
		LocalDate from = start();
		int days = month() ? from.lengthOfMonth() : 7;
		period.setText(from + " – " + from.plusDays(days - 1L)); //$NON-NLS-1$
		page.layout(true, true);
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn c : table.getColumns()) {
			c.dispose();
		}
		column(Messages.person, 160);
		for (int i = 0; i < days; i++) {
			LocalDate day = from.plusDays(i);
			column(day.getDayOfMonth() + " " + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale), month() ? 70 : 110); //$NON-NLS-1$
		}
		Map<String, Duty> duties = plan.problem().dutiesById();
		Map<String, List<Assignment>> byPerson = new HashMap<>();
		for (Assignment a : plan.assignments()) {
			a.personIds().forEach(p -> byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
		}
		Set<String> marked = new HashSet<>();
		for (Conflict c : plan.conflicts()) {
			if (c.personId() != null && c.day() != null) {
				marked.add(c.personId() + "@" + c.day()); //$NON-NLS-1$
			} else if (c.dutyId() != null && c.day() != null) {
				Assignment a = plan.assignments().stream().filter(x -> x.dutyId().equals(c.dutyId())).findFirst().orElse(null);
				if (a != null) {
					a.personIds().forEach(p -> marked.add(p + "@" + c.day())); //$NON-NLS-1$
				}
			}
		}
		String onlyAgency = agency.getSelectionIndex() > 0 ? agencies.get(agency.getSelectionIndex() - 1) : null;
		List<Worker> people = plan.problem().workers().stream().filter(w -> onlyAgency == null || w.agencyId().equals(onlyAgency))
				.sorted(Comparator.comparing((Worker w) -> plan.problem().agencyName(w.agencyId())).thenComparing(Worker::name)).toList();
		for (Worker w : people) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, onlyAgency == null ? plan.problem().agencyName(w.agencyId()) + " · " + w.name() : w.name()); //$NON-NLS-1$
			for (int i = 0; i < days; i++) {
				LocalDate day = from.plusDays(i);
				List<String> here = new ArrayList<>();
				for (Assignment a : byPerson.getOrDefault(w.personId(), List.of())) {
					Duty d = duties.get(a.dutyId());
					if (a.start() != null && d != null && d.occupies(a.start(), day)) {
						here.add(d.mineName());
					}
				}
				if (w.away().contains(day)) {
					here.add("—"); //$NON-NLS-1$
				}
				item.setText(i + 1, String.join(" / ", here)); //$NON-NLS-1$
				if (marked.contains(w.personId() + "@" + day)) { //$NON-NLS-1$
					item.setBackground(i + 1, conflictColour(table.getDisplay()));
				}
			}
		}
		table.setRedraw(true);
	}

	private void column(String title, int width) {
		TableColumn c = new TableColumn(table, SWT.NONE);
		c.setText(title);
		c.setWidth(width);
	}

	/** The text of a person's day (row by person name, day of the shown period), for the tests. */
	String cell(String personName, LocalDate day) {
		int column = (int) java.time.temporal.ChronoUnit.DAYS.between(start(), day) + 1;
		for (TableItem item : table.getItems()) {
			if (item.getText(0).endsWith(personName)) {
				return item.getText(column);
			}
		}
		return null;
	}

	/** Whether a person's day is marked as a conflict. */
	boolean marked(String personName, LocalDate day) {
		int column = (int) java.time.temporal.ChronoUnit.DAYS.between(start(), day) + 1;
		for (TableItem item : table.getItems()) {
			if (item.getText(0).endsWith(personName)) {
				return conflict != null && conflict.equals(item.getBackground(column));
			}
		}
		return false;
	}
}
