package org.minewatch.store;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.minewatch.core.StoreException;

/**
 * What an administrator does to a bureau's database, as its owner account: migrate the schema,
 * add accounts for people, back it up online, and restore a backup into a data folder.
 */
public final class Administration {

	private final Database database;

	private Administration(Database database) {
		this.database = database;
	}

	/** Administration of the shared database at {@code url}, as its owner. */
	public static Administration of(String url, String owner, String password) {
		return new Administration(Database.client(url, owner, password));
	}

	/** Administration of an embedded database in {@code folder}. */
	public static Administration embedded(Path folder) {
		return new Administration(Database.embedded(folder));
	}

	/** Brings the schema to this suite's version and lets every account use its tables; returns {found, now}. */
	public int[] migrate() {
		Migrations migrations = new Migrations(Migrations.ALL);
		try (Connection connection = database.open()) {
			try {
				int found = migrations.migrate(connection, database.where());
				Database.useSchema(connection);
				if (!database.isEmbedded()) {
					grantToEveryAccount(connection);
				}
				connection.commit();
				return new int[] { found, migrations.latest() };
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw Texts.failure("admin.migrateFailed", e, database.where(), e.getMessage()); //$NON-NLS-1$
		}
	}

	/** Adds a person's database account (the owner account may then hand out its password). */
	public void addAccount(String user, String password) {
		call("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)", user, password); //$NON-NLS-1$
	}

	/** An online backup into {@code folder} (a subfolder named after the database is written there). */
	public void backup(Path folder) {
		call("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)", folder.toAbsolutePath().toString()); //$NON-NLS-1$
	}

	/**
	 * Restores the backup {@code backup} (the folder the backup wrote, named after the database) as the
	 * database in {@code target}. The server of that database must be stopped.
	 */
	public static void restore(Path backup, Path target, String owner, String password) {
		Properties credentials = new Properties();
		credentials.setProperty("user", owner); //$NON-NLS-1$
		credentials.setProperty("password", password); //$NON-NLS-1$
		try (Connection connection = Database.embeddedDriver().connect("jdbc:derby:" + target.toAbsolutePath() + ";restoreFrom=" //$NON-NLS-1$ //$NON-NLS-2$
				+ backup.toAbsolutePath(), credentials)) {
			connection.getMetaData(); // restored and booted
		} catch (SQLException e) {
			throw Texts.failure("admin.restoreFailed", e, backup, target, e.getMessage()); //$NON-NLS-1$
		}
		try {
			Database.embeddedDriver().connect("jdbc:derby:" + target.toAbsolutePath() + ";shutdown=true", credentials); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) { //$NON-NLS-1$
				throw Texts.failure("admin.restoreNotClosed", e, target, e.getMessage()); //$NON-NLS-1$
			}
		}
	}

	private void call(String sql, String... arguments) {
		try (Connection connection = database.open(); CallableStatement call = connection.prepareCall(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				call.setString(i + 1, arguments[i]);
			}
			call.execute();
			connection.commit();
		} catch (SQLException e) {
			throw Texts.failure("admin.callFailed", e, sql, database.where(), e.getMessage()); //$NON-NLS-1$
		}
	}

	/** Every table of the schema for every account: people are told apart by their accounts, not by grants. */
	private static void grantToEveryAccount(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = connection.getMetaData().getTables(null, Database.SCHEMA, "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME")); //$NON-NLS-1$
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.executeUpdate("GRANT SELECT, INSERT, UPDATE, DELETE ON " + Database.SCHEMA + "." + table + " TO PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}
}
