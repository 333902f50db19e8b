package org.minewatch.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.minewatch.model.time.Zones;

/** The only source of chance for the demo data: the same seed gives the same data, UUIDs included. */
final class DemoRandom {

	private final Random random;

	DemoRandom(long seed) {
		this.random = new Random(seed);
	}

	/** A version-4-shaped UUID drawn from the seeded generator. */
	String uuid() {
		long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	int between(int from, int toInclusive) {
		return from + random.nextInt(toInclusive - from + 1);
	}

	boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	<T> T pick(List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	<T> T pick(T[] choices) {
		return choices[random.nextInt(choices.length)];
	}

	LocalDate dateBetween(LocalDate from, LocalDate to) {
		return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
	}

	/** An instant during office hours of {@code day}, in China. */
	Instant during(LocalDate day) {
		return day.atTime(LocalTime.of(between(8, 17), between(0, 59))).atZone(Zones.CHINA).toInstant();
	}

	double decimal(double from, double to) {
		return from + random.nextDouble() * (to - from);
	}
}
