package org.minewatch.store;

import java.time.LocalDate;

import org.minewatch.core.Actor;
import org.minewatch.core.Store;
import org.minewatch.model.base.Record;
import org.minewatch.model.generate.DemoData;
import org.minewatch.model.generate.DemoDataSet;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;

/** Fills a new database with the demo data (seed {@link #SEED}), in one unit of work by the national bureau's first official. */
public final class DemoSeeder {

	public static final long SEED = 20210201L;
	public static final LocalDate DEMO_DAY = LocalDate.of(2021, 11, 29);

	public static int seed(Store store, ReferenceData reference) {
		DemoDataSet data = DemoData.generate(SEED, reference, DEMO_DAY);
		Agency national = data.agencies.get(0);
		Person official = data.persons.stream().filter(p -> p.getAgency() == national).findFirst().orElseThrow();
		Actor actor = new Actor(official.getId(), official.getName(), national.getId());
		return store.write(actor, session -> {
			int count = 0;
			for (var record : data.records()) {
				session.create((Record) record);
				count++;
			}
			return count;
		});
	}

	private DemoSeeder() {
	}
}
