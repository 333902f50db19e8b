package org.minewatch.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.minewatch.core.StoreException;

/**
 * Versioned schema migrations: SQL scripts under db/ in this bundle, applied in order, each in its
 * own transaction with its row in mw_schema. A database whose version is newer than this suite
 * knows is refused with a message and left untouched.
 */
final class Migrations {

	/** A migration: its version and the script that brings the schema to it. */
	record Migration(int version, String script) {
	}

	static final List<Migration> ALL = List.of(new Migration(1, "V1__records_audit.sql"), new Migration(2, "V2__attachment_content.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			new Migration(3, "V3__import_progress.sql"), new Migration(4, "V4__bureau_settings.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			new Migration(5, "V5__ordered_indexes.sql"), new Migration(6, "V6__hazard_place.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			new Migration(7, "V7__hazard_repeats.sql"), new Migration(8, "V8__inspection_place.sql"), //$NON-NLS-1$ //$NON-NLS-2$
			new Migration(9, "V9__voided_in_index.sql"), new Migration(10, "V10__covering_indexes.sql"), //$NON-NLS-1$
			new Migration(11, "V11__accounts.sql")); //$NON-NLS-1$

	private final List<Migration> migrations;

	Migrations(List<Migration> migrations) {
		this.migrations = List.copyOf(migrations);
	}

	int latest() {
		return migrations.get(migrations.size() - 1).version();
	}

	/** Brings the schema to the latest version; returns the version found before. */
	int migrate(Connection connection, String where) throws SQLException {
		int found = version(connection);
		if (found > latest()) {
			throw Texts.refusal("schema.newerUntouched", where, found, latest()); //$NON-NLS-1$
		}
		for (Migration migration : migrations) {
			if (migration.version() > found) {
				apply(connection, migration);
			}
		}
		return found;
	}

	/** The schema version of the database, 0 for an empty one. */
	static int version(Connection connection) throws SQLException {
		DatabaseMetaData metadata = connection.getMetaData();
		try (ResultSet tables = metadata.getTables(null, Database.SCHEMA, "MW_SCHEMA", null)) { //$NON-NLS-1$
			if (!tables.next()) {
				return 0;
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet max = statement.executeQuery("SELECT MAX(version) FROM " + Database.SCHEMA + ".mw_schema")) { //$NON-NLS-1$ //$NON-NLS-2$
			max.next();
			return max.getInt(1);
		}
	}

	private static void apply(Connection connection, Migration migration) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			if (version(connection) == 0) {
				if (!schemaExists(connection)) {
					statement.executeUpdate("CREATE SCHEMA " + Database.SCHEMA); //$NON-NLS-1$
				}
				Database.useSchema(connection);
				statement.executeUpdate("CREATE TABLE mw_schema (version INT NOT NULL PRIMARY KEY, script VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)"); //$NON-NLS-1$
			}
			for (String sql : statements(migration.script())) {
				statement.executeUpdate(sql);
			}
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mw_schema (version, script, applied_at) VALUES (?, ?, ?)")) { //$NON-NLS-1$
				insert.setInt(1, migration.version());
				insert.setString(2, migration.script());
				insert.setTimestamp(3, Timestamp.from(Instant.now()));
				insert.executeUpdate();
			}
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw Texts.failure("schema.migrationFailed", e, migration.script(), e.getMessage()); //$NON-NLS-1$
		}
	}

	private static boolean schemaExists(Connection connection) throws SQLException {
		try (ResultSet schemas = connection.getMetaData().getSchemas(null, Database.SCHEMA)) {
			return schemas.next();
		}
	}

	/** Checks that the schema is exactly the one this suite knows; a shared database is migrated by an administrator. */
	void requireCurrent(Connection connection, String where) throws SQLException {
		int found = version(connection);
		if (found < latest()) {
			throw Texts.refusal("schema.older", where, found, latest()); //$NON-NLS-1$
		}
		if (found > latest()) {
			throw Texts.refusal("schema.newer", where, found, latest()); //$NON-NLS-1$
		}
	}

	/** The statements of a script: separated by semicolons at line ends; "--" lines are comments. */
	static List<String> statements(String script) {
		String text;
		try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) { //$NON-NLS-1$
			if (in == null) {
				throw Texts.refusal("schema.scriptMissing", script); //$NON-NLS-1$
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw Texts.failure("schema.scriptUnreadable", e, script, e.getMessage()); //$NON-NLS-1$
		}
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n")) { //$NON-NLS-1$
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) { //$NON-NLS-1$
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) { //$NON-NLS-1$
				statements.add(current.substring(0, current.lastIndexOf(";")).strip()); //$NON-NLS-1$
				current.setLength(0);
			}
		}
		return statements;
	}
}
