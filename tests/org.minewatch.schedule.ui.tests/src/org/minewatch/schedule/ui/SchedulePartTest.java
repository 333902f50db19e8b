package org.minewatch.schedule.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.minewatch.core.Query;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.Mine;
import org.minewatch.schedule.Assignment;
import org.minewatch.schedule.Duty;
import org.minewatch.schedule.DutyKind;
import org.minewatch.schedule.Plan;
import org.minewatch.schedule.PlanInspections;
import org.minewatch.schedule.Rules;
import org.minewatch.schedule.ScheduleService;
import org.minewatch.schedule.ui.internal.ScheduleKeys;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.tests.parts.UiThreadGuard;
import org.minewatch.ui.ModelText;

/** A county's quarter planned in the view, an assignment moved by hand into a conflict and marked, the plan turned into inspections. */
class SchedulePartTest extends PartTest {

	@Test
	void planMoveIntoAConflictAndTurnIntoInspections() throws Exception {
		UiThreadGuard guarded = new UiThreadGuard(fixture.store);
		context.set(ScheduleService.class, new ScheduleService(guarded));
		context.set(PlanInspections.class, new PlanInspections(guarded, new org.minewatch.checklist.InspectionService(guarded,
				new org.minewatch.hazard.HazardService(guarded))));
		SchedulePart part = ContextInjectionFactory.make(SchedulePart.class, context);
		shell.open();

		// the county of a demo mine whose quarter has visits
		Mine mine = fixture.data.mines.get(0);
		Jurisdiction province = mine.getProvince();
		Jurisdiction county = mine.getCounty();
		Combo provinces = ui.byKey(shell, ScheduleKeys.PROVINCE, Combo.class);
		provinces.select(List.of(provinces.getItems()).indexOf(ModelText.division(province)));
		provinces.notifyListeners(SWT.Selection, null);
		Combo counties = ui.byKey(shell, ScheduleKeys.COUNTY, Combo.class);
		counties.select(List.of(counties.getItems()).indexOf(ModelText.division(county)));
		ui.click(ui.byKey(shell, ScheduleKeys.PLAN, Button.class));
		ui.waitUntil(() -> part.plan() != null, () -> "the county's plan");
		Plan plan = part.plan();
		assertEquals(List.of(), plan.conflicts());
		assertEquals(LocalDate.of(2021, 10, 1), plan.problem().from(), "the quarter of the demo day");
		Table assignments = ui.byKey(shell, ScheduleKeys.ASSIGNMENTS, Table.class);
		assertEquals(plan.assignments().size(), assignments.getItemCount());
		assertTrue(ui.byKey(shell, ScheduleKeys.SCORE, Label.class).getText().contains(ModelText.division(county)));

		// move a one-day visit onto Saturday 2021-10-02: a rest day, marked at once in the list and the calendar
		Map<String, Duty> duties = plan.problem().dutiesById();
		int row = -1;
		for (int i = 0; i < assignments.getItemCount(); i++) {
			Assignment a = (Assignment) assignments.getItem(i).getData();
			Duty d = duties.get(a.dutyId());
			if (a.start() != null && d.kind() != DutyKind.RESIDENT_WATCH && d.days() == 1) {
				row = i;
				break;
			}
		}
		assertTrue(row >= 0, "the county's plan has a one-day visit");
		Assignment moved = (Assignment) assignments.getItem(row).getData();
		LocalDate saturday = LocalDate.of(2021, 10, 2);
		assertEquals(DayOfWeek.SATURDAY, saturday.getDayOfWeek());
		assignments.select(row);
		DateTime day = ui.byKey(shell, ScheduleKeys.MOVE_DAY, DateTime.class);
		day.setDate(2021, 9, 2);
		ui.click(ui.byKey(shell, ScheduleKeys.MOVE, Button.class));
		Plan edited = part.plan();
		assertFalse(edited.conflicts().isEmpty());
		assertTrue(edited.conflicts().stream().anyMatch(c -> c.ruleId().equals(Rules.LEAVE_REST) && moved.dutyId().equals(c.dutyId())), edited.conflicts().toString());
		TableItem marked = null;
		for (TableItem item : assignments.getItems()) {
			if (((Assignment) item.getData()).dutyId().equals(moved.dutyId())) {
				marked = item;
			}
		}
		assertEquals(saturday.toString(), marked.getText(0));
		assertFalse(marked.getText(5).isEmpty(), "the conflict's words in the row");
		assertEquals(CalendarTable.conflictColour(shell.getDisplay()), marked.getBackground());
		String person = edited.problem().workersById().get(moved.personIds().get(0)).name();
		CalendarTable calendar = calendarOf(part);
		assertTrue(calendar.marked(person, saturday), "the calendar marks " + person + " on " + saturday);
		assertTrue(calendar.cell(person, saturday).contains(duties.get(moved.dutyId()).mineName()));
		screenshot(Path.of("target", "screenshots", "schedule-plan.png"));

		// the plan becomes inspections with one action
		long before = count();
		ui.click(ui.byKey(shell, ScheduleKeys.TO_INSPECTIONS, Button.class));
		Label status = ui.byKey(shell, ScheduleKeys.STATUS, Label.class);
		ui.waitUntil(() -> !status.getText().isEmpty(), () -> "the inspections made");
		assertTrue(count() > before, status.getText());

		// and leaves as an iCalendar file
		Path ics = temp.resolve("plan.ics");
		part.exportTo(ics, true);
		ui.waitUntil(() -> status.getText().contains("plan.ics"), () -> "the calendar written: " + status.getText());
		assertTrue(Files.readString(ics).startsWith("BEGIN:VCALENDAR\r\n"));
	}

	private static CalendarTable calendarOf(SchedulePart part) throws ReflectiveOperationException {
		java.lang.reflect.Field field = SchedulePart.class.getDeclaredField("calendar");
		field.setAccessible(true);
		return (CalendarTable) field.get(part);
	}

	private static long count() {
		return fixture.store.read(fixture.actor, s -> ScheduleService.countAll(s, Query.of(Inspection.class)));
	}

	private void screenshot(Path file) throws Exception {
		ui.flush();
		Files.createDirectories(file.getParent());
		GC gc = new GC(shell.getDisplay());
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
