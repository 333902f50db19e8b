package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.AuditReport;
import org.minewatch.core.ChainHead;
import org.minewatch.core.IndexRow;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.RowDifference;
import org.minewatch.core.Sha256;
import org.minewatch.core.StoreException;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.store.TestStores.Seeded;

/** Derived rows repaired from the proven documents, audited; and the desktop's check of the rows it shows. */
class IndexRebuildTest {

	private static final Actor ADMIN = new Actor("admin", "index rebuilt by test", "admin");

	@TempDir
	Path temp;

	@Test
	void aRebuildRepairsEveryDerivedRowFromTheDocumentsWithAnAuditEntryAndTouchesNoDocument() throws SQLException {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			String hazard = seeded.data().hazards.stream().filter(h -> !h.isVoided()).findFirst().orElseThrow().getId();
			String mine = seeded.data().mines.get(4).getId();
			String deletedRow = seeded.data().mines.get(9).getId();
			String digest = store.recordsDigest();
			ChainHead before = store.head();
			try (Connection c = store.connection(); Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE mw_record SET voided = 1, modified_by_name = 'x' WHERE id = '" + hazard + "'");
				s.executeUpdate("UPDATE mw_hazard SET state = 'CLOSED' WHERE state = 'SUPERVISED'");
				s.executeUpdate("UPDATE mw_mine SET name = 'tampered' WHERE id = '" + mine + "'");
				s.executeUpdate("UPDATE mw_hazard SET mine_name = 'tampered' WHERE mine_id = '" + mine + "'");
				s.executeUpdate("UPDATE mw_mine_status SET status = 'SUSPENDED' WHERE mine_id = '" + mine + "'");
				s.executeUpdate("DELETE FROM mw_mine WHERE id = '" + deletedRow + "'");
				s.executeUpdate("INSERT INTO mw_hazard (id, state, voided) VALUES ('forged', 'RECTIFYING', 0)");
			}
			AuditReport tampered = store.verify(before);
			assertFalse(tampered.intact());

			IndexRebuild.Rebuilt rebuilt = store.rebuildIndex(ADMIN);
			assertEquals(List.of(), store.verify(before).problems(), "every derived row repaired, the chain intact");
			assertEquals(digest, store.recordsDigest(), "no document touched");
			assertEquals(1, rebuilt.removed(), "the forged hazard row");
			assertEquals(before.sequence() + rebuilt.entries(), store.head().sequence());
			try (Connection c = store.connection(); Statement s = c.createStatement();
					ResultSet entry = s.executeQuery("SELECT action, actor_name, after_document, after_sha256 FROM mw_audit WHERE seq > " + before.sequence()
							+ " ORDER BY seq")) {
				StringBuilder lines = new StringBuilder();
				while (entry.next()) {
					assertEquals("REINDEX", entry.getString(1));
					assertEquals(ADMIN.name(), entry.getString(2));
					String document = AuditChain.text(entry.getClob(3));
					assertEquals(Sha256.of(document), entry.getString(4));
					lines.append(document);
				}
				assertTrue(lines.toString().contains("mw_record.voided of record " + hazard + ": stored 1"), lines.toString());
				assertTrue(lines.toString().contains("mw_hazard has a row (") && lines.toString().contains("for record forged"), lines.toString());
			}
			assertTrue(store.rebuildIndex(ADMIN).entries() == 0, "nothing left to repair, nothing written");
		}
	}

	@Test
	void aRebuildIsRefusedWhileADocumentIsNotTheAuditedOneAndChangesNothing() throws SQLException {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			String mine = seeded.data().mines.get(2).getId();
			try (Connection c = store.connection(); Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE mw_record SET document_sha256 = '" + "0".repeat(64) + "' WHERE id = '" + mine + "'");
				s.executeUpdate("UPDATE mw_mine SET name = 'tampered' WHERE id = '" + seeded.data().mines.get(3).getId() + "'");
			}
			ChainHead before = store.head();
			StoreException refused = assertThrows(StoreException.class, () -> store.rebuildIndex(ADMIN));
			assertEquals("store.rebuild.unproven", refused.code());
			assertTrue(refused.getMessage().contains("UNAUDITED_CHANGE"), refused.getMessage());
			assertEquals(before, store.head(), "nothing written");
			assertEquals("tampered", name(store, seeded.data().mines.get(3).getId()), "nothing repaired either");
		}
	}

	@Test
	void aPageOfBoardRowsIsComparedWithTheDocumentsItShows() throws SQLException {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			Hazard some = seeded.data().hazards.get(0);
			String mine = some.getMine().getId();
			Query<Hazard> ofMine = Query.of(Hazard.class).where("mine", mine).includingVoided();
			List<IndexRow> page = store.read(seeded.actor(), s -> s.rows(ofMine, PageRequest.first(50)).items());
			assertTrue(page.size() > 1, "a page of rows");
			store.read(seeded.actor(), s -> {
				page.forEach(row -> assertEquals(List.of(), s.indexDifferences(Hazard.class, row), "untouched rows agree with their documents"));
				return null;
			});
			String state = page.get(0).text("state");
			try (Connection c = store.connection(); Statement s = c.createStatement()) {
				s.executeUpdate("UPDATE mw_hazard SET state = 'CLOSED', mine_name = 'somewhere else' WHERE id = '" + page.get(0).id() + "'");
			}
			List<IndexRow> shown = store.read(seeded.actor(), s -> s.rows(ofMine, PageRequest.first(50)).items());
			List<List<RowDifference>> found = store.read(seeded.actor(), s -> shown.stream().map(row -> s.indexDifferences(Hazard.class, row)).toList());
			IndexRow tampered = shown.stream().filter(r -> r.id().equals(page.get(0).id())).findFirst().orElseThrow();
			List<RowDifference> differences = found.get(shown.indexOf(tampered));
			assertEquals(List.of(new RowDifference("mw_hazard", tampered.id(), "state", "CLOSED", state),
					new RowDifference("mw_hazard", tampered.id(), "mine_name", "somewhere else", some.getMine().getName())), differences);
			assertEquals(1, found.stream().filter(d -> !d.isEmpty()).count(), "the other rows agree");

			// the mine deleted since its hazards copied its place: nothing to derive the place from, so it is not compared
			store.write(seeded.actor(), s -> {
				s.delete(s.get(org.minewatch.model.registry.Mine.class, mine));
				return null;
			});
			List<List<RowDifference>> afterDelete = store.read(seeded.actor(), s -> shown.stream().map(row -> s.indexDifferences(Hazard.class, row)).toList());
			assertEquals(List.of(new RowDifference("mw_hazard", tampered.id(), "state", "CLOSED", state)), afterDelete.get(shown.indexOf(tampered)));
			assertEquals(1, afterDelete.stream().filter(d -> !d.isEmpty()).count());
		}
	}

	private static String name(JdbcStore store, String mine) throws SQLException {
		try (Connection c = store.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM mw_mine WHERE id = '" + mine + "'")) {
			r.next();
			return r.getString(1);
		}
	}
}
