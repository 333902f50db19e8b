package org.minewatch.demo.national;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Every random number of the generator comes from here: a record's numbers and its UUID are a pure function of
 * (seed, record type, index). That is what makes the output reproducible and lets a reference be recomputed
 * from the index of the referenced record instead of being remembered.
 */
final class Keys {

	private static final long GOLDEN = 0x9e3779b97f4a7c15L;

	private final long seed;

	Keys(long seed) {
		this.seed = seed;
	}

	/** The SplitMix64 finaliser: a bijection that spreads every input bit over the whole output. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	/** Mixing twice keeps (seed, type) pairs apart before the index is added, so streams never overlap. */
	long key(RecordType type, long index) {
		return mix(mix(seed ^ mix(type.code * GOLDEN)) + index * GOLDEN);
	}

	/** The random numbers of one record; draw them in a fixed order. */
	SplittableRandom random(RecordType type, long index) {
		return new SplittableRandom(key(type, index));
	}

	/** A version-4-shaped UUID that depends only on the record, not on the draws of its random numbers. */
	String uuid(RecordType type, long index) {
		long key = key(type, index);
		long high = (mix(key + 1) & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long low = (mix(key + 2) & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

	/** Picks an index by integer weights, e.g. {@code {60, 30, 10}}. */
	static int weighted(SplittableRandom random, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int draw = random.nextInt(total);
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		throw new IllegalStateException("unreachable");
	}

	static <T> T pick(SplittableRandom random, T[] choices) {
		return choices[random.nextInt(choices.length)];
	}
}
