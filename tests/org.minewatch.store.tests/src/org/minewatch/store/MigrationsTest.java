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
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minewatch.model.registry.Mine;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.StoreException;
import org.minewatch.store.Migrations.Migration;

/** An older schema migrates at open; a newer one is refused and left untouched. */
class MigrationsTest {

	@TempDir
	Path temp;

	@Test
	void aVersionOneDatabaseIsMigratedToTheLatest() throws SQLException {
		Path folder = temp.resolve("db");
		try (JdbcStore old = JdbcStore.open(folder, TestStores.reference(), TestStores.CLOCK, new Migrations(List.of(Migrations.ALL.get(0))))) {
			assertTrue(old.isNew());
			try (Connection c = old.connection()) {
				assertEquals(1, Migrations.version(c));
				assertFalse(tableExists(c, "MW_CONTENT"));
			}
		}
		try (JdbcStore current = JdbcStore.open(folder, TestStores.reference(), TestStores.CLOCK); Connection c = current.connection()) {
			assertFalse(current.isNew());
			assertEquals(new Migrations(Migrations.ALL).latest(), Migrations.version(c));
			assertTrue(tableExists(c, "MW_CONTENT"));
		}
	}

	@Test
	void aNewerDatabaseIsRefusedAndLeftUntouched() throws SQLException {
		Path folder = temp.resolve("db");
		try (JdbcStore store = JdbcStore.open(folder, TestStores.reference(), TestStores.CLOCK); Connection c = store.connection();
				Statement statement = c.createStatement()) {
			statement.executeUpdate("INSERT INTO mw_schema (version, script, applied_at) VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
		}
		StoreException refused = assertThrows(StoreException.class,
				() -> JdbcStore.open(folder, TestStores.reference(), TestStores.CLOCK, new Migrations(List.of(Migrations.ALL.get(0)))));
		assertTrue(refused.getMessage().contains("99") && refused.getMessage().contains("nothing was changed"), refused.getMessage());
		StoreException refusedAgain = assertThrows(StoreException.class, () -> JdbcStore.open(folder, TestStores.reference(), TestStores.CLOCK));
		assertTrue(refusedAgain.getMessage().contains("newer"), refusedAgain.getMessage());
		try (JdbcStore check = JdbcStore.open(folder, TestStores.reference(), TestStores.CLOCK,
				new Migrations(List.of(Migrations.ALL.get(0), Migrations.ALL.get(1), new Migration(99, "V1__records_audit.sql"))));
				Connection c = check.connection()) {
			assertEquals(99, Migrations.version(c), "the newer version is still there");
		}
	}

	@Test
	void hazardsWrittenBeforeVersionSevenGetTheHazardTheyRepeatFromTheirDocuments() throws SQLException {
		Path folder = temp.resolve("seeded");
		TestStores.Seeded seeded = TestStores.seeded(folder);
		String[] pair = seeded.store().write(seeded.actor(), s -> {
			List<org.minewatch.model.hazard.Hazard> two = s.query(Query.of(org.minewatch.model.hazard.Hazard.class).whereMissing("repeatOf"), PageRequest.first(2)).items();
			two.get(1).setRepeatOf(two.get(0));
			s.update(two.get(1));
			return new String[] { two.get(0).getId(), two.get(1).getId() };
		});
		long repeats;
		try (Connection c = seeded.store().connection(); Statement statement = c.createStatement()) {
			repeats = count(statement, "SELECT COUNT(*) FROM mw_hazard WHERE repeat_of IS NOT NULL");
			// back to version 6: the column and the migration's row gone, as in a database written before
			undoVersionEleven(statement);
			undoVersionTen(statement);
			undoVersionNine(statement);
			undoVersionEight(statement);
			statement.executeUpdate("DROP INDEX mw_hazard_province_repeats");
			statement.executeUpdate("ALTER TABLE mw_hazard DROP COLUMN repeat_of");
			statement.executeUpdate("DELETE FROM mw_schema WHERE version = 7");
		}
		seeded.store().close();

		try (JdbcStore migrated = TestStores.open(folder); Connection c = migrated.connection();
				Statement statement = c.createStatement()) {
			assertEquals(new Migrations(Migrations.ALL).latest(), Migrations.version(c));
			assertEquals(repeats, count(statement, "SELECT COUNT(*) FROM mw_hazard WHERE repeat_of IS NOT NULL"));
			try (ResultSet row = statement.executeQuery("SELECT repeat_of FROM mw_hazard WHERE id = '" + pair[1] + "'")) {
				assertTrue(row.next());
				assertEquals(pair[0], row.getString(1));
			}
			Map<Object, Long> counted = migrated.read(seeded.actor(),
					s -> s.countBy(Query.of(org.minewatch.model.hazard.Hazard.class).wherePresent("repeatOf"), "grade"));
			assertEquals(repeats, counted.values().stream().mapToLong(Long::longValue).sum());
		}
	}

	@Test
	void inspectionsWrittenBeforeVersionEightGetTheirMinesPlaceAndTheirTemplate() throws SQLException {
		Path folder = temp.resolve("inspections");
		TestStores.Seeded seeded = TestStores.seeded(folder);
		org.minewatch.model.inspection.Inspection inspection = seeded.data().inspections.get(0);
		Mine mine = inspection.getMine();
		try (Connection c = seeded.store().connection(); Statement statement = c.createStatement()) {
			undoVersionEleven(statement);
			undoVersionTen(statement);
			undoVersionNine(statement);
			undoVersionEight(statement);
		}
		seeded.store().close();

		try (JdbcStore migrated = TestStores.open(folder); Connection c = migrated.connection(); Statement statement = c.createStatement()) {
			assertEquals(new Migrations(Migrations.ALL).latest(), Migrations.version(c));
			assertEquals(0, count(statement, "SELECT COUNT(*) FROM mw_inspection WHERE province_code IS NULL OR mine_name IS NULL OR template_id IS NULL"));
			try (ResultSet row = statement.executeQuery(
					"SELECT province_code, county_code, mine_name, enterprise_id, template_id FROM mw_inspection WHERE id = '" + inspection.getId() + "'")) {
				assertTrue(row.next());
				assertEquals(mine.getProvince().getCode(), row.getString(1));
				assertEquals(mine.getCounty().getCode(), row.getString(2));
				assertEquals(mine.getName(), row.getString(3));
				assertEquals(mine.getEnterprise().getId(), row.getString(4));
				assertEquals(inspection.getTemplate().getId(), row.getString(5));
			}
		}
	}

	@Test
	void recordsVoidedBeforeVersionNineAreMarkedInTheirIndexRows() throws SQLException {
		Path folder = temp.resolve("voided");
		TestStores.Seeded seeded = TestStores.seeded(folder);
		org.minewatch.model.hazard.Hazard some = seeded.data().hazards.get(3);
		seeded.store().write(seeded.actor(), s -> s.voidRecord(s.get(org.minewatch.model.hazard.Hazard.class, some.getId()), "重复登记"));
		try (Connection c = seeded.store().connection(); Statement statement = c.createStatement()) {
			undoVersionEleven(statement);
			undoVersionTen(statement);
			undoVersionNine(statement);
		}
		seeded.store().close();

		try (JdbcStore migrated = TestStores.open(folder); Connection c = migrated.connection(); Statement statement = c.createStatement()) {
			assertEquals(new Migrations(Migrations.ALL).latest(), Migrations.version(c));
			assertEquals(count(statement, "SELECT COUNT(*) FROM mw_record WHERE record_type = 'Hazard' AND voided = 1"),
					count(statement, "SELECT COUNT(*) FROM mw_hazard WHERE voided = 1"), "every voided hazard marked (the demo data has some of its own)");
			assertEquals(1, count(statement, "SELECT COUNT(*) FROM mw_hazard WHERE voided = 1 AND id = '" + some.getId() + "'"));
			long listed = migrated.read(seeded.actor(), s -> s.countBy(Query.of(org.minewatch.model.hazard.Hazard.class).where("mine", some.getMine().getId()), "state"))
					.values().stream().mapToLong(Long::longValue).sum();
			long all = migrated.read(seeded.actor(), s -> s.countBy(Query.of(org.minewatch.model.hazard.Hazard.class).where("mine", some.getMine().getId())
					.includingVoided(), "state")).values().stream().mapToLong(Long::longValue).sum();
			assertEquals(all - 1, listed, "the voided hazard is left out of counts without reading the record table");
		}
	}

	/** Back to version 9: the indexes as version 6 and version 1 made them, and the migration's row gone. */
	/** Back to version 10: the account states, the sign-in log and its trigger gone. */
	private static void undoVersionEleven(Statement statement) throws SQLException {
		statement.executeUpdate("DROP TRIGGER mw_sign_in_counted");
		statement.executeUpdate("DROP TABLE mw_sign_in");
		statement.executeUpdate("DROP TABLE mw_account");
		statement.executeUpdate("DELETE FROM mw_schema WHERE version = 11");
	}

	private static void undoVersionTen(Statement statement) throws SQLException {
		statement.executeUpdate("DROP INDEX mw_hazard_province_board");
		statement.executeUpdate("CREATE INDEX mw_hazard_province_board ON mw_hazard (province_code, grade, state, deadline, id)");
		statement.executeUpdate("DROP INDEX mw_hazard_county_board");
		statement.executeUpdate("CREATE INDEX mw_hazard_county_board ON mw_hazard (county_code, grade, state, deadline, id)");
		statement.executeUpdate("DROP INDEX mw_hazard_state_deadline_id");
		statement.executeUpdate("CREATE INDEX mw_hazard_state_deadline_id ON mw_hazard (state, deadline, id)");
		statement.executeUpdate("DROP INDEX mw_hazard_mine_found_id");
		statement.executeUpdate("CREATE INDEX mw_hazard_mine_found_id ON mw_hazard (mine_id, found_at, id)");
		statement.executeUpdate("CREATE INDEX mw_hazard_state ON mw_hazard (state, deadline)");
		statement.executeUpdate("CREATE INDEX mw_hazard_mine ON mw_hazard (mine_id, found_at)");
		statement.executeUpdate("CREATE INDEX mw_inspection_mine ON mw_inspection (mine_id, planned_start)");
		statement.executeUpdate("DELETE FROM mw_schema WHERE version = 10");
	}

	/** Back to version 8: the voided columns and the migration's row gone. */
	private static void undoVersionNine(Statement statement) throws SQLException {
		for (String table : List.of("mw_inspection", "mw_hazard", "mw_document", "mw_report")) {
			statement.executeUpdate("ALTER TABLE " + table + " DROP COLUMN voided");
		}
		statement.executeUpdate("DELETE FROM mw_schema WHERE version = 9");
	}

	/** Back to version 7: the columns, their indexes and the migration's row gone, as in a database written before. */
	private static void undoVersionEight(Statement statement) throws SQLException {
		for (String index : List.of("mw_inspection_province_list", "mw_inspection_county_list", "mw_inspection_enterprise", "mw_inspection_template")) {
			statement.executeUpdate("DROP INDEX " + index);
		}
		for (String column : List.of("province_code", "county_code", "mine_name", "enterprise_id", "template_id")) {
			statement.executeUpdate("ALTER TABLE mw_inspection DROP COLUMN " + column);
		}
		statement.executeUpdate("DELETE FROM mw_schema WHERE version = 8");
	}

	private static long count(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static boolean tableExists(Connection c, String table) throws SQLException {
		try (ResultSet tables = c.getMetaData().getTables(null, null, table, null)) {
			return tables.next();
		}
	}
}
