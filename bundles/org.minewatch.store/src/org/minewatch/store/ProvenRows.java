package org.minewatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.minewatch.core.AuditReport.Kind;
import org.minewatch.core.AuditReport.Problem;
import org.minewatch.core.RowDifference;
import org.minewatch.core.Sha256;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Record;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.AuditChain.Action;
import org.minewatch.store.Projections.Column;
import org.minewatch.store.Projections.Projection;

/**
 * The records half of verify, in one pass over the records in id order beside every index and history table
 * in the same order (besides the audit chain's latest versions, only the documents of the next records, parsed
 * on every core meanwhile, are held in memory): each record row against
 * its latest audited version; its metadata (type, owner, revision, voided mark, modified by and at) against its
 * document and that entry; each row derived from its document (index row, a mine's history, a setting's key,
 * an attachment's link) against what is stored; rows no record derives. Then a hazard's and an inspection's
 * place against its mine. What differs is kept to be repaired ({@link IndexRebuild}).
 */
final class ProvenRows {

	/** Who wrote an audit entry, and when: what the record rows it wrote say in modified_by and modified_at. */
	record Writer(Instant at, String actorId, String actorName) {
	}

	/** The latest audited version of a record: what was done, the document's hash, the entry. */
	record Latest(Action action, String sha256, long seq) {
	}

	/** A record whose rows are written again from its document; {@code seq} its latest entry (0: its record row is right). */
	record Repair(String id, long seq, List<RowDifference> differences) {
	}

	/** A row no proven record derives, removed by a repair: its table, the column naming its record, and that id. */
	record ExtraRow(String table, String idColumn, String id, RowDifference difference) {
	}

	/** Problems of rows named one by one in a report; the rest are counted. */
	static final int REPORTED_ROWS = 1000;

