package org.minewatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.minewatch.core.Actor;
import org.minewatch.core.AuditReport.Kind;
import org.minewatch.core.AuditReport.Problem;
import org.minewatch.core.Sha256;
import org.minewatch.core.StoreException;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Record;
import org.minewatch.store.AuditChain.Action;

/**
 * Repairs derived rows from the proven documents: what {@link ProvenRows} found to differ is written again
 * (the record row's metadata, the record's index and history rows, through {@link Projections#write}) and rows
 * no proven record derives are removed, in batches, each one transaction with an audit entry (REINDEX) whose
 * after-image lists the differences it repaired. Documents are read, never written.
 */
public final class IndexRebuild {

	/** What a rebuild did: records whose rows were written again, rows removed, audit entries appended. */
	public record Rebuilt(long records, long removed, long entries) {
	}

	private static final int BATCH = 500;
	private static final Set<Kind> REPAIRABLE = Set.of(Kind.RECORD_METADATA_CHANGED, Kind.INDEX_MISMATCH);

	static Rebuilt run(JdbcStore store, Actor actor) {
		AuditChain.Checked checked = store.check(null);
		for (Problem problem : checked.report().problems()) {
			if (!REPAIRABLE.contains(problem.kind())) {
				throw Texts.refusal("rebuild.unproven", problem.kind(), problem.message()); //$NON-NLS-1$
			}
		}
		List<ProvenRows.Repair> repairs = checked.rows().repairs();
		List<ProvenRows.ExtraRow> extras = checked.rows().extras();
		long entries = 0;
		for (int from = 0; from < repairs.size(); from += BATCH) {
			List<ProvenRows.Repair> batch = repairs.subList(from, Math.min(repairs.size(), from + BATCH));
			entries += write(store, actor, batch, List.of());
		}
		for (int from = 0; from < extras.size(); from += BATCH) {
			entries += write(store, actor, List.of(), extras.subList(from, Math.min(extras.size(), from + BATCH)));
		}
		return new Rebuilt(repairs.size(), extras.size(), entries);
	}

	private static long write(JdbcStore store, Actor actor, List<ProvenRows.Repair> repairs, List<ProvenRows.ExtraRow> extras) {
		try (Connection connection = store.database().open()) {
			try {
				AuditChain.lock(connection);
				StringBuilder lines = new StringBuilder();
				Documents.Records documents = Documents.Records.detached(store.referenceResources());
				for (ProvenRows.Repair repair : repairs) {
					documents.getResources().clear();
					Record record = Documents.parse(documents, "record", repair.id(), document(connection, repair.id())); //$NON-NLS-1$
					writeRecordRow(connection, record, repair.seq());
					Projections.write(connection, record);
					repair.differences().forEach(d -> lines.append(d.message()).append('\n'));
				}
				for (ProvenRows.ExtraRow extra : extras) {
					try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + extra.table() + " WHERE " + extra.idColumn() + " = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						delete.setString(1, extra.id());
						delete.executeUpdate();
					}
					lines.append(extra.difference().message()).append('\n');
				}
				AuditChain.append(connection, actor, store.clock().instant(), Action.REINDEX, "index", "rebuild", 0, null, Sha256.of(lines.toString()), //$NON-NLS-1$ //$NON-NLS-2$
						lines.toString());
				connection.commit();
				return 1;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw Texts.failure("rebuild.failed", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	/** The record row's metadata as its document and latest audit entry say ({@code seq} 0: the row is right). */
	private static void writeRecordRow(Connection connection, Record record, long seq) throws SQLException {
		if (seq == 0) {
			return;
		}
		Timestamp at;
		String by;
		String name;
		try (PreparedStatement select = connection.prepareStatement("SELECT entered_at, actor_id, actor_name FROM mw_audit WHERE seq = ?")) { //$NON-NLS-1$
			select.setLong(1, seq);
			try (ResultSet entry = select.executeQuery()) {
				if (!entry.next()) {
					throw Texts.refusal("rebuild.entryVanished", String.valueOf(seq)); //$NON-NLS-1$
				}
				at = entry.getTimestamp(1);
				by = entry.getString(2);
				name = entry.getString(3);
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE mw_record SET record_type = ?, owner_id = ?, revision = ?, voided = ?, " //$NON-NLS-1$
				+ "modified_at = ?, modified_by = ?, modified_by_name = ? WHERE id = ?")) { //$NON-NLS-1$
			update.setString(1, record.eClass().getName());
			update.setString(2, Derivation.text(record.getOwner()));
			update.setLong(3, record.getRevision());
			update.setShort(4, (short) (record instanceof LegalRecord legal && legal.isVoided() ? 1 : 0));
			update.setTimestamp(5, at);
			update.setString(6, by);
			update.setString(7, name);
			update.setString(8, record.getId());
			update.executeUpdate();
		}
	}

	private static String document(Connection connection, String id) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT document FROM mw_record WHERE id = ?")) { //$NON-NLS-1$
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw Texts.refusal("rebuild.recordVanished", id); //$NON-NLS-1$
				}
				return AuditChain.text(row.getClob(1));
			}
		}
	}

	private IndexRebuild() {
	}
}
