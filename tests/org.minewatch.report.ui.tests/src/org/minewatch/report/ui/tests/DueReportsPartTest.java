package org.minewatch.report.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.minewatch.core.Actor;
import org.minewatch.desk.Acting;
import org.minewatch.desk.ShellContract;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.people.Person;
import org.minewatch.model.report.Report;
import org.minewatch.report.MonthlyProgress;
import org.minewatch.report.ReportCalendar;
import org.minewatch.report.ReportService;
import org.minewatch.report.ui.DueReportsPart;
import org.minewatch.report.ui.internal.Messages;
import org.minewatch.report.ui.internal.ReportKeys;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.tests.parts.UiThreadGuard;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reports a province's bureau owes, beside the dashboard: every report of the calendar that is not sent, as
 * {@link ReportCalendar} computes it from the demo's campaigns on the demo day, overdue ones red and marked; a month
 * sent leaves the list; nothing read on the UI thread; a new layout opens the part next to the dashboard, once.
 */
class DueReportsPartTest extends PartTest {

	private static Person bureauPerson() {
		return fixture.data.persons.stream()
				.filter(p -> p.getAgency() != null && p.getMine() == null && p.getAgency().getKind() == AgencyKind.PROVINCIAL_SUPERVISION_BUREAU).findFirst()
				.orElseThrow();
	}

	/** What the calendar says the agency owes, computed from the demo data the store was filled with. */
	private static List<ReportCalendar.Due> owedByTheCalendar(Agency agency, List<Report> reports) {
		LocalDate today = LocalDate.now(fixture.store.clock());
		return ReportCalendar.of(agency, fixture.data.campaigns, reports, today).stream().filter(d -> !d.sent()).toList();
	}

	@Test
	void theAgencysDueAndOverdueReportsAreShownAsTheCalendarComputesThem() {
		UiThreadGuard guard = new UiThreadGuard(fixture.store);
		context.set(ReportService.class, new ReportService(guard));
		Person person = bureauPerson();
		Actor bureau = new Actor(person.getId(), person.getName(), person.getAgency().getId());
		context.set(Acting.class, new Acting(bureau, true));
		context.set(MPart.class, MBasicFactory.INSTANCE.createPart());
		DueReportsPart part = ContextInjectionFactory.make(DueReportsPart.class, context);
		shell.open();
		ui.waitUntil(part::isSettled, () -> "the reports due shown");

		Agency agency = person.getAgency();
		List<Report> written = fixture.data.reports.stream()
				.filter(r -> r.getOwner() != null && agency.getId().equals(r.getOwner().getId())).toList();
		List<ReportCalendar.Due> expected = owedByTheCalendar(agency, written);
		assertFalse(expected.isEmpty(), "the demo's campaign asks the province for reports");
		assertTrue(expected.stream().anyMatch(ReportCalendar.Due::overdue), "months not sent by the demo day are overdue");
		assertTrue(expected.stream().anyMatch(d -> !d.overdue()), "and one is due, not yet overdue");
		Table table = ui.byKey(shell, ReportKeys.DUE, Table.class);
		assertRows(expected, table);
		long overdue = expected.stream().filter(ReportCalendar.Due::overdue).count();
		assertEquals(NLS.bind(Messages.due_summary, expected.size(), overdue), ui.byKey(shell, ReportKeys.DUE_SUMMARY, Label.class).getText());

		// the bureau sends October's monthly progress report: it leaves the list
		ReportService service = new ReportService(fixture.store);
		Report october = service.createMonthlyProgress(bureau, YearMonth.of(2021, 10));
		Map<String, String> texts = new LinkedHashMap<>();
		MonthlyProgress.WRITTEN.forEach(key -> texts.put(key, "十月的" + key));
		service.write(bureau, october.getId(), texts);
		service.submit(bureau, october.getId());
		List<Report> now = new ArrayList<>(written);
		now.add(service.get(bureau, october.getId()));
		List<ReportCalendar.Due> after = owedByTheCalendar(agency, now);
		assertEquals(expected.size() - 1, after.size(), "October is sent");

		// the desk hands the part the acting person again (here: now reading only), and it reads again
		context.set(Acting.class, new Acting(bureau, false));
		ui.waitUntil(() -> part.isSettled() && table.getItemCount() == after.size(), () -> "the list read again: " + table.getItemCount() + " rows");
		assertRows(after, table);
		assertEquals(List.of(), guard.violations(), "store calls on the UI thread");
	}

	private void assertRows(List<ReportCalendar.Due> expected, Table table) {
		assertEquals(expected.size(), table.getItemCount(), "one row per report owed");
		for (int i = 0; i < expected.size(); i++) {
			ReportCalendar.Due due = expected.get(i);
			TableItem item = table.getItem(i);
			assertEquals(due.periodStart() + " \u2013 " + due.periodEnd(), item.getText(1), "row " + i);
			assertEquals(due.dueDate().toString(), item.getText(2), "row " + i);
			assertEquals(due.overdue(), item.getText(3).contains(Messages.reports_overdue), "row " + i + " marked overdue: " + item.getText(3));
			assertEquals(due.overdue(), item.getForeground().equals(shell.getDisplay().getSystemColor(SWT.COLOR_RED)), "row " + i + " red");
		}
	}

	@Test
	void aNewLayoutOpensThePartBesideTheDashboardOnce() throws Exception {
		URL layout = FrameworkUtil.getBundle(DueReportsPart.class).getEntry("layout.e4xmi");
		assertNotNull(layout, "layout.e4xmi is in the bundle");
		Element fragment;
		try (InputStream in = layout.openStream()) {
			fragment = (Element) DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("fragments").item(0);
		}
		assertEquals("org.minewatch.app.partstack.editors", fragment.getAttribute("parentElementId"));
		assertEquals("after:org.minewatch.hazard.ui.part.dashboard", fragment.getAttribute("positionInList"));
		Element part = (Element) fragment.getElementsByTagName("elements").item(0);
		assertEquals("bundleclass://org.minewatch.report.ui/" + DueReportsPart.class.getName(), part.getAttribute("contributionURI"));
		NodeList tags = part.getElementsByTagName("tags");
		List<String> names = new ArrayList<>();
		for (int i = 0; i < tags.getLength(); i++) {
			names.add(tags.item(i).getTextContent());
		}
		assertTrue(names.contains(ShellContract.NEW_LAYOUT_ONLY_TAG), "closed for good once closed: " + names);
		try (InputStream in = FrameworkUtil.getBundle(DueReportsPart.class).getEntry("plugin.xml").openStream()) {
			String plugin = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertTrue(plugin.contains("<fragment uri=\"layout.e4xmi\" apply=\"initial\"/>"), "merged into new layouts only");
		}
	}
}
