package org.minewatch.store;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minewatch.model.base.Record;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.store.Projections.Column;
import org.minewatch.store.Projections.Projection;

/**
 * The rows a record's document derives, as text to compare with what is stored: its index row, a mine's
 * history rows, and the place a hazard or an inspection copies from its mine. What the store writes
 * ({@link Projections}) and what verify and the desktop check are derived by the same column functions.
 */
final class Derivation {

	/** Columns a hazard's or an inspection's index row copies from its mine's (filled by SQL, not from the record). */
	static final Map<String, String> PLACE_FROM_MINE = Map.of("province_code", "province_code", "county_code", "county_code", "mine_name", "name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"enterprise_id", "enterprise_id"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The index row of {@code record}: column → value as text, for the columns read off the record. */
	static Map<String, String> indexRow(Projection projection, Record record) {
		Map<String, String> row = new LinkedHashMap<>();
		for (Column column : projection.columns()) {
			if (column.fromRecord()) {
				row.put(column.column(), text(Projections.sqlValue(column.value().apply(record))));
			}
		}
		return row;
	}

	/** The place columns a hazard or inspection copies from {@code mine} (null: no mine): column → value as text. */
	static Map<String, String> placeFrom(Mine mine) {
		Map<String, String> place = new LinkedHashMap<>();
		place.put("province_code", mine == null ? null : text(Projections.sqlValue(mine.getProvince()))); //$NON-NLS-1$
		place.put("county_code", mine == null ? null : text(Projections.sqlValue(mine.getCounty()))); //$NON-NLS-1$
		place.put("mine_name", mine == null ? null : mine.getName()); //$NON-NLS-1$
		place.put("enterprise_id", mine == null ? null : text(Projections.sqlValue(mine.getEnterprise()))); //$NON-NLS-1$
		return place;
	}

	/** A mine's status history rows, as {@link Projections#addHistory} writes them: seq, since, status. */
	static List<List<String>> statusRows(Mine mine) {
		List<List<String>> rows = new ArrayList<>();
		int seq = 0;
		for (StatusChange change : mine.getStatusHistory()) {
			rows.add(List.of(String.valueOf(seq++), text(change.getSince()), text(Projections.sqlValue(change.getStatus()))));
		}
		return rows;
	}

	/** A mine's classification rows: seq, since and the six classes. */
	static List<List<String>> classRows(Mine mine) {
		List<List<String>> rows = new ArrayList<>();
		int seq = 0;
		for (Classification c : mine.getClassHistory()) {
			List<String> row = new ArrayList<>(List.of(String.valueOf(seq++), text(c.getSince())));
			for (Object value : new Object[] { c.getSupervisionClass(), c.getGasClass(), c.getHydrogeologicalType(), c.getSpontaneousCombustion(),
					c.getRockBurstRisk(), c.getStandardisationGrade() }) {
				row.add(text(Projections.sqlValue(value)));
			}
			rows.add(java.util.Collections.unmodifiableList(row));
		}
		return rows;
	}

	/** A value as the comparisons see it: dates and times in ISO form whether stored or derived, numbers as digits. */
	static String text(Object value) {
		if (value == null) {
			return null;
		} else if (value instanceof Date date) {
			return date.toLocalDate().toString();
		} else if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		} else if (value instanceof Number number) {
			return String.valueOf(number.longValue());
		}
		Object converted = Projections.sqlValue(value); // enums by name, records by id, divisions by code, LocalDate and Instant to SQL
		return converted != value ? text(converted) : value.toString();
	}

	private Derivation() {
	}
}
