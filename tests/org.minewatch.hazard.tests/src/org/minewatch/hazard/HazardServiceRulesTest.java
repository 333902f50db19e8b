package org.minewatch.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Progress;
import org.minewatch.hazard.BoardFilter.Deadline;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.JdbcStore;
import org.minewatch.tests.store.DemoStore;

/**
 * The rules the hazard views used to hold, now in the service, proved without any UI: who follows up a hazard
 * entered by hand, what a save may change, the board's and the dashboard's reads, who may list, the ledger.
 */
class HazardServiceRulesTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static JdbcStore store;
	private static DemoDataSet data;
	private static HazardService service;
	private static Actor actor;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
		store = demo.store();
		data = demo.data();
		service = new HazardService(store);
		actor = demo.official();
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	private static Hazard draft(String description) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setGrade(HazardGrade.GENERAL);
		hazard.setSource(HazardSource.PATROL);
		hazard.setDescription(description);
		return hazard;
	}

	@Test
	void aHazardEnteredByHandGoesToTheMinesRegulatorInOneUnitOfWork() {
		Mine mine = data.mines.get(5);
		long before = store.head().sequence();
		Hazard registered = service.register(actor, Locale.ENGLISH, mine.getId(), draft("风门损坏"), "巡查发现");
		assertEquals(before + 1, store.head().sequence(), "one audit entry: one unit of work");
		// the ids of what it refers to, read while the unit of work is open
		List<String> stored = store.read(actor, s -> {
			Hazard hazard = s.get(Hazard.class, registered.getId());
			return List.of(hazard.getOwner().getId(), hazard.getMine().getId(), hazard.getState().getName(), hazard.getFoundBy().getId());
		});
		assertEquals(List.of(mine.getOwner().getId(), mine.getId(), HazardState.REGISTERED.getName(), actor.personId()), stored,
				"the regulator that supervises the mine follows it up; found by the actor; registered");
	}

	@Test
	void aSaveKeepsTheConstraintsAndCannotTakeALifecycleStep() {
		Hazard registered = service.register(actor, Locale.ENGLISH, data.mines.get(6).getId(), draft("电缆吊挂不规范"), "巡查发现");
		Hazard edited = store.read(actor, s -> s.get(Hazard.class, registered.getId()));
		edited.setPlace("二采区");
		Hazard saved = service.save(actor, Locale.ENGLISH, edited, false);
		assertEquals(2, saved.getRevision());
		assertEquals("二采区", store.read(actor, s -> s.get(Hazard.class, registered.getId())).getPlace());

		Hazard closed = store.read(actor, s -> s.get(Hazard.class, registered.getId()));
		closed.setState(HazardState.CLOSED); // as if closed without acceptance: the constraints refuse it
		assertEquals("hazard.generalResponsibility", assertThrows(MinewatchException.class, () -> service.save(actor, Locale.ENGLISH, closed, false)).code());

		Hazard stepped = store.read(actor, s -> s.get(Hazard.class, registered.getId()));
		org.minewatch.model.hazard.Rectification rectification = HazardFactory.eINSTANCE.createRectification();
		rectification.setResponsiblePersonName("机电队长 王五");
		rectification.setMeasures("重新吊挂");
		rectification.setDeadline(LocalDate.of(2021, 12, 5));
		stepped.setRectification(rectification);
		stepped.setState(HazardState.RECTIFYING); // valid as data, but only the lifecycle starts a rectification
		MinewatchException refused = assertThrows(MinewatchException.class, () -> service.save(actor, Locale.ENGLISH, stepped, false));
		assertEquals("lifecycle.stepsOnly", refused.code());
		assertTrue(refused.getMessage().startsWith("The state"), refused.getMessage());

		Hazard listed = store.read(actor, s -> s.get(Hazard.class, registered.getId()));
		listed.setAreaStopped(true);
		assertEquals("lifecycle.stepsOnly", assertThrows(MinewatchException.class, () -> service.save(actor, Locale.ENGLISH, listed, false)).code());

		Hazard cited = store.read(actor, s -> s.get(Hazard.class, registered.getId()));
		cited.setCitation(HazardFactory.eINSTANCE.createCitation()); // a general hazard cites no major-hazard standard
		assertEquals("hazard.citationOnlyMajor", assertThrows(MinewatchException.class, () -> service.save(actor, Locale.ENGLISH, cited, true)).code());
		assertEquals(2, store.read(actor, s -> s.get(Hazard.class, registered.getId())).getRevision(), "no refused save wrote anything");
	}

	@Test
	void theBoardPagesWhatTheFilterMatchesAndCountsIt() {
		LocalDate today = LocalDate.now(store.clock());
		BoardFilter overdue = new BoardFilter(null, null, "", null, BoardFilter.NOT_CLOSED, Deadline.OVERDUE, "deadline"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> expected = data.hazards.stream().filter(h -> h.getVoidedAt() == null && Escalation.daysOverdue(h, today) > 0).map(Hazard::getId)
				.sorted().toList();
		List<String> read = new ArrayList<>();
		HazardService.BoardPage first = service.board(actor, overdue, PageRequest.first(3), true);
		assertEquals(expected.size(), first.total());
		for (HazardService.BoardPage page = first;; page = service.board(actor, overdue, page.page().next(), false)) {
			page.page().items().forEach(row -> {
				assertTrue(row.daysOverdue() > 0, row.toString());
				if (row.grade() == HazardGrade.MAJOR) {
					assertFalse(row.escalatedTo().isBlank(), "an overdue major hazard names whom it reached: " + row);
				}
				read.add(row.id());
			});
			if (!page.page().hasNext()) {
				break;
			}
			assertEquals(-1, service.board(actor, overdue, page.page().next(), false).total(), "counted with the first page only");
		}
		assertEquals(expected, read.stream().sorted().toList());
		BoardFilter nothing = new BoardFilter(null, null, "", null, EnumSet.of(HazardState.CLOSED), Deadline.OVERDUE, "deadline"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, service.board(actor, nothing, PageRequest.first(10), true).total());
	}

	@Test
	void aPersonsDashboardOpensOnTheAreaTheirAgencyCovers() {
		Agency national = data.agencies.stream().filter(a -> a.getLevel() == org.minewatch.model.jurisdiction.JurisdictionLevel.NATION).findFirst()
				.orElseThrow();
		Agency county = data.agencies.stream().filter(a -> a.getLevel() == org.minewatch.model.jurisdiction.JurisdictionLevel.COUNTY && !a.getCovers().isEmpty())
				.findFirst().orElseThrow();
		assertEquals(HazardFigures.Area.NATION, service.homeArea(new Actor("p1", "national official", national.getId())));
		org.minewatch.model.jurisdiction.Jurisdiction division = county.getCovers().get(0);
		while (division.getLevel() != org.minewatch.model.jurisdiction.JurisdictionLevel.PROVINCE) {
			division = division.getParent();
		}
		String province = division.getCode();
		assertEquals(HazardFigures.Area.province(province), service.homeArea(new Actor("p2", "county official", county.getId())),
				"a county's regulator sees its province");
	}

	@Test
	void theDashboardsFiguresAreTheDatabasesCounts() {
		HazardFigures figures = service.figures(actor, HazardFigures.Area.NATION);
		long[] counted = new long[2]; // all, major: read document by document, not from the index's counts
		store.read(actor, s -> {
			for (PageRequest page = PageRequest.first(500); page != null;) {
				var found = s.query(org.minewatch.core.Query.of(Hazard.class), page);
				found.items().forEach(h -> {
					counted[0]++;
					counted[1] += h.getGrade() == HazardGrade.MAJOR ? 1 : 0;
				});
				page = found.next();
			}
			return null;
		});
		assertEquals(counted[0], figures.total());
		assertEquals(counted[1], figures.major().values().stream().mapToLong(Long::longValue).sum());
	}

	@Test
	void theRegulatorsThatMayListAHazardAreItsOwnerAndThoseAbove() {
		Hazard registered = service.register(actor, Locale.ENGLISH, data.mines.get(7).getId(), draft("局部通风机无专人管理"), "巡查发现");
		List<Agency> chain = service.listingRegulators(actor, registered.getId());
		Mine mine = data.mines.get(7);
		List<String> expected = new ArrayList<>();
		for (Agency agency = mine.getOwner(); agency != null; agency = agency.getParent()) {
			expected.add(agency.getId());
		}
		assertEquals(expected, chain.stream().map(Agency::getId).toList());
		assertFalse(chain.get(0).nameOn(LocalDate.now(store.clock())).isBlank(), "named, though read in a unit of work now ended");
	}

	@Test
	void theLedgerHoldsWhatTheBoardShowsAndACancelledOneLeavesNoFile() throws Exception {
		BoardFilter notClosed = BoardFilter.initial();
		Path file = temp.resolve("台账.xlsx");
		int written = service.exportLedger(actor, Locale.CHINESE, notClosed, file, Progress.NONE);
		assertEquals(service.board(actor, notClosed, PageRequest.first(1), true).total(), written);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertTrue(sheet.getLastRowNum() >= written, "a row per hazard below the title and the header");
		}
		Path cancelled = temp.resolve("cancelled.xlsx");
		int none = service.exportLedger(actor, Locale.CHINESE, notClosed, cancelled, new Progress() {
			@Override
			public void begin(long total) {
				// counted
			}

			@Override
			public void worked(int units) {
				// read
			}

			@Override
			public boolean cancelled() {
				return true;
			}
		});
		assertEquals(-1, none);
		assertFalse(Files.exists(cancelled), "nothing written when cancelled");
		try (var left = Files.list(temp)) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no partial file left");
		}
	}
}
