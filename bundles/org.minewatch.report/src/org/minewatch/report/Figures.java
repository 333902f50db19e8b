package org.minewatch.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportFigure;

/**
 * A report's figures as they were frozen when it was created, read by key, and what is derived from them (totals and
 * rates), so that every number printed can be proved from the frozen ones.
 */
public final class Figures {

	private final Map<String, BigDecimal> values = new TreeMap<>();

	public Figures(Report report) {
		for (ReportFigure figure : report.getFigures()) {
			values.put(figure.getKey(), figure.getValue());
		}
	}

	/** A whole-number figure; 0 when the report does not have it. */
	public long count(String key) {
		BigDecimal value = values.get(key);
		return value == null ? 0 : value.longValue();
	}

	/** A figure as frozen; zero when the report does not have it. */
	public BigDecimal amount(String key) {
		return values.getOrDefault(key, BigDecimal.ZERO);
	}

	public boolean has(String key) {
		return values.containsKey(key);
	}

	/** {@code part} of {@code whole} as a percentage with one decimal, or null when the whole is 0 (no rate). */
	public static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part * 1000L / whole + (part * 1000L % whole * 2 >= whole ? 1 : 0), 1);
	}

	/** The frozen figures by key. */
	public Map<String, BigDecimal> all() {
		return java.util.Collections.unmodifiableMap(values);
	}
}
