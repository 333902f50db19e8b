package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.AuditReport;
import org.minewatch.core.AuditReport.Kind;
import org.minewatch.core.ChainHead;
import org.minewatch.core.Sha256;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.AttachmentKind;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.AuditChain.Action;
import org.minewatch.store.AuditChain.Entry;
import org.minewatch.store.TestStores.Seeded;

/** The audit chain finds each kind of tampering and names the first broken entry or row. */
class AuditChainTest {

	@TempDir
	Path temp;

	@Test
	void anUntouchedStoreIsIntactAndEveryChangeIsAnEntry() {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			AuditReport report = store.verify(store.head());
			assertTrue(report.intact(), report.problems().toString());
			assertEquals(seeded.data().records().size() + 1, report.entries(), "every demo record and the demo day setting");
			assertEquals(report.entries(), report.records());
		}
	}

	@Test
	void anEditedEntryIsFound() throws SQLException {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store(); Connection c = store.connection()) {
			execute(c, "UPDATE mw_audit SET actor_name = 'someone else' WHERE seq = 17");
			AuditReport report = store.verify(null);
			assertEquals(Kind.EDITED_ENTRY, report.problems().get(0).kind());
			assertEquals("17", report.problems().get(0).at());
		}
	}

	@Test
	void aRecomputedChainIsFoundAgainstAnExportedHead() throws SQLException {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			ChainHead exported = store.head();
			try (Connection c = store.connection()) {
				execute(c, "UPDATE mw_audit SET actor_name = 'someone else' WHERE seq = 17");
				// what a careful forger would do: the record row says who wrote it too, and the chain is rehashed
				execute(c, "UPDATE mw_record SET modified_by_name = 'someone else' WHERE id = (SELECT record_id FROM mw_audit WHERE seq = 17)");
				rehashFrom(c, 17);
			}
			assertTrue(store.verify(null).intact(), "a rewritten chain is consistent in itself");
			AuditReport report = store.verify(exported);
			assertEquals(Kind.REWRITTEN_CHAIN, report.problems().get(0).kind());
			assertEquals(String.valueOf(exported.sequence()), report.problems().get(0).at());
		}
	}

	@Test
	void aTruncatedTailIsFound() throws SQLException {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			ChainHead exported = store.head();
			try (Connection c = store.connection()) {
				execute(c, "DELETE FROM mw_audit WHERE seq > " + (exported.sequence() - 3));
			}
			AuditReport report = store.verify(exported);
			assertTrue(report.problems().stream().anyMatch(p -> p.kind() == Kind.TRUNCATED_TAIL && p.at().equals(String.valueOf(exported.sequence() - 2))),
					report.problems().toString());
			assertTrue(report.problems().stream().anyMatch(p -> p.kind() == Kind.UNAUDITED_CHANGE), "the records of the lost entries have none");
		}
	}

	@Test
	void aRowChangedWithoutAnAuditEntryIsFound() throws SQLException {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			String id = seeded.data().mines.get(2).getId();
			try (Connection c = store.connection()) {
				String document;
				try (PreparedStatement select = c.prepareStatement("SELECT document FROM mw_record WHERE id = ?")) {
					select.setString(1, id);
					try (ResultSet row = select.executeQuery()) {
						row.next();
						document = AuditChain.text(row.getClob(1));
					}
				}
				String forged = document.replace(seeded.data().mines.get(2).getName(), "伪造的名称");
				try (PreparedStatement update = c.prepareStatement("UPDATE mw_record SET document = ?, document_sha256 = ? WHERE id = ?")) {
					update.setString(1, forged);
					update.setString(2, Sha256.of(forged));
					update.setString(3, id);
					update.executeUpdate();
				}
			}
			AuditReport report = store.verify(store.head());
			assertEquals(1, report.problems().size(), report.problems().toString());
			assertEquals(Kind.UNAUDITED_CHANGE, report.problems().get(0).kind());
			assertEquals(id, report.problems().get(0).at());
		}
	}

	@Test
	void attachmentsAreStoredWithTheirHashAndChangedBytesAreFound() throws SQLException {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			byte[] photo = "a photo of a roof bolt".getBytes(StandardCharsets.UTF_8);
			String mineId = seeded.data().mines.get(1).getId();
			Attachment stored = store.write(seeded.actor(), s -> {
				Attachment a = InspectionFactory.eINSTANCE.createAttachment();
				a.setKind(AttachmentKind.PHOTO);
				a.setFileName("roof.jpg");
				a.setCaption(s.get(Mine.class, mineId).getName());
				return s.attach(a, photo);
			});
			assertEquals(Sha256.of(photo), stored.getSha256());
			assertEquals(List.of(), store.verify(store.head()).problems());
			assertEquals("a photo of a roof bolt", store.read(seeded.actor(), s -> new String(s.content(s.get(Attachment.class, stored.getId())),
					StandardCharsets.UTF_8)));
			try (Connection c = store.connection(); PreparedStatement update = c.prepareStatement("UPDATE mw_content SET content = ? WHERE sha256 = ?")) {
				update.setBytes(1, "another photo".getBytes(StandardCharsets.UTF_8));
				update.setString(2, stored.getSha256());
				update.executeUpdate();
			}
			AuditReport report = store.verify(null);
			assertEquals(Kind.ATTACHMENT_CHANGED, report.problems().get(0).kind());
			assertFalse(report.intact());
		}
	}

	private static void execute(Connection c, String sql) throws SQLException {
		try (Statement statement = c.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	/** Recomputes the hashes of the chain from {@code seq} on, as someone who rewrites history would. */
	private static void rehashFrom(Connection c, long seq) throws SQLException {
		List<Object[]> rows = new ArrayList<>();
		try (Statement statement = c.createStatement(); ResultSet r = statement.executeQuery("SELECT seq, entered_at, actor_id, actor_name, agency_id, action, "
				+ "record_type, record_id, revision, before_sha256, after_sha256, algorithm, db_user FROM mw_audit WHERE seq >= " + (seq - 1) + " ORDER BY seq")) {
			while (r.next()) {
				rows.add(new Object[] { r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
						r.getString(7), r.getString(8), r.getLong(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13) });
			}
		}
		String previous;
		try (Statement statement = c.createStatement(); ResultSet r = statement.executeQuery("SELECT hash FROM mw_audit WHERE seq = " + (seq - 1))) {
			r.next();
			previous = r.getString(1);
		}
		for (Object[] row : rows.subList(1, rows.size())) {
			Entry entry = new Entry((Long) row[0], (java.time.Instant) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[12],
					Action.valueOf((String) row[5]), (String) row[6], (String) row[7], (Long) row[8], (String) row[9], (String) row[10], (String) row[11],
					previous);
			try (PreparedStatement update = c.prepareStatement("UPDATE mw_audit SET previous_hash = ?, hash = ? WHERE seq = ?")) {
				update.setString(1, previous);
				update.setString(2, entry.hash());
				update.setLong(3, entry.seq());
				update.executeUpdate();
			}
			previous = entry.hash();
		}
	}
}
