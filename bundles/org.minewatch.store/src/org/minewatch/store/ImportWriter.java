package org.minewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.minewatch.core.Sha256;
import org.minewatch.core.Actor;
import org.minewatch.model.base.Record;
import org.minewatch.model.registry.Mine;
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
	private final PreparedStatement hazardPlaces;
	private final PreparedStatement inspectionPlaces;
	private final Map<EClass, PreparedStatement> indexes = new HashMap<>();
	private final StringBuilder manifest = new StringBuilder();

	ImportWriter(Connection connection, Actor actor, Instant now, Documents.Reference reference) throws SQLException {
		this.connection = connection;
		this.actor = actor;
		this.now = now;
		this.resources = new Documents.Records(reference, id -> null);
		this.records = connection.prepareStatement("INSERT INTO mw_record (id, record_type, owner_id, revision, voided, modified_at, modified_by, " //$NON-NLS-1$
				+ "modified_by_name, document, document_sha256) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
		this.statuses = connection.prepareStatement(Projections.STATUS_INSERT);
		this.classes = connection.prepareStatement(Projections.CLASS_INSERT);
		this.hazardPlaces = connection.prepareStatement(Projections.HAZARD_PLACE);
		this.inspectionPlaces = connection.prepareStatement(Projections.INSPECTION_PLACE);
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
		hazardPlaces.executeBatch();
		inspectionPlaces.executeBatch();
		String lines = manifest.toString();
		manifest.setLength(0);
		return lines;
	}

	private void index(Record record) throws SQLException {
		Projection projection = Projections.of(record.eClass());
		PreparedStatement insert = indexes.get(record.eClass());
		if (insert == null) {
			insert = connection.prepareStatement(Projections.insertSql(projection));
			indexes.put(record.eClass(), insert);
		}
		Projections.bindIndex(insert, projection, record);
		insert.addBatch();
		if (record instanceof Mine mine) {
			Projections.addHistory(statuses, classes, mine);
		} else if (record instanceof org.minewatch.model.hazard.Hazard) {
			// after the index rows of the batch: the mines were imported before their hazards
			hazardPlaces.setString(1, record.getId());
			hazardPlaces.addBatch();
		} else if (record instanceof org.minewatch.model.inspection.Inspection) {
			inspectionPlaces.setString(1, record.getId());
			inspectionPlaces.addBatch();
		}
	}

	@Override
	public void close() throws SQLException {
		records.close();
		statuses.close();
		classes.close();
		hazardPlaces.close();
		inspectionPlaces.close();
		for (PreparedStatement index : indexes.values()) {
			index.close();
		}
	}
}
