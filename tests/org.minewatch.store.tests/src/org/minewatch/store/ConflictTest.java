package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.ConflictException;
import org.minewatch.core.ConflictException.FieldDifference;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.TestStores.Seeded;

/** Two connections edit one record: the second write is refused with both values, never lost. */
class ConflictTest {

	@TempDir
	Path temp;

	@Test
	void aStaleWriteIsRefusedWithBothValuesAndWhoChangedIt() throws Exception {
		Seeded seeded = TestStores.seeded(temp);
		try (JdbcStore store = seeded.store()) {
			String id = seeded.data().mines.get(0).getId();
			Actor other = TestStores.someoneElse(seeded.data());
			CountDownLatch bothRead = new CountDownLatch(2);
			CountDownLatch firstWrote = new CountDownLatch(1);
			Thread first = new Thread(() -> {
				store.write(other, s -> {
					Mine mine = s.get(Mine.class, id);
					bothRead.countDown();
					await(bothRead);
					mine.setAddress("他们写的地址");
					return s.update(mine);
				});
				firstWrote.countDown();
			});
			first.start();
			ConflictException conflict = assertThrows(ConflictException.class, () -> store.write(seeded.actor(), s -> {
				Mine mine = s.get(Mine.class, id);
				bothRead.countDown();
				await(firstWrote);
				mine.setAddress("我写的地址");
				return s.update(mine);
			}));
			first.join();

			assertEquals("Mine", conflict.recordType());
			assertEquals(id, conflict.recordId());
			assertEquals(1, conflict.yourRevision());
			assertEquals(2, conflict.storedRevision());
			assertEquals(other.name(), conflict.changedBy());
			assertEquals(java.util.List.of(new FieldDifference("address", "我写的地址", "他们写的地址")), conflict.differences());
			assertTrue(conflict.getMessage().contains(other.name()), conflict.getMessage());
			assertEquals("他们写的地址", store.read(seeded.actor(), s -> s.get(Mine.class, id).getAddress()), "nothing was overwritten");
			assertTrue(store.verify(null).intact(), "the refused write left no trace in the audit chain");
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
				throw new AssertionError("the other unit of work did not get there in 30 s");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
