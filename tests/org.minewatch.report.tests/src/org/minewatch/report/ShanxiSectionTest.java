package org.minewatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.Store;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.AreaKind;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineArea;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportSection;
import org.minewatch.tests.store.DemoStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The Shanxi plugin's report section (双红线, the technical red line checked by its rulebook) as a desktop gets it:
 * the store registered as a service, the rules service and the plugin's ReportSectionSource started by Declarative
 * Services, the section frozen in Shanxi's monthly progress report and absent from another province's.
 */
class ShanxiSectionTest {

	private static final String PLUGIN = "org.minewatch.province.shanxi"; //$NON-NLS-1$
	private static final String KEY = "shanxi.redLines"; //$NON-NLS-1$
	private static final String SHANXI = "140000"; //$NON-NLS-1$
	private static final YearMonth OCTOBER = YearMonth.of(2021, 10);

	@TempDir
	Path folder;
	private DemoStore demo;
	private ServiceRegistration<Store> registration;
	private ReportService reports;

	/** Tracks the plugin's section source while a test uses it. */
	private ServiceTracker<ReportSectionSource, ReportSectionSource> sources;

	@BeforeEach
	void open() throws Exception {
		demo = DemoStore.open(folder);
		BundleContext context = FrameworkUtil.getBundle(ShanxiSectionTest.class).getBundleContext();
		registration = context.registerService(Store.class, demo.store(), null);
		reports = new ReportService(demo.store());
		reports.addSource(source(context));
	}

	@AfterEach
	void close() {
		sources.close();
		registration.unregister();
		demo.close();
	}

	/** The plugin's source, once Declarative Services has satisfied its rules service (which needs the store). */
	private ReportSectionSource source(BundleContext context) throws Exception {
		ServiceTracker<ReportSectionSource, ReportSectionSource> tracker = new ServiceTracker<>(context, ReportSectionSource.class, null) {
			@Override
			public ReportSectionSource addingService(ServiceReference<ReportSectionSource> reference) {
				return reference.getBundle().getSymbolicName().equals(PLUGIN) ? super.addingService(reference) : null;
			}
		};
		tracker.open();
		sources = tracker; // kept open while the test uses the service, closed after it
		ReportSectionSource found = tracker.waitForService(10_000);
		if (found == null) {
			throw new AssertionError("the Shanxi plugin offers no report section"); //$NON-NLS-1$
		}
		assertEquals(1, tracker.size());
		return found;
	}

	private Actor bureauOf(String provinceCode, boolean equal) {
		Person person = demo.data().persons.stream().filter(p -> p.getAgency() != null && p.getMine() == null).filter(p -> {
			Agency a = p.getAgency();
			return a.getKind() == AgencyKind.PROVINCIAL_SUPERVISION_BUREAU && a.getCovers().get(0).getCode().equals(provinceCode) == equal;
		}).findFirst().orElseThrow();
		return new Actor(person.getId(), person.getName(), person.getAgency().getId());
	}

	@Test
	void shanxisMonthlyReportHoldsItsRedLineFindingsFrozen() {
		Actor author = bureauOf(SHANXI, true);
		Report report = reports.createMonthlyProgress(author, OCTOBER);
		List<ReportSection> contributed = report.getSections().stream().filter(s -> !s.isWritten()).toList();
		assertEquals(1, contributed.size());
		ReportSection section = contributed.get(0);
		assertEquals(KEY, section.getKey());
		assertTrue(section.getTitle().contains("双红线") && section.getTitle().contains("非官方"), section.getTitle()); //$NON-NLS-1$ //$NON-NLS-2$
		String text = section.getText();

		// the oracle: the technical red line counted from the generated data, another way than the rules evaluator
		LocalDate last = OCTOBER.atEndOfMonth();
		List<Mine> coal = demo.data().mines.stream().filter(m -> m.getProvince().getCode().equals(SHANXI))
				.filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL || m.getKind() == MineKind.OPEN_PIT_COAL).toList();
		Set<AreaKind> faces = EnumSet.of(AreaKind.COAL_FACE, AreaKind.HEADING_FACE, AreaKind.BENCH);
		int places = 0;
		int mines = 0;
		for (Mine mine : coal) {
			ProductionStatus status = mine.statusOn(last);
			if (status != ProductionStatus.PRODUCING && status != ProductionStatus.CONSTRUCTING) {
				continue;
			}
			int here = 0;
			for (MineArea area : mine.getAreas()) {
				if (area.isActive() && faces.contains(area.getKind()) && (area.getPlannedYear() == null || area.getPlannedYear() != last.getYear())) {
					here++;
				}
			}
			places += here;
			mines += here > 0 ? 1 : 0;
		}
		assertTrue(text.contains(last.toString()), text);
		assertTrue(text.contains("全省在册煤矿" + coal.size() + "处"), coal.size() + " coal mines: " + text); //$NON-NLS-1$ //$NON-NLS-2$
		if (places == 0) {
			assertTrue(text.contains("未发现"), text); //$NON-NLS-1$
		} else {
			assertTrue(text.contains("地点" + places + "处") && text.contains("涉及煤矿" + mines + "处"), places + " at " + mines + ": " + text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		assertTrue(text.contains("待省局补充"), text); //$NON-NLS-1$

		// frozen with the figures: read back as it was written, and no one can write over it
		Report again = reports.get(author, report.getId());
		assertEquals(text, again.getSections().stream().filter(s -> KEY.equals(s.getKey())).findFirst().orElseThrow().getText());
		assertEquals("report.noSuchSection", //$NON-NLS-1$
				assertThrows(MinewatchException.class, () -> reports.write(author, report.getId(), Map.of(KEY, "改写"))).code()); //$NON-NLS-1$
	}

	@Test
	void anotherProvincesReportHasNoShanxiSection() {
		Report report = reports.createMonthlyProgress(bureauOf(SHANXI, false), OCTOBER);
		assertTrue(report.getSections().stream().noneMatch(s -> KEY.equals(s.getKey()) || !s.isWritten()), report.getSections().toString());
	}
}
