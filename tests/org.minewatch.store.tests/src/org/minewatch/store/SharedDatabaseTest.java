package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.ChainHead;
import org.minewatch.core.ConflictException;
import org.minewatch.core.StoreException;
import org.minewatch.demo.DemoData;
import org.minewatch.demo.DemoSeeder;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Mine;

/** A bureau's shared database on a real Derby network server on a free loopback port. */
class SharedDatabaseTest {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
	private static final int NEWER = new Migrations(Migrations.ALL).latest() + 1;

	@TempDir
	Path temp;

	@Test
	void accountsConflictsWrongPasswordsSchemaChecksBackupAndRestore() throws Exception {
		int port = freePort();
		StringWriter serverLog = new StringWriter();
		try (NetworkServer server = NetworkServer.start(temp.resolve("server"), LOOPBACK, port, "dbo", "owner-secret", new PrintWriter(serverLog))) {
			String url = server.url();
			Administration admin = Administration.of(url, "dbo", "owner-secret");
			int[] migrated = admin.migrate();
			assertEquals(0, migrated[0], "a new database");
			assertEquals(new Migrations(Migrations.ALL).latest(), migrated[1]);
			admin.addAccount("wang", "wang-secret");
			admin.addAccount("li", "li-secret-2");

			DemoDataSet data = DemoData.generate(DemoSeeder.SEED, ReferenceData.loadShipped(), DemoSeeder.DEMO_DAY);
			Actor wang = actor(data, 1);
			Actor li = actor(data, 2);
			try (JdbcStore asWang = JdbcStore.connect(url, "wang", "wang-secret", TestStores.reference(), TestStores.CLOCK);
					// a store of its own reference data beside wang's (a store's documents hold the reference data's objects)
					JdbcStore asLi = JdbcStore.connect(url, "li", "li-secret-2", ReferenceData.loadShipped(), TestStores.CLOCK)) {
				DemoSeeder.seed(asWang, TestStores.reference());
				String mineId = data.mines.get(0).getId();
				Mine readByLi = asLi.read(li, s -> s.get(Mine.class, mineId));
				asWang.write(wang, s -> {
					Mine mine = s.get(Mine.class, mineId);
					mine.setAddress("王的地址");
					return s.update(mine);
				});
				readByLi.setAddress("李的地址");
				ConflictException conflict = assertThrows(ConflictException.class, () -> asLi.write(li, s -> s.update(readByLi)));
				assertEquals(wang.name(), conflict.changedBy());
				assertEquals("王的地址", conflict.differences().get(0).theirs());
				assertEquals("李的地址", conflict.differences().get(0).yours());
				assertEquals("wang", lastWriterAccount(url, mineId), "the database knows which account wrote");
			}

			StoreException wrong = assertThrows(StoreException.class,
					() -> JdbcStore.connect(url, "wang", "not-the-password", TestStores.reference(), TestStores.CLOCK));
			assertTrue(wrong.getMessage().contains("password is wrong"), wrong.getMessage());
			assertEquals("store.connect.refused", wrong.code(), "the code names the refusal for the log, in every language");
			java.util.Locale locale = java.util.Locale.getDefault();
			try {
				java.util.Locale.setDefault(java.util.Locale.CHINA);
				StoreException chinese = assertThrows(StoreException.class,
						() -> JdbcStore.connect(url, "wang", "not-the-password", TestStores.reference(), TestStores.CLOCK));
				assertEquals("store.connect.refused", chinese.code());
				assertTrue(chinese.getMessage().contains("\u5bc6\u7801"), "a Chinese desktop reads why in Chinese: " + chinese.getMessage());
			} finally {
				java.util.Locale.setDefault(locale);
			}

			ChainHead before;
			List<String> rowsBefore;
			try (JdbcStore asDbo = JdbcStore.connect(url, "dbo", "owner-secret", TestStores.reference(), TestStores.CLOCK)) {
				before = asDbo.head();
				rowsBefore = rows(asDbo);
			}
			Path backups = temp.resolve("backups");
			admin.backup(backups);
			Path restored = temp.resolve("restored").resolve(NetworkServer.DATABASE);
			Administration.restore(backups.resolve(NetworkServer.DATABASE), restored, "dbo", "owner-secret");
			try (JdbcStore restoredStore = JdbcStore.connect(NetworkServer.url(LOOPBACK, port, restored), "dbo", "owner-secret",
					TestStores.reference(), TestStores.CLOCK)) {
				assertEquals(before, restoredStore.head(), "the same chain head after restore");
				assertEquals(rowsBefore, rows(restoredStore), "the same records after restore");
				assertEquals(List.of(), restoredStore.verify(before).problems());
			}

			long entries = before.sequence();
			try (Connection c = Database.client(url, "dbo", "owner-secret").open(); Statement st = c.createStatement()) {
				st.executeUpdate("INSERT INTO mw_schema (version, script, applied_at) VALUES (" + NEWER + ", 'of a newer suite', CURRENT_TIMESTAMP)");
				c.commit();
			}
			StoreException mismatch = assertThrows(StoreException.class,
					() -> JdbcStore.connect(url, "li", "li-secret-2", TestStores.reference(), TestStores.CLOCK));
			assertTrue(mismatch.getMessage().contains("Nothing was written") && mismatch.getMessage().contains("newer"), mismatch.getMessage());
			try (JdbcStore asDbo = openIgnoringSchema(url)) {
				assertEquals(entries, asDbo.head().sequence(), "the refused desktop wrote nothing");
			}
		}
	}

	private static JdbcStore openIgnoringSchema(String url) {
		List<Migrations.Migration> known = new ArrayList<>(Migrations.ALL);
		known.add(new Migrations.Migration(NEWER, "V1__records_audit.sql")); // never applied: the database has it already
		Migrations accepting = new Migrations(known);
		return JdbcStore.open(Database.client(url, "dbo", "owner-secret"), TestStores.reference(), TestStores.CLOCK, accepting, false);
	}

	private static String lastWriterAccount(String url, String id) throws SQLException {
		try (Connection c = Database.client(url, "dbo", "owner-secret").open(); Statement st = c.createStatement();
				ResultSet r = st.executeQuery("SELECT db_user FROM mw_audit WHERE record_id = '" + id + "' ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
			r.next();
			String account = r.getString(1);
			c.commit();
			return account.toLowerCase();
		}
	}

	private static List<String> rows(JdbcStore store) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection c = store.connection(); Statement st = c.createStatement();
				ResultSet r = st.executeQuery("SELECT id, revision, document_sha256 FROM mw_record ORDER BY id")) {
			while (r.next()) {
				rows.add(r.getString(1) + " " + r.getLong(2) + " " + r.getString(3));
			}
		}
		return rows;
	}

	private static Actor actor(DemoDataSet data, int index) {
		var person = data.persons.get(index);
		return new Actor(person.getId(), person.getName(), person.getAgency().getId());
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
			return socket.getLocalPort();
		}
	}
}
