package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.ChainHead;
import org.minewatch.core.StoreException;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.DatabaseFolder.State;

/**
 * A first start killed while Derby creates the database (the import, 'server start', the desktop) leaves a
 * folder with Derby's files but no service.properties: it is created again; a database that holds anything is
 * never removed.
 */
class HalfCreatedDatabaseTest {

	@TempDir
	Path temp;

	@Test
	void aHalfCreatedDatabaseIsCreatedAgainAndThenHoldsWhatIsWritten() {
		Path folder = halfCreated(temp.resolve("db"));
		try (JdbcStore store = TestStores.open(temp)) {
			assertTrue(store.isNew());
			assertEquals(new Migrations(Migrations.ALL).latest(), schemaVersion(store));
		}
		assertEquals(State.DATABASE, DatabaseFolder.of(folder));
	}

	@Test
	void theDesktopsFirstStartCreatesAHalfCreatedDatabaseAgainWithItsDemoData() {
		Path folder = halfCreated(temp.resolve("desktop-db"));
		try (JdbcStore store = EmbeddedStoreComponent.openForDesktop(folder, true, TestStores.CLOCK)) {
			assertTrue(store.head().sequence() > 100, "the demo data: " + store.head());
			assertTrue(store.verify(store.head()).intact());
		}
	}

	@Test
	void commandsThatOpenAnExistingDatabaseSayItWasNeverFinishedAndLeaveItAlone() {
		Path folder = halfCreated(temp.resolve("db"));
		StoreException refused = assertThrows(StoreException.class, () -> JdbcStore.inspect(folder, null, null, TestStores.reference(), TestStores.CLOCK));
		assertEquals("store.database.halfCreated", refused.code());
		assertTrue(refused.getMessage().contains("never finished") || refused.getMessage().contains("\u6ca1\u6709\u5efa\u5b8c"), refused.getMessage());
		assertFalse(refused.getMessage().contains("shut down"), refused.getMessage());
		assertEquals(State.HALF_CREATED, DatabaseFolder.of(folder), "verify and head change nothing");

		StoreException missing = assertThrows(StoreException.class,
				() -> JdbcStore.inspect(temp.resolve("nothing-here"), null, null, TestStores.reference(), TestStores.CLOCK));
		assertEquals("store.database.missing", missing.code());
	}

	@Test
	void anEmptyFolderIsWhereTheDatabaseIsCreated() throws Exception {
		Files.createDirectories(temp.resolve("db"));
		try (JdbcStore store = TestStores.open(temp)) {
			assertTrue(store.isNew());
		}
	}

	@Test
	void aDatabaseWithRecordsIsNeverRemoved() {
		ChainHead head;
		TestStores.Seeded seeded = TestStores.seeded(temp);
		String mineId = seeded.data().mines.get(0).getId();
		try (JdbcStore store = seeded.store()) {
			head = store.head();
		}
		assertEquals(State.DATABASE, DatabaseFolder.of(temp.resolve("db")));
		try (JdbcStore reopened = TestStores.open(temp)) {
			assertFalse(reopened.isNew());
			assertEquals(head, reopened.head());
			assertEquals(seeded.data().mines.get(0).getName(), reopened.read(seeded.actor(), s -> s.get(Mine.class, mineId).getName()));
		}
	}

	@Test
	void aFolderHoldingWhatDerbyDoesNotWriteIsRefusedAndKept() throws Exception {
		Path folder = halfCreated(temp.resolve("db"));
		Path notes = Files.writeString(folder.resolve("notes.txt"), "not Derby's");
		StoreException refused = assertThrows(StoreException.class, () -> TestStores.open(temp));
		assertEquals("store.database.notADatabase", refused.code());
		assertTrue(refused.getMessage().contains("notes.txt"), refused.getMessage());
		assertTrue(Files.exists(notes) && Files.isDirectory(folder.resolve("seg0")), "nothing was deleted");

		Path file = Files.writeString(temp.resolve("a-file"), "a file, not a folder");
		assertEquals("store.database.notADatabase",
				assertThrows(StoreException.class, () -> JdbcStore.open(file, TestStores.reference(), TestStores.CLOCK)).code());
		assertEquals("a file, not a folder", Files.readString(file));
	}

