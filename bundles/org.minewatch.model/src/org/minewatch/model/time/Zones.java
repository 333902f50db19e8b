package org.minewatch.model.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Minewatch keeps instants in UTC and reads dates in China's zone. Code that needs "now" takes a
 * {@link Clock} (injected, so tests and generators fix time), never the system clock directly.
 */
public final class Zones {

	public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai"); //$NON-NLS-1$

	/** A clock in China's zone. */
	public static Clock systemClock() {
		return Clock.system(CHINA);
	}

	/** Today in China, by the given clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), CHINA);
	}

	private Zones() {
	}
}
