package org.minewatch.store;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.minewatch.core.BureauSettings;
import org.minewatch.core.DatabaseSeed;
import org.minewatch.core.Store;
import org.minewatch.model.time.Zones;

/** The day a demo database's data stands on: the desktop shows such a database on that day. */
public final class DemoDay {

	/**
	 * The clock a database is seen through: for a demo database (marked by {@link DatabaseSeed#DEMO_DAY_SETTING}) the
	 * system clock moved back to the demo day, the time of day running; for any other the system clock.
	 */
	public static Clock clockOf(Store store, Clock system) {
		Optional<String> day = store.read(JdbcStore.SYSTEM, s -> BureauSettings.get(s, DatabaseSeed.DEMO_DAY_SETTING));
		if (day.isEmpty()) {
			return system;
		}
		LocalDate demoDay = LocalDate.parse(day.get().strip());
		LocalDate today = LocalDate.ofInstant(system.instant(), Zones.CHINA);
		return Clock.offset(system, Duration.ofDays(ChronoUnit.DAYS.between(today, demoDay)));
	}

	private DemoDay() {
	}
}
