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

import org.minewatch.core.Actor;
import org.minewatch.core.StoreException;

/**
 * What an administrator does to a bureau's database, as its owner account: migrate the schema,
 * administer people's accounts (Accounts), back it up online, and restore a backup into a data folder.
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
					grantTables(connection, Accounts.prepare(connection, java.time.Instant.now()));
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

	/**
	 * Adds a person's database account, active, linked to the person record {@code personId} (or null), with its
	 * grants and an audit entry; the name and password must meet {@link Accounts}' rules. The owner account may then
	 * hand out the password.
	 */
	public void addAccount(Actor actor, String user, String password, String personId) {
		account(actor, "add", (connection, now) -> Accounts.add(connection, actor, now, user, password, personId)); //$NON-NLS-1$
	}

	/** Adds an account linked to no person. */
	public void addAccount(String user, String password) {
		addAccount(ADMINISTRATOR, user, password, null);
	}

	/** Disables an account: its sign-ins are refused, saying so, until it is enabled. */
	public void disableAccount(Actor actor, String user) {
		account(actor, "disable", (connection, now) -> Accounts.change(connection, actor, now, user, Accounts.State.DISABLED, null)); //$NON-NLS-1$
	}

	/** Enables a disabled or locked account (its failed sign-ins counted from 0 again). */
	public void enableAccount(Actor actor, String user) {
		account(actor, "enable", (connection, now) -> Accounts.change(connection, actor, now, user, Accounts.State.ACTIVE, null)); //$NON-NLS-1$
	}

	/** Sets a new password for an account (the rules apply) and makes it active. */
	public void resetAccount(Actor actor, String user, String newPassword) {
		account(actor, "reset", (connection, now) -> Accounts.change(connection, actor, now, user, Accounts.State.ACTIVE, newPassword)); //$NON-NLS-1$
	}

	/** Every account with its state, failed sign-ins, last sign-in and person. */
	public List<Accounts.Account> accounts() {
		try (Connection connection = database.open()) {
			try {
				List<Accounts.Account> accounts = Accounts.list(connection);
				connection.commit();
				return accounts;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw Texts.failure("account.notListed", e, database.where(), e.getMessage()); //$NON-NLS-1$
		}
	}

	/** Who changes accounts when no person is named: the administrator at this machine. */
	public static final Actor ADMINISTRATOR = new Actor("admin", "account administration by " + System.getProperty("user.name"), "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private interface AccountWork {
		void run(Connection connection, java.time.Instant now) throws SQLException;
	}

	/** One change of an account, in one transaction with its audit entry; a refused one changes nothing. */
	private void account(Actor actor, String what, AccountWork work) {
		try (Connection connection = database.open()) {
			try {
				if (!Accounts.hasAccounts(connection)) {
					throw Texts.refusal("account.notMigrated", database.where()); //$NON-NLS-1$
				}
				work.run(connection, java.time.Instant.now());
				connection.commit();
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw Texts.failure("account.notChanged", e, what, database.where(), e.getMessage()); //$NON-NLS-1$
		}
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

	/**
	 * The schema's tables for {@code accounts} (never for PUBLIC: the sign-in gate is an account too): every table to
	 * read and write, except the account states (read only; the owner writes them) and the sign-in log (insert only,
	 * the gate too). Taken from PUBLIC where an older migration gave them to it.
	 */
	static void grantTables(Connection connection, List<String> accounts) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = connection.getMetaData().getTables(null, Database.SCHEMA, "%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME")); //$NON-NLS-1$
			}
		}
		List<String> grantees = new ArrayList<>();
		accounts.forEach(account -> grantees.add('"' + account.replace("\"", "\"\"") + '"')); //$NON-NLS-1$ //$NON-NLS-2$
		String people = String.join(", ", grantees); //$NON-NLS-1$
		try (Statement statement = connection.createStatement()) {
			for (String table : tables) {
				String name = Database.SCHEMA + "." + table; //$NON-NLS-1$
				statement.executeUpdate("REVOKE SELECT, INSERT, UPDATE, DELETE ON " + name + " FROM PUBLIC"); //$NON-NLS-1$ //$NON-NLS-2$
				if ("MW_SIGN_IN".equals(table)) { //$NON-NLS-1$
					statement.executeUpdate("GRANT INSERT ON " + name + " TO " + Accounts.GATE + (people.isEmpty() ? "" : ", " + people)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				} else if (people.isEmpty()) {
					continue;
				} else if ("MW_ACCOUNT".equals(table)) { //$NON-NLS-1$
					statement.executeUpdate("GRANT SELECT ON " + name + " TO " + people); //$NON-NLS-1$ //$NON-NLS-2$
				} else {
					statement.executeUpdate("GRANT SELECT, INSERT, UPDATE, DELETE ON " + name + " TO " + people); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
	}
}
