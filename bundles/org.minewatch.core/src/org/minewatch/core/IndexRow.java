package org.minewatch.core;

import java.util.Map;

/**
 * A record as its index row: the id and the indexed fields of its type (docs/store.md), read without
 * loading the record's document. Lists and trees over many records (the navigator, boards) page
 * through these and load a record only when it is opened. Enum values are their literal names,
 * references the referenced record's id or division code, dates {@code LocalDate}, times {@code Instant};
 * a mine's row also holds its {@code status} and {@code supervisionClass} in force on the query's date.
 */
public record IndexRow(String id, Map<String, Object> values) {

	public Object get(String field) {
		return values.get(field);
	}

	/** The field's value as text, null when it has none. */
	public String text(String field) {
		Object value = values.get(field);
		return value == null ? null : value.toString();
	}
}
