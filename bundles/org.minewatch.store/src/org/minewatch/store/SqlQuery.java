package org.minewatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Query.Condition;
import org.minewatch.model.base.BasePackage;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.store.Projections.Column;
import org.minewatch.store.Projections.HistoryField;
import org.minewatch.store.Projections.Kind;
import org.minewatch.store.Projections.Projection;

/**
 * A {@link Query} as SQL over the type's index table: conditions on indexed columns (or, for a
 * mine's status and classes, on the history entry in force on the as-of date), ordered by the
 * chosen column and the id, one page past the key of the page before (keyset paging).
 */
final class SqlQuery {

	private static final char SEPARATOR = '\u001f';
	private static final String NULL = "\u0000"; //$NON-NLS-1$

	/** A result row: the record's id, its paging key, and the indexed values by field that index-row pages add. */
	record Row(String id, String key, Map<String, Object> values) {
	}

	private final String sql;
	private final List<Object> parameters;

	private SqlQuery(String sql, List<Object> parameters) {
		this.sql = sql;
		this.parameters = parameters;
	}

	/** The ids (and paging keys) of a page of matches: the index alone, so that a page stops at its last row. */
	static SqlQuery of(Query<?> query, EClass type, PageRequest page, LocalDate asOf) {
		Projection projection = Projections.of(type);
		List<Object> parameters = new ArrayList<>();
		StringBuilder where = conditions(query, type, parameters, asOf);
		Column order = query.orderField() == null ? null : column(projection, query.orderField());
		String orderColumn = order == null ? "i.id" : "i." + order.column(); //$NON-NLS-1$ //$NON-NLS-2$
		if (page.after() != null) {
			String[] key = page.after().split(String.valueOf(SEPARATOR), -1);
			if (order == null) {
				where.append(" AND i.id > ?"); //$NON-NLS-1$
				parameters.add(key[1]);
			} else if (NULL.equals(key[0])) {
				where.append(" AND (").append(orderColumn).append(" IS NULL AND i.id > ?)"); //$NON-NLS-1$ //$NON-NLS-2$
				parameters.add(key[1]);
			} else {
				// Derby sorts NULL after every value in ascending order
				where.append(" AND (").append(orderColumn).append(" > ? OR (").append(orderColumn).append(" = ? AND i.id > ?) OR ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.append(orderColumn).append(" IS NULL)"); //$NON-NLS-1$
				Object value = parse(key[0], order.kind());
				parameters.add(value);
				parameters.add(value);
				parameters.add(key[1]);
			}
		}
		String sql = "SELECT i.id, " + orderColumn + from(query, type) + " WHERE 1 = 1" + where //$NON-NLS-1$ //$NON-NLS-2$
				+ " ORDER BY " + orderColumn + ", i.id FETCH FIRST " + (page.size() + 1) + " ROWS ONLY"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return new SqlQuery(sql, parameters);
	}

	/** The number of matches by the value of an indexed field, counted by the database. */
	static SqlQuery countBy(Query<?> query, EClass type, String field, LocalDate asOf) {
		List<Object> parameters = new ArrayList<>();
		StringBuilder where = conditions(query, type, parameters, asOf);
		String column = "i." + column(Projections.of(type), field).column(); //$NON-NLS-1$
		String sql = "SELECT " + column + ", COUNT(*)" + from(query, type) + " WHERE 1 = 1" + where + " GROUP BY " + column; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return new SqlQuery(sql, parameters);
	}

	private static boolean voidedOut(Query<?> query, EClass type) {
		return !query.includesVoided() && BasePackage.Literals.LEGAL_RECORD.isSuperTypeOf(type);
	}

