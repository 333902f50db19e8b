package org.minewatch.demo;

import java.time.LocalDate;

import org.minewatch.core.Actor;
import org.minewatch.core.BureauSettings;
import org.minewatch.core.DatabaseSeed;
import org.minewatch.core.Store;
import org.minewatch.model.base.Record;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.osgi.service.component.annotations.Component;

/**
 * Fills a new database with the demo data (seed {@link #SEED}), in one unit of work by the national bureau's
 * first official, and marks it as a demo database: the demo data is the 2021 campaign as it stood on
 * {@link #DEMO_DAY}, so the desktop shows it on that day, where its deadlines and reporting dates make sense,
 * with the time of day running. As a service ({@link DatabaseSeed}) it fills a desktop's first database.
 */
@Component(service = DatabaseSeed.class)
public final class DemoSeeder implements DatabaseSeed {

	public static final long SEED = 20210201L;
	public static final LocalDate DEMO_DAY = LocalDate.of(2021, 11, 29);
	/** The bureau setting that marks a demo database, with the day its data stands on. */
	public static final String DEMO_DAY_SETTING = DatabaseSeed.DEMO_DAY_SETTING;

	@Override
	public int fill(Store store, ReferenceData reference) {
		return seed(store, reference);
	}

	public static int seed(Store store, ReferenceData reference) {
		DemoDataSet data = DemoData.generate(SEED, reference, DEMO_DAY);
		Agency national = data.agencies.get(0);
		Person official = data.persons.stream().filter(p -> p.getAgency() == national).findFirst().orElseThrow();
		Actor actor = new Actor(official.getId(), official.getName(), national.getId());
		int count = store.write(actor, session -> {
			int written = 0;
			for (var record : data.records()) {
				session.create((Record) record);
				written++;
			}
			return written;
		});
		store.write(actor, session -> BureauSettings.set(session, DEMO_DAY_SETTING, DEMO_DAY.toString(),
				"Demo database: its data stands on this day, and the desktop shows it on this day")); //$NON-NLS-1$
		return count;
	}

}
