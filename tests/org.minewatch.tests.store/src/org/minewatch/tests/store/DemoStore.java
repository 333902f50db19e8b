package org.minewatch.tests.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.minewatch.core.Actor;
import org.minewatch.demo.DemoData;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.time.Zones;
import org.minewatch.demo.DemoSeeder;
import org.minewatch.store.JdbcStore;

/**
 * A real embedded store in a test's folder holding the demo data, the data as generated (to compare
 * with), and an official who acts; the clock is fixed on the demo day.
 */
public record DemoStore(JdbcStore store, DemoDataSet data, Actor official) implements AutoCloseable {

	public static final Clock CLOCK = Clock.fixed(Instant.parse("2021-11-29T02:00:00Z"), Zones.CHINA);

	public static DemoStore open(Path folder) {
		ReferenceData reference = ReferenceData.loadShipped();
		JdbcStore store = JdbcStore.open(folder.resolve("db"), reference, CLOCK);
		DemoSeeder.seed(store, reference);
		DemoDataSet data = DemoData.generate(DemoSeeder.SEED, ReferenceData.loadShipped(), DemoSeeder.DEMO_DAY);
		Person person = data.persons.stream().filter(p -> p.getAgency() != null && p.getMine() == null).findFirst().orElseThrow();
		return new DemoStore(store, data, new Actor(person.getId(), person.getName(), person.getAgency().getId()));
	}

	/** A store with the shipped reference data and no records, as on an inspector's laptop before its first package. */
	public static JdbcStore openEmpty(Path folder) {
		return JdbcStore.open(folder.resolve("db"), ReferenceData.loadShipped(), CLOCK);
	}

	@Override
	public void close() {
		store.close();
	}
}