	// index rows live and die with their records, and a legal record's says whether it is voided: no join
	private static String from(Query<?> query, EClass type) {
		return " FROM " + Projections.of(type).table() + " i"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The query's conditions as " AND ..." clauses over the index table (i). */
	private static StringBuilder conditions(Query<?> query, EClass type, List<Object> parameters, LocalDate asOf) {
		Projection projection = Projections.of(type);
		StringBuilder where = new StringBuilder();
		if (voidedOut(query, type)) {
			where.append(" AND i.voided = 0"); //$NON-NLS-1$
		}
		for (Condition condition : query.conditions()) {
			HistoryField history = history(type, condition.field());
			if (history != null) {
				where.append(" AND EXISTS (SELECT 1 FROM ").append(history.table()).append(" h WHERE h.mine_id = i.id AND h.since <= ? AND ") //$NON-NLS-1$ //$NON-NLS-2$
						.append(comparison("h." + history.column(), condition, parameters, Kind.STRING, asOf)) //$NON-NLS-1$
						.append(" AND NOT EXISTS (SELECT 1 FROM ").append(history.table()) //$NON-NLS-1$
						.append(" l WHERE l.mine_id = h.mine_id AND l.since <= ? AND (l.since > h.since OR (l.since = h.since AND l.seq > h.seq))))"); //$NON-NLS-1$
				parameters.add(Date.valueOf(asOf));
				continue;
			}
			Column column = column(projection, condition.field());
			where.append(" AND ").append(comparison("i." + column.column(), condition, parameters, column.kind(), null)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return where;
	}

	/** The counts of a {@link #countBy} query, by value (as {@link #javaValue} reads it). */
	Map<Object, Long> counts(Connection connection) throws SQLException {
		Map<Object, Long> counts = new LinkedHashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					counts.put(javaValue(result.getObject(1)), result.getLong(2));
				}
			}
		}
		return counts;
	}

	/** The history fields an index row of a mine carries: what the navigator shows as badges. */
	static final List<HistoryField> CURRENT_HISTORY = Projections.MINE_HISTORY.subList(0, 2);

