package org.minewatch.e2e;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** The one place end-to-end tests wait: for a condition, polled, with a timeout that names what was awaited. */
final class Wait {

	private static final Duration POLL = Duration.ofMillis(250);

	/** Polls {@code probe} until it yields a value; fails after {@code timeout}. */
	static <T> T until(Supplier<Optional<T>> probe, Duration timeout, String awaited) {
		return until(probe, timeout, awaited, POLL);
	}

	/** As {@link #until(Supplier, Duration, String)}, polling every {@code poll}: to catch a moment that lasts less than the usual poll. */
	static <T> T until(Supplier<Optional<T>> probe, Duration timeout, String awaited, Duration poll) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			Optional<T> value = probe.get();
			if (value.isPresent()) {
				return value.get();
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + timeout.toSeconds() + " s for " + awaited);
			}
			try {
				Thread.sleep(poll.toMillis());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted while waiting for " + awaited, e);
			}
		}
	}

	private Wait() {
	}
}