	@Test
	void aHalfCreatedDatabaseThatAnotherProgramIsCreatingIsLeftAlone() throws Exception {
		Path folder = halfCreated(temp.resolve("db"));
		Path lock = folder.resolve("dbex.lck");
		Files.writeString(lock, "");
		try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
			StoreException refused = assertThrows(StoreException.class, () -> TestStores.open(temp));
			assertEquals("store.database.inUse", refused.code());
			assertEquals(State.HALF_CREATED, DatabaseFolder.of(folder));
		}
		try (JdbcStore store = TestStores.open(temp)) {
			assertTrue(store.isNew(), "once the other program is gone");
		}
	}

	@Test
	void theServersFirstStartIsTakenUpAgainWhereItWasKilled() throws Exception {
		Path halfCreated = halfCreated(temp.resolve("server-a").resolve(NetworkServer.DATABASE));
		NetworkServer.createIfMissing(halfCreated, "dbo", "owner-secret");
		assertTrue(ownerAccountOnly(halfCreated), "created again, with the owner's account");

		// killed after Derby created it (as the owner) but before the owner's account was stored: authentication is not on yet
		Path withoutOwner = temp.resolve("server-b").resolve(NetworkServer.DATABASE);
		Properties owner = new Properties();
		owner.setProperty("user", "dbo");
		try (Connection connection = Database.embeddedDriver().connect("jdbc:derby:" + withoutOwner.toAbsolutePath() + ";create=true", owner)) {
			connection.getMetaData();
		}
		try {
			Database.embeddedDriver().connect("jdbc:derby:" + withoutOwner.toAbsolutePath() + ";shutdown=true", owner);
		} catch (SQLException e) {
			assertEquals("08006", e.getSQLState());
		}
		NetworkServer.createIfMissing(withoutOwner, "dbo", "owner-secret");
		assertTrue(ownerAccountOnly(withoutOwner), "the owner's account is stored now");
		NetworkServer.createIfMissing(withoutOwner, "dbo", "owner-secret"); // the next start: nothing to do
		assertTrue(ownerAccountOnly(withoutOwner));
	}

	@Test
	void theMessagesAreInChineseAndEnglish() {
		java.util.Locale before = java.util.Locale.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.CHINA);
			String zh = Texts.format("database.halfCreated", "/data/t");
			assertTrue(zh.contains("/data/t") && zh.contains("\u6ca1\u6709\u5efa\u5b8c"), zh);
			java.util.Locale.setDefault(java.util.Locale.ENGLISH);
			String en = Texts.format("database.halfCreated", "/data/t");
			assertTrue(en.contains("/data/t") && en.contains("'minewatch admin import'"), en);
		} finally {
			java.util.Locale.setDefault(before);
		}
		for (String bundle : new String[] { "messages", "messages_zh" }) {
			Properties keys = load(bundle);
			assertEquals(load("messages").keySet(), keys.keySet(), bundle + " has every key");
		}
	}

	/** The files Derby leaves when it is killed while creating a database: all of its own but service.properties. */
	private static Path halfCreated(Path folder) {
		created(folder);
		try {
			Files.delete(folder.resolve(DatabaseFolder.SERVICE_PROPERTIES));
			Files.createDirectories(folder.resolve("tmp"));
			Files.writeString(folder.resolve("db.lck"), "");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		assertEquals(State.HALF_CREATED, DatabaseFolder.of(folder));
		return folder;
	}

	/** A database Derby created, and nothing more. */
	private static void created(Path folder) {
		try (Connection connection = Database.embedded(folder).open()) {
			connection.commit();
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
		Database.embedded(folder).shutdown();
	}

	/** True when the database takes the owner's password and refuses a wrong one. */
	private static boolean ownerAccountOnly(Path database) throws SQLException {
		Properties owner = new Properties();
		owner.setProperty("user", "dbo");
		owner.setProperty("password", "owner-secret");
		Properties wrong = new Properties();
		wrong.setProperty("user", "dbo");
		wrong.setProperty("password", "guessed");
		try (Connection connection = Database.embeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath(), owner)) {
			connection.getMetaData();
		}
		boolean refused;
		try (Connection connection = Database.embeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath(), wrong)) {
			refused = false;
		} catch (SQLException e) {
			refused = "08004".equals(e.getSQLState());
		}
		try {
			Database.embeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true", owner);
		} catch (SQLException e) {
			assertEquals("08006", e.getSQLState());
		}
		return refused;
	}

	private static int schemaVersion(JdbcStore store) {
		try (Connection c = store.connection()) {
			return Migrations.version(c);
		} catch (SQLException e) {
			throw new AssertionError(e);
		}
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (var in = Texts.class.getResourceAsStream(name + ".properties")) {
			properties.load(in);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return properties;
	}
}
