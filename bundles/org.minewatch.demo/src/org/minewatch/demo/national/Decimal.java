package org.minewatch.demo.national;

/** Fixed-point decimals with a '.' separator, built by hand so that no locale can change them. */
final class Decimal {

	private Decimal() {
	}

	/** {@code format(1234567, 3)} is "1234.567"; {@code format(-5, 2)} is "-0.05". */
	static String format(long units, int digits) {
		StringBuilder text = new StringBuilder(24);
		if (units < 0) {
			text.append('-');
			units = -units;
		}
		long factor = 1;
		for (int i = 0; i < digits; i++) {
			factor *= 10;
		}
		text.append(units / factor);
		if (digits > 0) {
			String fraction = Long.toString(units % factor);
			text.append('.').repeat('0', digits - fraction.length()).append(fraction);
		}
		return text.toString();
	}
}