	private static final List<String> STATUS_COLUMNS = List.of("seq", "since", "status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final List<String> CLASS_COLUMNS = List.of("seq", "since", "supervision_class", "gas_class", "hydrogeological_type", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"spontaneous_combustion", "rock_burst_risk", "standardisation_grade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final Connection connection;
	private final Documents.Reference reference;
	private final Map<String, Latest> latest;
	private final Map<Long, Writer> writers;
	private final List<Problem> problems;
	private final Map<String, Repair> repairs = new LinkedHashMap<>();
	private final List<ExtraRow> extras = new ArrayList<>();
	/** Records whose document is not the audited one: nothing is derived from them. */
	private final Set<String> unproven = new HashSet<>();
	/** The place derived from the documents of mines whose own rows differ (their hazards copy that place). */
	private final Map<String, Map<String, String>> placeOfMinesWithDifferences = new HashMap<>();
	private long rowProblems;

	/** What a record's document derives, worked out on another core while the next rows are read. */
	private record Derived(String sha256, String unreadable, Map<String, String> metadata, Projection projection, Map<String, String> indexRow,
			List<List<String>> statusRows, List<List<String>> classRows, Map<String, String> place) {
	}

	/** A record row as read, its document being derived. */
	private record Pending(String id, String type, Latest entry, String storedSha256, Map<String, String> storedMetadata, Future<Derived> derived) {
	}

	/** The metadata columns of a record row, in the order they are compared. */
	private static final List<String> METADATA = List.of("record_type", "owner_id", "revision", "voided", "modified_at", "modified_by", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"modified_by_name"); //$NON-NLS-1$
	/** Records read ahead of the one being compared, their documents derived meanwhile. */
	private static final int AHEAD = 256;

	ProvenRows(Connection connection, Documents.Reference reference, Map<String, Latest> latest, Map<Long, Writer> writers, List<Problem> problems) {
		this.connection = connection;
		this.reference = reference;
		this.latest = latest;
		this.writers = writers;
		this.problems = problems;
	}

	/** Checks every record and the rows derived from it; returns how many records there are. */
	long check() throws SQLException {
		long records = 0;
		List<Rows> tables = new ArrayList<>();
		int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService workers = Executors.newFixedThreadPool(cores, task -> {
			Thread thread = new Thread(task, "minewatch-verify"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		ThreadLocal<Documents.Records> documents = ThreadLocal.withInitial(() -> Documents.Records.detached(reference));
		Deque<Pending> pending = new ArrayDeque<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id, record_type, document, document_sha256, " + String.join(", ", METADATA.subList(1, METADATA.size())) //$NON-NLS-1$ //$NON-NLS-2$
						+ " FROM mw_record ORDER BY id")) { //$NON-NLS-1$
			for (Projection projection : Projections.all()) {
				tables.add(new Rows(connection, projection.table(), "id", fromRecord(projection), "id")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			tables.add(new Rows(connection, "mw_mine_status", "mine_id", STATUS_COLUMNS, "mine_id, seq")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			tables.add(new Rows(connection, "mw_mine_class", "mine_id", CLASS_COLUMNS, "mine_id, seq")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (rows.next()) {
				records++;
				pending.add(read(rows, workers, documents));
				if (pending.size() >= AHEAD) {
					compare(pending.poll(), tables);
				}
			}
			while (!pending.isEmpty()) {
				compare(pending.poll(), tables);
			}
			for (Rows table : tables) {
				while (table.id != null) {
					extra(table, table.id, table.take(table.id));
				}
			}
		} finally {
			workers.shutdownNow();
			for (Rows table : tables) {
				table.close();
			}
		}
		comparePlaces("mw_hazard", false); //$NON-NLS-1$
		comparePlaces("mw_inspection", true); //$NON-NLS-1$
		if (rowProblems > REPORTED_ROWS) {
			problems.add(new Problem(Kind.INDEX_MISMATCH, "", (rowProblems - REPORTED_ROWS) + " more rows differ from what the proven documents derive")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return records;
	}

	/** The records whose rows are to be written again, in id order. */
	List<Repair> repairs() {
		return List.copyOf(repairs.values());
	}

	/** Rows that no proven record derives. */
	List<ExtraRow> extras() {
		return List.copyOf(extras);
	}

	/** Reads a record row and hands its document to a worker. */
	private Pending read(ResultSet rows, ExecutorService workers, ThreadLocal<Documents.Records> documents) throws SQLException {
		String id = rows.getString(1);
		Latest entry = latest.remove(id);
		String document = AuditChain.text(rows.getClob(3));
		Map<String, String> stored = new HashMap<>();
		for (String column : METADATA) {
			stored.put(column, Derivation.text(rows.getObject(column)));
		}
		Writer writer = entry == null ? null : writers.get(entry.seq());
		return new Pending(id, rows.getString(2), entry, rows.getString(4), stored, workers.submit(() -> derive(documents.get(), id, document, writer)));
	}

	/** On a worker: the document's hash, and the record row's metadata, index row and history rows it derives. */
	private static Derived derive(Documents.Records documents, String id, String document, Writer writer) {
		String sha256 = Sha256.of(document);
		try {
			Record record = Documents.parse(documents, "record", id, document); //$NON-NLS-1$
			Map<String, String> metadata = new LinkedHashMap<>();
			metadata.put("record_type", record.eClass().getName()); //$NON-NLS-1$
			metadata.put("owner_id", Derivation.text(record.getOwner())); //$NON-NLS-1$
			metadata.put("revision", String.valueOf(record.getRevision())); //$NON-NLS-1$
			metadata.put("voided", record instanceof LegalRecord legal && legal.isVoided() ? "1" : "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (writer != null) {
				metadata.put("modified_at", Derivation.text(writer.at())); //$NON-NLS-1$
				metadata.put("modified_by", writer.actorId()); //$NON-NLS-1$
				metadata.put("modified_by_name", writer.actorName()); //$NON-NLS-1$
			}
			Projection projection = Projections.stores(record.eClass()) ? Projections.of(record.eClass()) : null;
			Mine mine = record instanceof Mine m ? m : null;
			return new Derived(sha256, null, metadata, projection, projection == null ? null : Derivation.indexRow(projection, record),
					mine == null ? List.of() : Derivation.statusRows(mine), mine == null ? List.of() : Derivation.classRows(mine),
					mine == null ? null : Derivation.placeFrom(mine));
		} catch (RuntimeException e) {
			return new Derived(sha256, String.valueOf(e.getMessage()), null, null, null, null, null, null);
		} finally {
			documents.getResources().clear(); // one document at a time
		}
	}

	/** Compares a record row, and every row read in id order up to its id, with what its document derives. */
	private void compare(Pending row, List<Rows> tables) {
		String id = row.id();
		for (Rows table : tables) {
			while (table.id != null && table.id.compareTo(id) < 0) {
				extra(table, table.id, table.take(table.id));
			}
		}
		Derived derived = derived(row);
		if (!proven(row, derived)) {
			unproven.add(id);
			tables.forEach(table -> table.take(id)); // nothing is derived from a document that is not the audited one
			return;
		}
		for (Map.Entry<String, String> column : derived.metadata().entrySet()) {
			String stored = row.storedMetadata().get(column.getKey());
			if (!Objects.equals(stored, column.getValue())) {
				difference(Kind.RECORD_METADATA_CHANGED, new RowDifference("mw_record", id, column.getKey(), stored, column.getValue()), row.entry().seq()); //$NON-NLS-1$
			}
		}
		for (Rows table : tables) {
			List<List<String>> stored = table.take(id);
			if (derived.projection() != null && table.table.equals(derived.projection().table())) {
				compareIndexRow(table, id, stored, derived.indexRow());
			} else if (derived.place() != null && table.table.equals("mw_mine_status")) { //$NON-NLS-1$
				compareHistory(table, id, stored, derived.statusRows());
			} else if (derived.place() != null && table.table.equals("mw_mine_class")) { //$NON-NLS-1$
				compareHistory(table, id, stored, derived.classRows());
			} else if (!stored.isEmpty()) {
				extra(table, id, stored); // a row in another type's table
			}
		}
		if (derived.place() != null && repairs.containsKey(id)) {
			placeOfMinesWithDifferences.put(id, derived.place());
		}
	}

	private static Derived derived(Pending row) {
		try {
			return row.derived().get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Texts.failure("verify.interrupted", e); //$NON-NLS-1$
		} catch (ExecutionException e) {
			throw Texts.failure("verify.recordFailed", e.getCause(), row.id(), e.getCause()); //$NON-NLS-1$
		}
	}

	/** True when the row's document is its latest audited version and can be read; else the problem is reported. */
	private boolean proven(Pending row, Derived derived) {
		String id = row.id();
		if (row.entry() == null || row.entry().action() == Action.DELETE) {
			problems.add(new Problem(Kind.UNAUDITED_CHANGE, id, row.type() + " " + id + " has no audit entry")); //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		if (!derived.sha256().equals(row.entry().sha256()) || !derived.sha256().equals(row.storedSha256())) {
			problems.add(new Problem(Kind.UNAUDITED_CHANGE, id, row.type() + " " + id //$NON-NLS-1$
					+ " differs from its latest audited version: it was changed without an audit entry")); //$NON-NLS-1$
			return false;
		}
		if (derived.unreadable() != null) {
			problems.add(new Problem(Kind.UNAUDITED_CHANGE, id, row.type() + " " + id + ": its audited document cannot be read: " + derived.unreadable())); //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		return true;
	}

	private void compareIndexRow(Rows table, String id, List<List<String>> stored, Map<String, String> derived) {
		if (stored.isEmpty()) {
			difference(Kind.INDEX_MISMATCH, new RowDifference(table.table, id, null, null, rowText(derived)), 0);
			return;
		}
		List<String> values = stored.get(0);
		int at = 0;
		for (Map.Entry<String, String> column : derived.entrySet()) {
			if (!Objects.equals(values.get(at), column.getValue())) {
				difference(Kind.INDEX_MISMATCH, new RowDifference(table.table, id, column.getKey(), values.get(at), column.getValue()), 0);
			}
			at++;
		}
	}

	private void compareHistory(Rows table, String mineId, List<List<String>> stored, List<List<String>> derived) {
		for (int i = 0; i < Math.max(stored.size(), derived.size()); i++) {
			if (i >= stored.size()) {
				difference(Kind.INDEX_MISMATCH, new RowDifference(table.table, mineId, null, null, rowText(table.columns, derived.get(i))), 0);
			} else if (i >= derived.size()) {
				difference(Kind.INDEX_MISMATCH, new RowDifference(table.table, mineId, null, rowText(table.columns, stored.get(i)), null), 0);
			} else {
				for (int c = 0; c < table.columns.size(); c++) {
					if (!Objects.equals(stored.get(i).get(c), derived.get(i).get(c))) {
						difference(Kind.INDEX_MISMATCH, new RowDifference(table.table, mineId, table.columns.get(c) + " (seq " + i + ")", //$NON-NLS-1$ //$NON-NLS-2$
								stored.get(i).get(c), derived.get(i).get(c)), 0);
					}
				}
			}
		}
	}

	/**
	 * A hazard's or an inspection's place columns against its mine's: the mine's index row when that row is
	 * right, else the place the mine's document derives. Read in one join, after the pass.
	 */
	private void comparePlaces(String table, boolean withEnterprise) throws SQLException {
		List<String> columns = new ArrayList<>(List.of("province_code", "county_code", "mine_name")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (withEnterprise) {
			columns.add("enterprise_id"); //$NON-NLS-1$
		}
		String sql = "SELECT i.id, i.mine_id, " + columns.stream().map(c -> "i." + c).collect(Collectors.joining(", ")) + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ columns.stream().map(c -> "m." + Derivation.PLACE_FROM_MINE.get(c)).collect(Collectors.joining(", ")) //$NON-NLS-1$ //$NON-NLS-2$
				+ ", m.id FROM " + table + " i LEFT OUTER JOIN mw_mine m ON m.id = i.mine_id"; //$NON-NLS-1$ //$NON-NLS-2$
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				String id = rows.getString(1);
				if (unproven.contains(id) || repairs.containsKey(id) && repairs.get(id).differences().stream().anyMatch(d -> d.column() == null)) {
					continue; // nothing derived, or its whole row is missing or extra: reported already
				}
				Map<String, String> ofMine = placeOfMinesWithDifferences.get(rows.getString(2));
				if (ofMine == null && rows.getString(2) != null && rows.getString(3 + 2 * columns.size()) == null) {
					continue; // its mine was deleted since it copied the place: there is nothing to derive it from
				}
				for (int c = 0; c < columns.size(); c++) {
					String stored = rows.getString(3 + c);
					String derived = ofMine != null ? ofMine.get(columns.get(c)) : rows.getString(3 + columns.size() + c);
					if (!Objects.equals(stored, derived)) {
						difference(Kind.INDEX_MISMATCH, new RowDifference(table, id, columns.get(c), stored, derived), 0);
					}
				}
			}
		}
	}

	private void extra(Rows table, String id, List<List<String>> stored) {
		for (List<String> row : stored) {
			RowDifference difference = new RowDifference(table.table, id, null, rowText(table.columns, row), null);
			report(Kind.INDEX_MISMATCH, difference);
			extras.add(new ExtraRow(table.table, table.idColumn, id, difference));
		}
	}

	private void difference(Kind kind, RowDifference difference, long seq) {
		report(kind, difference);
		Repair repair = repairs.get(difference.recordId());
		if (repair == null) {
			repair = new Repair(difference.recordId(), seq, new ArrayList<>());
			repairs.put(difference.recordId(), repair);
		} else if (seq > 0 && repair.seq() == 0) {
			repair = new Repair(repair.id(), seq, repair.differences());
			repairs.put(repair.id(), repair);
		}
		repair.differences().add(difference);
	}

	private void report(Kind kind, RowDifference difference) {
		if (++rowProblems <= REPORTED_ROWS) {
			problems.add(new Problem(kind, difference));
		}
	}

	private static List<String> fromRecord(Projection projection) {
		return projection.columns().stream().filter(Column::fromRecord).map(Column::column).toList();
	}

	private static String rowText(Map<String, String> row) {
		return row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "(", ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String rowText(List<String> columns, List<String> values) {
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			row.put(columns.get(i), values.get(i));
		}
		return rowText(row);
	}

	/** The rows of one table in the order of the record ids they belong to, read as the records are. */
	private static final class Rows implements AutoCloseable {

		final String table;
		final String idColumn;
		final List<String> columns;
		private final Statement statement;
		private final ResultSet result;
		/** The record id of the next row, null past the last. */
		String id;

		Rows(Connection connection, String table, String idColumn, List<String> columns, String order) throws SQLException {
			this.table = table;
			this.idColumn = idColumn;
			this.columns = columns;
			this.statement = connection.createStatement();
			this.result = statement.executeQuery("SELECT " + idColumn + (columns.isEmpty() ? "" : ", " + String.join(", ", columns)) + " FROM " + table //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					+ " ORDER BY " + order); //$NON-NLS-1$
			advance();
		}

		/** The rows of record {@code recordId} at the head, taken (none unless the head is that record's). */
		List<List<String>> take(String recordId) {
			List<List<String>> rows = new ArrayList<>(1);
			try {
				while (recordId.equals(id)) {
					List<String> values = new ArrayList<>(columns.size());
					for (int i = 0; i < columns.size(); i++) {
						values.add(Derivation.text(result.getObject(i + 2)));
					}
					rows.add(values);
					advance();
				}
			} catch (SQLException e) {
				throw Texts.failure("verify.tableUnreadable", e, table, e.getMessage()); //$NON-NLS-1$
			}
			return rows;
		}

		private void advance() throws SQLException {
			id = result.next() ? result.getString(1) : null;
		}

		@Override
		public void close() throws SQLException {
			result.close();
			statement.close();
		}
	}
}
