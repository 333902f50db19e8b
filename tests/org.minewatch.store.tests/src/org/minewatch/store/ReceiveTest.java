package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.RecordDocument;
import org.minewatch.core.RecordDocument.Received;
import org.minewatch.core.StoreException;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.TestStores.Seeded;

/**
 * Records travel between two databases that started from the same data (a bureau and an inspector's laptop):
 * received as the sender stored them, by id and revision, idempotently, through the receiver's audit chain.
 */
class ReceiveTest {

	@TempDir
	Path temp;

	@Test
	void aVersionThatGrewFromTheOneHereReplacesItOnceAndANewRecordIsAddedWithItsIndexRow() {
		Seeded bureau = TestStores.seeded(temp.resolve("bureau"));
		Seeded laptop = TestStores.seededApart(temp.resolve("laptop"));
		try (JdbcStore sender = laptop.store(); JdbcStore receiver = bureau.store()) {
			Mine mine = laptop.data().mines.get(0);
			assertEquals(document(sender, mine.getId()), document(receiver, mine.getId()), "both start from the same data");
			String hazardId = sender.write(laptop.actor(), s -> {
				Mine stored = s.get(Mine.class, mine.getId());
				stored.setAddress("井口东侧二百米");
				s.update(stored);
				Hazard hazard = HazardFactory.eINSTANCE.createHazard();
				hazard.setMine(stored);
				hazard.setDescription("回风巷瓦斯传感器位置不当");
				hazard.setGrade(HazardGrade.GENERAL);
				hazard.setState(HazardState.REGISTERED);
				return s.create(hazard).getId();
			});
			RecordDocument changedMine = document(sender, mine.getId());
			RecordDocument newHazard = sender.read(laptop.actor(), s -> s.document(Hazard.class, hazardId));

			assertEquals(Received.UPDATED, receiver.write(bureau.actor(), s -> s.receive(changedMine)));
			RecordDocument wrongRevision = new RecordDocument("Hazard", hazardId, newHazard.revision() + 1, newHazard.content(), newHazard.history());
			assertThrows(StoreException.class, () -> receiver.write(bureau.actor(), s -> s.receive(wrongRevision)), "a document holds its own revision");
			assertEquals(Received.ADDED, receiver.write(bureau.actor(), s -> s.receive(newHazard)));
			assertEquals(changedMine, document(receiver, mine.getId()), "the same revision and the same bytes");
			assertEquals("井口东侧二百米", receiver.read(bureau.actor(), s -> s.get(Mine.class, mine.getId()).getAddress()));
			assertEquals(mine.getProvince().getCode() + " " + mine.getName(), indexedPlace(receiver, hazardId), "the received hazard's index row, with its mine's place");

			long entries = receiver.verify(null).entries();
			assertEquals(Received.UNCHANGED, receiver.write(bureau.actor(), s -> s.receive(changedMine)));
			assertEquals(Received.UNCHANGED, receiver.write(bureau.actor(), s -> s.receive(newHazard)));
			assertEquals(entries, receiver.verify(null).entries(), "receiving again writes nothing");
			assertTrue(receiver.verify(null).intact(), receiver.verify(null).toString());
			assertEquals(2, receivedEntries(receiver), "each received record has its audit entry");
		}
	}

	@Test
	void aVersionHereThatGrewFromTheSendersIsKeptAndARecordChangedApartInBothIsRefused() {
		Seeded bureau = TestStores.seeded(temp.resolve("bureau"));
		Seeded laptop = TestStores.seededApart(temp.resolve("laptop"));
		try (JdbcStore sender = laptop.store(); JdbcStore receiver = bureau.store()) {
			String first = laptop.data().mines.get(0).getId();
			String second = laptop.data().mines.get(1).getId();
			RecordDocument original = document(sender, first);
			setAddress(receiver, bureau, first, "局里改的地址");
			assertEquals(Received.KEPT_NEWER, receiver.write(bureau.actor(), s -> s.receive(original)));
			assertEquals("局里改的地址", receiver.read(bureau.actor(), s -> s.get(Mine.class, first).getAddress()));

			setAddress(receiver, bureau, second, "局里改的地址");
			setAddress(sender, laptop, second, "现场改的地址");
			RecordDocument apart = document(sender, second);
			StoreException refused = assertThrows(StoreException.class, () -> receiver.write(bureau.actor(), s -> s.receive(apart)));
			assertTrue(refused.getMessage().contains("Mine " + second) && refused.getMessage().contains("changed apart"), refused.getMessage());
			assertEquals("局里改的地址", receiver.read(bureau.actor(), s -> s.get(Mine.class, second).getAddress()), "nothing was written");

			String third = laptop.data().mines.get(2).getId();
			setAddress(receiver, bureau, third, "局里第一次改");
			setAddress(receiver, bureau, third, "局里第二次改");
			setAddress(sender, laptop, third, "现场改过一次");
			RecordDocument older = document(sender, third);
			assertThrows(StoreException.class, () -> receiver.write(bureau.actor(), s -> s.receive(older)),
					"changed apart, though the revision here is higher than the sender's");
			assertEquals("局里第二次改", receiver.read(bureau.actor(), s -> s.get(Mine.class, third).getAddress()));

			RecordDocument forged = new RecordDocument("Mine", java.util.UUID.randomUUID().toString(), apart.revision(), apart.content(), apart.history());
			assertThrows(StoreException.class, () -> receiver.write(bureau.actor(), s -> s.receive(forged)), "a document must hold its own id");
			assertThrows(StoreException.class,
					() -> receiver.write(bureau.actor(), s -> {
						s.receiveContent("0".repeat(64), "照片".getBytes(StandardCharsets.UTF_8));
						return null;
					}), "bytes must match their hash");
			assertTrue(receiver.verify(null).intact());
		}
	}

	private static RecordDocument document(JdbcStore store, String mineId) {
		return store.read(JdbcStore.SYSTEM, s -> s.document(Mine.class, mineId));
	}

	private static void setAddress(JdbcStore store, Seeded seeded, String mineId, String address) {
		store.write(seeded.actor(), s -> {
			Mine mine = s.get(Mine.class, mineId);
			mine.setAddress(address);
			return s.update(mine);
		});
	}

	private static String indexedPlace(JdbcStore store, String hazardId) {
		try (Connection c = store.connection(); Statement statement = c.createStatement();
				ResultSet row = statement.executeQuery("SELECT province_code, mine_name FROM mw_hazard WHERE id = '" + hazardId + "'")) {
			return row.next() ? row.getString(1) + " " + row.getString(2) : null;
		} catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
	}

	private static long receivedEntries(JdbcStore store) {
		try (Connection c = store.connection(); Statement statement = c.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM mw_audit WHERE action = 'RECEIVE'")) {
			count.next();
			return count.getLong(1);
		} catch (java.sql.SQLException e) {
			throw new AssertionError(e);
		}
	}
}
