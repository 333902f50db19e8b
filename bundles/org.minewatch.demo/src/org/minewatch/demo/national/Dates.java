package org.minewatch.demo.national;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Dates and instants of the year 2021, the generated period, as day numbers (0 = 1 January) and seconds of the
 * year in UTC. Formatting is done by hand from a 365-entry table: fixed ISO text with no locale in play.
 */
final class Dates {

	static final int DAYS = 365;
	private static final int SECONDS_A_DAY = 86_400;
	private static final String[] DATES = new String[DAYS];

	static {
		for (int day = 0; day < DAYS; day++) {
			DATES[day] = LocalDate.ofYearDay(2021, day + 1).toString();
		}
	}

	private Dates() {
	}

	/** yyyy-mm-dd of a day of 2021, clamped into the year. */
	static String date(int day) {
		return DATES[Math.max(0, Math.min(DAYS - 1, day))];
	}

	/** yyyy-mm-ddThh:mm:ssZ of a second of 2021. */
	static String instant(long second) {
		int day = (int) (second / SECONDS_A_DAY);
		int time = (int) (second % SECONDS_A_DAY);
		StringBuilder text = new StringBuilder(20).append(DATES[day]).append('T');
		twoDigits(text, time / 3600).append(':');
		twoDigits(text, time / 60 % 60).append(':');
		return twoDigits(text, time % 60).append('Z').toString();
	}

	private static StringBuilder twoDigits(StringBuilder text, int value) {
		return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	/** A second during office hours in China (08:00-18:00, UTC+8), that is 00:00-10:00 UTC of the same day. */
	static long officeHours(int day, SplittableRandom random) {
		return (long) day * SECONDS_A_DAY + random.nextInt(10 * 3600);
	}

	static int dayOf(long second) {
		return (int) (second / SECONDS_A_DAY);
	}
}
