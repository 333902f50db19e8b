package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.TestStores.Seeded;

/** Index-only pages: what the navigator and boards read without loading documents; name filters; missing values. */
class IndexRowsTest {

	@TempDir
	static Path temp;
	private static Seeded seeded;

	@BeforeAll
	static void seed() {
		seeded = TestStores.seeded(temp);
	}

	@AfterAll
	static void close() {
		seeded.store().close();
	}

	@Test
	void aCountysMinesPageAsIndexRowsWithTodaysStatusAndClass() {
		Mine mine = seeded.data().mines.get(0);
		String county = mine.getCounty().getCode();
		List<Mine> expected = seeded.data().mines.stream().filter(m -> m.getCounty().getCode().equals(county))
				.sorted(Comparator.comparing(Mine::getName).thenComparing(Mine::getId)).toList();
		LocalDate today = LocalDate.now(TestStores.CLOCK);

		List<IndexRow> rows = new ArrayList<>();
		PageRequest request = PageRequest.first(2);
		do {
			PageRequest current = request;
			Page<IndexRow> page = seeded.store().read(seeded.actor(), s -> s.rows(Query.of(Mine.class).where("county", county).orderBy("name"), current));
			rows.addAll(page.items());
			request = page.next();
		} while (request != null);

		assertEquals(expected.stream().map(Mine::getId).toList(), rows.stream().map(IndexRow::id).toList());
		for (int i = 0; i < rows.size(); i++) {
			Mine m = expected.get(i);
			IndexRow row = rows.get(i);
			assertEquals(m.getName(), row.text("name"));
			assertEquals(m.getKind().getName(), row.text("kind"));
			assertEquals(county, row.text("county"));
			assertEquals(m.getEnterprise() == null ? null : m.getEnterprise().getId(), row.text("enterprise"));
			assertEquals(m.statusOn(today).getName(), row.text("status"), "status as of today of " + m.getName());
			var classification = m.classificationOn(today);
			assertEquals(classification == null ? null : classification.getSupervisionClass().getName(), row.text("supervisionClass"));
		}
	}

	@Test
	void aNameFilterMatchesAnywhereInTheNameIgnoringCaseAndTakesWildcardsLiterally() {
		Mine mine = seeded.data().mines.get(3);
		String part = mine.getName().substring(1, 4);
		List<String> expected = seeded.data().mines.stream().filter(m -> m.getName().contains(part)).map(Mine::getId).sorted().toList();

		List<String> found = seeded.store().read(seeded.actor(),
				s -> s.rows(Query.of(Mine.class).where("name", Query.Op.CONTAINS, part), PageRequest.first(1000)).items().stream().map(IndexRow::id).sorted().toList());

		assertEquals(expected, found);
		assertTrue(found.contains(mine.getId()));
		assertTrue(seeded.store().read(seeded.actor(), s -> s.rows(Query.of(Mine.class).where("name", Query.Op.CONTAINS, "%"), PageRequest.first(10)).items()).isEmpty(),
				"% is a character to find, not a wildcard");
	}

