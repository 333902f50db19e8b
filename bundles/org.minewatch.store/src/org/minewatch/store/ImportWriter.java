package org.minewatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.minewatch.core.Actor;
import org.minewatch.model.base.Record;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.store.Projections.Column;
import org.minewatch.store.Projections.Kind;
import org.minewatch.store.Projections.Projection;

/**
 * Writes new records of one batch with JDBC batches: the documents, the index rows and a mine's
 * history rows, executed together at {@link #flush}. Returns the lines of the batch's audit entry.
 */
final class ImportWriter implements AutoCloseable {

	private final Connection connection;
	private final Actor actor;
	private final Instant now;
	private final Documents.Records resources;
	private final PreparedStatement records;
	private final PreparedStatement statuses;
	private final PreparedStatement classes;
	private final Map<EClass, PreparedStatement> indexes = new HashMap<>();
	private final StringBuilder manifest = new StringBuilder();

	ImportWriter(Connection connection, Actor actor, Instant now, Documents.Reference reference) throws SQLException {
		this.connection = connection;
		this.actor = actor;
		this.now = now;
		this.resources = new Documents.Records(reference, id -> null);
		this.records = connection.prepareStatement("INSERT INTO mw_record (id, record_type, owner_id, revision, voided, modified_at, modified_by, " //$NON-NLS-1$
				+ "modified_by_name, document, document_sha256) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
		this.statuses = connection.prepareStatement("INSERT INTO mw_mine_status (mine_id, seq, since, status) VALUES (?, ?, ?, ?)"); //$NON-NLS-1$
		this.classes = connection.prepareStatement("INSERT INTO mw_mine_class (mine_id, seq, since, supervision_class, gas_class, " //$NON-NLS-1$
				+ "hydrogeological_type, spontaneous_combustion, rock_burst_risk, standardisation_grade) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
	}

	/**
	 * Adds a batch: documents are written on every core (each record has a resource of its own, and
	 * the reference data is only read), rows are bound in order.
	 */
	void addAll(java.util.List<Record> batch) throws SQLException {
		java.util.List<Resource> own = new java.util.ArrayList<>(batch.size());
		for (Record record : batch) {
			own.add(resources.adopt(record)); // the resource set itself is not thread-safe
		}
		String[] documents = java.util.stream.IntStream.range(0, batch.size()).parallel().mapToObj(i -> Documents.serialize(own.get(i)))
				.toArray(String[]::new);
		for (int i = 0; i < batch.size(); i++) {
			add(batch.get(i), documents[i]);
			resources.getResources().remove(own.get(i));
		}
	}

	private void add(Record record, String document) throws SQLException {
		String sha256 = Sha256.of(document);
		records.setString(1, record.getId());
		records.setString(2, record.eClass().getName());
		records.setString(3, record.getOwner() == null ? null : Documents.idOf(org.eclipse.emf.ecore.util.EcoreUtil.getURI(record.getOwner())));
		records.setLong(4, record.getRevision());
		records.setTimestamp(5, Timestamp.from(now));
		records.setString(6, actor.personId());
		records.setString(7, actor.name());
		records.setString(8, document);
		records.setString(9, sha256);
		records.addBatch();
		index(record);
		manifest.append(record.getId()).append(' ').append(sha256).append('\n');
	}

	/** Executes the batch; returns the audit lines ("id sha256") of the records written since the last flush. */
	String flush() throws SQLException {
		records.executeBatch();
		for (PreparedStatement index : indexes.values()) {
			index.executeBatch();
		}
		statuses.executeBatch();
		classes.executeBatch();
		String lines = manifest.toString();
		manifest.setLength(0);
		return lines;
	}

	private void index(Record record) throws SQLException {
		Projection projection = Projections.of(record.eClass());
		PreparedStatement insert = indexes.get(record.eClass());
		if (insert == null) {
			String columns = projection.columns().stream().map(Column::column).collect(Collectors.joining(", ")); //$NON-NLS-1$
			String marks = projection.columns().stream().map(c -> "?").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
			insert = connection.prepareStatement("INSERT INTO " + projection.table() + " (id, " + columns + ") VALUES (?, " + marks + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			indexes.put(record.eClass(), insert);
		}
		insert.setString(1, record.getId());
		int i = 2;
		for (Column column : projection.columns()) {
			Projections.bind(insert, i++, column.kind(), Projections.sqlValue(proxyAware(column.value().apply(record))));
		}
		insert.addBatch();
		if (record instanceof Mine mine) {
			int seq = 0;
			for (StatusChange change : mine.getStatusHistory()) {
				statuses.setString(1, mine.getId());
				statuses.setInt(2, seq++);
				statuses.setDate(3, Date.valueOf(change.getSince()));
				statuses.setString(4, change.getStatus().getName());
				statuses.addBatch();
			}
			seq = 0;
			for (Classification c : mine.getClassHistory()) {
				classes.setString(1, mine.getId());
				classes.setInt(2, seq++);
				classes.setDate(3, Date.valueOf(c.getSince()));
				int at = 4;
				for (Object value : new Object[] { c.getSupervisionClass(), c.getGasClass(), c.getHydrogeologicalType(), c.getSpontaneousCombustion(),
						c.getRockBurstRisk(), c.getStandardisationGrade() }) {
					Projections.bind(classes, at++, Kind.STRING, Projections.sqlValue(value));
				}
				classes.addBatch();
			}
		}
	}

	/** A proxy record's id is in its URI, not in its (unset) id attribute. */
	private static Object proxyAware(Object value) {
		if (value instanceof Record record && record.eIsProxy()) {
			return Documents.idOf(((org.eclipse.emf.ecore.InternalEObject) record).eProxyURI());
		}
		return value;
	}

	@Override
	public void close() throws SQLException {
		records.close();
		statuses.close();
		classes.close();
		for (PreparedStatement index : indexes.values()) {
			index.close();
		}
	}
}
