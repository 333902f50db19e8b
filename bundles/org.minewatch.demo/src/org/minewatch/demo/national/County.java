package org.minewatch.demo.national;

import java.util.regex.Pattern;

/**
 * A county-level area and the province it belongs to, both as six-digit codes of the statistical division list
 * (the province padded with zeros, e.g. 370000); the area may be a development zone, which has a code of that
 * list's own rather than a GB/T 2260 code.
 */
public record County(String countyCode, String provinceCode) {

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	public County {
		if (countyCode == null || !SIX_DIGITS.matcher(countyCode).matches()) {
			throw new IllegalArgumentException("county code is not six digits: " + countyCode);
		}
		if (provinceCode == null || !SIX_DIGITS.matcher(provinceCode).matches()) {
			throw new IllegalArgumentException("province code is not six digits: " + provinceCode);
		}
	}

	/** Parses {@code "370602,370000"}. */
	public static County parse(String line) {
		String[] parts = line.split(",", -1);
		if (parts.length != 2) {
			throw new IllegalArgumentException("expected countyCode,provinceCode but got: " + line);
		}
		return new County(parts[0].trim(), parts[1].trim());
	}
}