	@Test
	void aHazardsRowCarriesItsMinesPlaceAndNameAndFollowsTheMine() {
		Hazard sample = seeded.data().hazards.stream().filter(h -> h.getGrade() == HazardGrade.MAJOR).findFirst().orElseThrow();
		Mine mine = sample.getMine();
		String province = mine.getProvince().getCode();
		List<HazardState> open = List.of(HazardState.REGISTERED, HazardState.RECTIFYING, HazardState.SUPERVISED);
		// the board: one province, open states, major, the earliest deadline (the most overdue) first
		Query<Hazard> board = Query.of(Hazard.class).where("province", province).where("grade", HazardGrade.MAJOR).whereIn("state", open).orderBy("deadline");
		List<String> expected = seeded.data().hazards.stream()
				.filter(h -> h.getMine().getProvince().getCode().equals(province) && h.getGrade() == HazardGrade.MAJOR && open.contains(h.getState()))
				.sorted(Comparator.comparing((Hazard h) -> h.getRectification() == null ? null : h.getRectification().getDeadline(),
						Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Hazard::getId))
				.map(Hazard::getId).toList();

		List<IndexRow> rows = seeded.store().read(seeded.actor(), s -> s.rows(board, PageRequest.first(1000)).items());
		assertEquals(expected, rows.stream().map(IndexRow::id).toList());
		IndexRow row = seeded.store().read(seeded.actor(), s -> s.rows(Query.of(Hazard.class).where("mine", mine.getId()), PageRequest.first(1)).items().get(0));
		assertEquals(mine.getName(), row.text("mineName"));
		assertEquals(mine.getCounty().getCode(), row.text("county"));

		rename(mine.getId(), "改名后的煤矿");
		try {
			List<IndexRow> renamed = seeded.store().read(seeded.actor(),
					s -> s.rows(Query.of(Hazard.class).where("mineName", Query.Op.CONTAINS, "改名后"), PageRequest.first(1000)).items());
			assertEquals(seeded.data().hazards.stream().filter(h -> h.getMine() == mine && h.getVoidedAt() == null).count(), renamed.size(),
					"the mine's hazards (not voided) follow its new name");
		} finally {
			rename(mine.getId(), mine.getName()); // the other tests read the demo data's names
		}
	}

	private static void rename(String mineId, String name) {
		seeded.store().write(seeded.actor(), s -> {
			Mine stored = s.get(Mine.class, mineId);
			stored.setName(name);
			return s.update(stored);
		});
	}

	@Test
	void aLargePageHasTheValuesOfEveryRow() {
		List<IndexRow> rows = seeded.store().read(seeded.actor(), s -> s.rows(Query.of(Hazard.class).includingVoided(), PageRequest.first(10_000)).items());
		assertEquals(seeded.data().hazards.size(), rows.size());
		assertTrue(rows.stream().allMatch(r -> r.get("state") != null && r.get("mine") != null), "every row's values were read");
	}

	@Test
	void missingFindsTheRecordsWithoutAValue() {
		List<String> expected = seeded.data().enterprises.stream().filter(e -> e.getParent() == null).map(Enterprise::getId).sorted().toList();

		List<String> found = seeded.store().read(seeded.actor(),
				s -> s.rows(Query.of(Enterprise.class).whereMissing("parent"), PageRequest.first(1000)).items().stream().map(IndexRow::id).sorted().toList());

		assertEquals(expected, found);
		assertFalse(found.size() == seeded.data().enterprises.size(), "the demo data has subsidiaries too");
	}

	@Test
	void hazardsAreCountedByStateInTheDatabaseWithoutVoidedOnes() {
		String province = seeded.data().hazards.get(0).getMine().getProvince().getCode();
		List<Hazard> inProvince = seeded.data().hazards.stream().filter(h -> h.getMine().getProvince().getCode().equals(province) && h.getVoidedAt() == null)
				.toList();
		java.util.Map<Object, Long> expected = inProvince.stream()
				.collect(java.util.stream.Collectors.groupingBy(h -> h.getState().getName(), java.util.TreeMap::new, java.util.stream.Collectors.counting()));

		java.util.Map<Object, Long> byState = seeded.store().read(seeded.actor(), s -> s.countBy(Query.of(Hazard.class).where("province", province), "state"));
		java.util.Map<Object, Long> majorByState = seeded.store().read(seeded.actor(),
				s -> s.countBy(Query.of(Hazard.class).where("province", province).where("grade", HazardGrade.MAJOR), "state"));

		assertEquals(expected, new java.util.TreeMap<>(byState));
		assertEquals(inProvince.stream().filter(h -> h.getGrade() == HazardGrade.MAJOR).count(), majorByState.values().stream().mapToLong(Long::longValue).sum());
		assertTrue(expected.size() > 1, "the demo data has hazards in several states");
	}
}
