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
	void missingFindsTheRecordsWithoutAValue() {
		List<String> expected = seeded.data().enterprises.stream().filter(e -> e.getParent() == null).map(Enterprise::getId).sorted().toList();

		List<String> found = seeded.store().read(seeded.actor(),
				s -> s.rows(Query.of(Enterprise.class).whereMissing("parent"), PageRequest.first(1000)).items().stream().map(IndexRow::id).sorted().toList());

		assertEquals(expected, found);
		assertFalse(found.size() == seeded.data().enterprises.size(), "the demo data has subsidiaries too");
	}
}
