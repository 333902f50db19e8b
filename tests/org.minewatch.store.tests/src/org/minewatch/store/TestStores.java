package org.minewatch.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.minewatch.core.Actor;
import org.minewatch.demo.DemoData;
import org.minewatch.demo.DemoSeeder;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.time.Zones;

/** Stores on real embedded Derby databases in temporary folders, with a fixed clock. */
final class TestStores {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2021-11-29T02:00:00Z"), Zones.CHINA);
	private static ReferenceData reference;

	static synchronized ReferenceData reference() {
		if (reference == null) {
			reference = ReferenceData.loadShipped();
		}
		return reference;
	}

	static JdbcStore open(Path folder) {
		return JdbcStore.open(folder.resolve("db"), reference(), CLOCK);
	}

	/** A store holding the demo data, and the data as generated (to compare with). */
	record Seeded(JdbcStore store, DemoDataSet data, Actor actor) {
	}

	static Seeded seeded(Path folder) {
		return seeded(JdbcStore.open(folder.resolve("db"), reference(), CLOCK), reference());
	}

	/**
	 * A second store with the demo data, open beside another (a laptop beside the bureau): with reference data of
	 * its own, since a store's documents hold the reference data's objects.
	 */
	static Seeded seededApart(Path folder) {
		ReferenceData own = ReferenceData.loadShipped();
		return seeded(JdbcStore.open(folder.resolve("db"), own, CLOCK), own);
	}

	private static Seeded seeded(JdbcStore store, ReferenceData reference) {
		DemoSeeder.seed(store, reference);
		DemoDataSet expected = DemoData.generate(DemoSeeder.SEED, ReferenceData.loadShipped(), LocalDate.of(2021, 11, 29));
		Agency national = expected.agencies.get(0);
		Person official = expected.persons.stream().filter(p -> p.getAgency() == national).findFirst().orElseThrow();
		return new Seeded(store, expected, new Actor(official.getId(), official.getName(), national.getId()));
	}

	static Actor someoneElse(DemoDataSet data) {
		Person other = data.persons.get(5);
		return new Actor(other.getId(), other.getName(), other.getAgency().getId());
	}

	private TestStores() {
	}
}