	/**
	 * The index rows of the records of one page, by id: read after the page, for its ids only. Read in the
	 * page's query, Derby fetched every match's row before it sorted; the page alone is an index scan.
	 */
	static Map<String, Map<String, Object>> indexValues(Connection connection, EClass type, List<String> ids) throws SQLException {
		Map<String, Map<String, Object>> values = new LinkedHashMap<>();
		Projection projection = Projections.of(type);
		String columns = projection.columns().stream().map(c -> "i." + c.column()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
		for (List<String> chunk : chunks(ids)) {
			try (PreparedStatement statement = connection.prepareStatement("SELECT i.id, " + columns + " FROM " + projection.table() + " i WHERE i.id IN (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ marks(chunk) + ")")) { //$NON-NLS-1$
				bindIds(statement, chunk);
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						Map<String, Object> row = new LinkedHashMap<>();
						int at = 2;
						for (Column column : projection.columns()) {
							row.put(column.field(), javaValue(result.getObject(at++)));
						}
						values.put(result.getString(1), row);
					}
				}
			}
		}
		return values;
	}

	/**
	 * The values in force on {@code asOf} of a mine's history fields, for the mines of one page: read after
	 * the page, for its ids only, so that the page itself stays an index range scan (read in the page's
	 * query, Derby would compute them for every match before sorting).
	 */
	static Map<String, Map<String, Object>> currentHistory(Connection connection, List<String> mineIds, LocalDate asOf) throws SQLException {
		Map<String, Map<String, Object>> values = new LinkedHashMap<>();
		for (List<String> chunk : chunks(mineIds)) {
			for (HistoryField history : CURRENT_HISTORY) {
				String sql = "SELECT h.mine_id, h." + history.column() + " FROM " + history.table() + " h WHERE h.mine_id IN (" + marks(chunk) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ ") AND h.since <= ? AND NOT EXISTS (SELECT 1 FROM " + history.table() //$NON-NLS-1$
						+ " l WHERE l.mine_id = h.mine_id AND l.since <= ? AND (l.since > h.since OR (l.since = h.since AND l.seq > h.seq)))"; //$NON-NLS-1$
				try (PreparedStatement statement = connection.prepareStatement(sql)) {
					bindIds(statement, chunk);
					statement.setDate(chunk.size() + 1, Date.valueOf(asOf));
					statement.setDate(chunk.size() + 2, Date.valueOf(asOf));
					try (ResultSet result = statement.executeQuery()) {
						while (result.next()) {
							values.computeIfAbsent(result.getString(1), id -> new LinkedHashMap<>()).put(history.field(), result.getObject(2));
						}
					}
				}
			}
		}
		return values;
	}

	/** Ids in lists of at most 500: Derby compiles each IN list into code, and a page may hold up to 10,000. */
	private static List<List<String>> chunks(List<String> ids) {
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 500) {
			chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
		}
		return chunks;
	}

	private static String marks(List<String> ids) {
		return ids.stream().map(id -> "?").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void bindIds(PreparedStatement statement, List<String> ids) throws SQLException {
		for (int i = 0; i < ids.size(); i++) {
			statement.setString(i + 1, ids.get(i));
		}
	}

	/** The rows; one more than the page asks for tells whether there is a next page. */
	List<Row> run(Connection connection) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			try (ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					String id = result.getString(1);
					rows.add(new Row(id, format(result.getObject(2)) + SEPARATOR + id, new LinkedHashMap<>()));
				}
			}
		}
		return rows;
	}

	private static Object javaValue(Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		} else if (value instanceof Date date) {
			return date.toLocalDate();
		}
		return value;
	}

	String sql() {
		return sql;
	}

	private static String comparison(String column, Condition condition, List<Object> parameters, Kind kind, LocalDate asOf) {
		if (asOf != null) {
			parameters.add(Date.valueOf(asOf));
		}
		Object value = condition.value();
		if (condition.op() == Query.Op.IN) {
			Collection<?> values = (Collection<?>) value;
			values.forEach(v -> parameters.add(Projections.sqlValue(v)));
			return column + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		if (condition.op() == Query.Op.MISSING) {
			return column + " IS NULL"; //$NON-NLS-1$
		}
		if (condition.op() == Query.Op.PRESENT) {
			return column + " IS NOT NULL"; //$NON-NLS-1$
		}
		if (condition.op() == Query.Op.CONTAINS) {
			parameters.add("%" + likeEscaped(value.toString().toLowerCase(Locale.ROOT)) + "%"); //$NON-NLS-1$ //$NON-NLS-2$
			return "LOWER(" + column + ") LIKE ? ESCAPE '\\'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		parameters.add(Projections.sqlValue(value));
		return column + switch (condition.op()) {
		case EQUALS -> " = ?"; //$NON-NLS-1$
		case LESS -> " < ?"; //$NON-NLS-1$
		case LESS_OR_EQUAL -> " <= ?"; //$NON-NLS-1$
		case GREATER -> " > ?"; //$NON-NLS-1$
		case GREATER_OR_EQUAL -> " >= ?"; //$NON-NLS-1$
		case IN, CONTAINS, MISSING, PRESENT -> throw new IllegalStateException();
		};
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	private static HistoryField history(EClass type, String field) {
		if (type != RegistryPackage.Literals.MINE) {
			return null;
		}
		return Projections.MINE_HISTORY.stream().filter(h -> h.field().equals(field)).findFirst().orElse(null);
	}

	private static Column column(Projection projection, String field) {
		Column column = projection.column(field);
		if (column == null) {
			throw new IllegalArgumentException(projection.type().getName() + " has no indexed field " + field + "; its indexed fields are " //$NON-NLS-1$ //$NON-NLS-2$
					+ projection.fields() + (projection.type() == RegistryPackage.Literals.MINE ? " and, as of a date, " //$NON-NLS-1$
							+ Projections.MINE_HISTORY.stream().map(HistoryField::field).toList() : "")); //$NON-NLS-1$
		}
		return column;
	}

	private static String format(Object value) {
		if (value == null) {
			return NULL;
		} else if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant().toString();
		} else if (value instanceof Date date) {
			return date.toLocalDate().toString();
		}
		return value.toString();
	}

	private static Object parse(String text, Kind kind) {
		return switch (kind) {
		case STRING -> text;
		case DATE -> Date.valueOf(LocalDate.parse(text));
		case TIMESTAMP -> Timestamp.from(Instant.parse(text));
		case FLAG -> Short.valueOf(text);
		};
	}
}
