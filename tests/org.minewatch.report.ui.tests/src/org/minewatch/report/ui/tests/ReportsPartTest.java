package org.minewatch.report.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.minewatch.core.Actor;
import org.minewatch.desk.Acting;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.people.Person;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportStatus;
import org.minewatch.report.MonthlyProgress;
import org.minewatch.report.ReportService;
import org.minewatch.report.ui.ReportsPart;
import org.minewatch.report.ui.internal.Messages;
import org.minewatch.report.ui.internal.ReportKeys;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.tests.parts.UiThreadGuard;

/**
 * The reports part driven through its buttons: a province's bureau sees what it owes (overdue months marked), creates
 * October's monthly progress report, is refused sending it with sections empty (the rule's words shown), writes the
 * sections, submits; the national bureau's desk then sees it and accepts it; the store says so, and the part never
 * called the store on the UI thread.
 */
class ReportsPartTest extends PartTest {

	private static Actor actorOf(AgencyKind kind) {
		Person person = fixture.data.persons.stream().filter(p -> p.getAgency() != null && p.getMine() == null && p.getAgency().getKind() == kind).findFirst()
				.orElseThrow();
		return new Actor(person.getId(), person.getName(), person.getAgency().getId());
	}

	@Test
	void aMonthlyReportIsCreatedWrittenSubmittedAndAcceptedThroughTheButtons() {
		UiThreadGuard guard = new UiThreadGuard(fixture.store);
		context.set(ReportService.class, new ReportService(guard));
		Actor bureau = actorOf(AgencyKind.PROVINCIAL_SUPERVISION_BUREAU);
		context.set(Acting.class, new Acting(bureau, true));
		context.set(MPart.class, MBasicFactory.INSTANCE.createPart());
		ReportsPart part = ContextInjectionFactory.make(ReportsPart.class, context);
		shell.open();
		ui.waitUntil(part::isSettled, () -> "the calendar and the list shown");

		Table calendar = ui.byKey(shell, ReportKeys.CALENDAR, Table.class);
		assertTrue(Arrays.stream(calendar.getItems()).anyMatch(i -> i.getText(3).contains(Messages.reports_overdue)), "the months not sent are overdue");
		Combo month = ui.byKey(shell, ReportKeys.MONTH, Combo.class);
		assertEquals("2021-10", month.getText(), "the last month that is over");
		Table table = ui.byKey(shell, ReportKeys.TABLE, Table.class);
		assertEquals(0, table.getItemCount(), "the bureau has written nothing yet");

		ui.click(ui.byKey(shell, ReportKeys.CREATE, Button.class));
		ui.waitUntil(() -> part.isSettled() && part.shown() != null, () -> "the new report shown; notice: " + notice());
		Report created = part.shown();
		assertEquals(ReportStatus.DRAFT, created.getStatus());
		assertTrue(table.getItem(table.getSelectionIndex()).getText(0).contains("2021年10月"));

		ui.click(ui.byKey(shell, ReportKeys.SUBMIT, Button.class));
		ui.waitUntil(() -> part.isSettled() && notice().contains("总体进展"), () -> "the refusal in its words; notice: " + notice());

		for (String key : MonthlyProgress.WRITTEN) {
			ui.byKey(shell, ReportKeys.section(key), Text.class).setText("十月的" + key);
		}
		ui.click(ui.byKey(shell, ReportKeys.SAVE, Button.class));
		ui.waitUntil(() -> part.isSettled() && part.shown() != null && "十月的typicalCases".equals(section(part.shown(), "typicalCases")),
				() -> "saved; notice: " + notice());
		ui.click(ui.byKey(shell, ReportKeys.SUBMIT, Button.class));
		ui.waitUntil(() -> part.isSettled() && part.shown() != null && part.shown().getStatus() == ReportStatus.SUBMITTED, () -> "submitted; notice: " + notice());
		assertTrue(!ui.byKey(shell, ReportKeys.SUBMIT, Button.class).isEnabled() && !ui.byKey(shell, ReportKeys.SAVE, Button.class).isEnabled(),
				"a submitted report is not written or sent again");

		// the national bureau's desk
		context.set(Acting.class, new Acting(actorOf(AgencyKind.NATIONAL_BUREAU), true));
		ui.waitUntil(() -> part.isSettled() && part.shown() == null && rowOf(table, created.getTitle()) >= 0, () -> "the national bureau's list");
		int row = rowOf(table, created.getTitle());
		table.setSelection(row);
		table.notifyListeners(SWT.Selection, null);
		ui.waitUntil(() -> part.isSettled() && part.shown() != null && part.shown().getId().equals(created.getId()), () -> "the sent report opened");
		assertTrue(ui.byKey(shell, ReportKeys.ACCEPT, Button.class).isEnabled());
		ui.click(ui.byKey(shell, ReportKeys.ACCEPT, Button.class));
		ui.waitUntil(() -> part.isSettled() && part.shown() != null && part.shown().getStatus() == ReportStatus.ACCEPTED, () -> "accepted; notice: " + notice());

		Report stored = new ReportService(fixture.store).get(bureau, created.getId());
		assertEquals(ReportStatus.ACCEPTED, stored.getStatus());
		assertEquals("十月的nextSteps", section(stored, "nextSteps"));
		assertEquals(List.of(), guard.violations(), "store calls on the UI thread");
	}

	private String notice() {
		return ui.byKey(shell, ReportKeys.NOTICE, Label.class).getText();
	}

	private static String section(Report report, String key) {
		return report.getSections().stream().filter(s -> key.equals(s.getKey())).findFirst().orElseThrow().getText();
	}

	private static int rowOf(Table table, String title) {
		TableItem[] items = table.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getText(0).equals(title)) {
				return i;
			}
		}
		return -1;
	}
}
