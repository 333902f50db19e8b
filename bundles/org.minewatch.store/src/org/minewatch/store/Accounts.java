package org.minewatch.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.minewatch.core.Actor;
import org.minewatch.core.Sha256;
import org.minewatch.core.StoreException;

/**
 * People's database accounts on a bureau's server: the rules an account name and a password must meet, the account
 * states (active, disabled, locked after {@value #LOCK_AFTER} failed sign-ins in a row) Derby's NATIVE authentication
 * does not know, and the sign-in check every shared store makes before it opens (a disabled or locked account is
 * refused, even with the right password; a refused password is counted). Every change of an account, and every
 * refused sign-in of a disabled or locked account, is an entry of the audit chain ({@code ACCOUNT}).
 * <p>
 * A wrong password gives no connection to write with, so the store counts it through {@link #GATE}, an account that
 * may only insert a row into the sign-in log (the counting is the log's trigger, run with the owner's rights). Its
 * password is no secret: the gate lets anyone do only what typing a wrong password does anyway. Derby checks passwords
 * before any code of the suite runs, so a program that is not the suite and reports nothing is not counted; the states
 * are checked by the suite's sign-in, not by Derby.
 */
public final class Accounts {

	/** Failed sign-ins in a row that lock an account (the trigger of V11__accounts.sql counts to this). */
	public static final int LOCK_AFTER = 5;
	/** The shortest password accepted. */
	public static final int MINIMUM_LENGTH = org.minewatch.core.DesktopDatabase.PASSWORD_MINIMUM_LENGTH;

	/** The account that records refused passwords (the sign-in log only; see the class comment). */
	static final String GATE = "MW_SIGNIN"; //$NON-NLS-1$
	static final String GATE_PASSWORD = "minewatch-sign-in-log"; //$NON-NLS-1$

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,29}"); //$NON-NLS-1$
	private static final String TYPE = "Account"; //$NON-NLS-1$

	/** What an account may do now. */
	public enum State {
		ACTIVE, DISABLED, LOCKED
	}

	/** One account as 'account list' shows it; {@code personId} and {@code personName} null when not linked. */
	public record Account(String name, State state, int failedSignIns, Instant lastSignIn, String personId, String personName) {
	}

	/**
	 * The account name as Derby keeps it (an SQL identifier: upper case), refused unless it is a letter followed by
	 * letters, digits or underscores, at most 30, and not the prefix the suite's own accounts use.
	 */
	public static String accountName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw Texts.refusal("account.badName", String.valueOf(name)); //$NON-NLS-1$
		}
		String normal = name.toUpperCase(Locale.ROOT);
		if (normal.startsWith("MW_")) { //$NON-NLS-1$
			throw Texts.refusal("account.reservedName", name); //$NON-NLS-1$
		}
		return normal;
	}

	/**
	 * Refuses a password that is shorter than {@value #MINIMUM_LENGTH} characters, does not mix at least two kinds of
	 * characters (letters, digits, others), or is the account's name.
	 */
	public static void checkPassword(String account, String password) {
		String given = password == null ? "" : password; //$NON-NLS-1$
		if (given.length() < MINIMUM_LENGTH) {
			throw Texts.refusal("account.passwordShort", MINIMUM_LENGTH, given.length()); //$NON-NLS-1$
		}
		boolean letters = given.chars().anyMatch(Character::isLetter);
		boolean digits = given.chars().anyMatch(Character::isDigit);
		boolean others = given.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
		if ((letters ? 1 : 0) + (digits ? 1 : 0) + (others ? 1 : 0) < 2) {
			throw Texts.refusal("account.passwordPlain"); //$NON-NLS-1$
		}
		if (account != null && given.equalsIgnoreCase(account)) {
			throw Texts.refusal("account.passwordIsName"); //$NON-NLS-1$
		}
	}

	// ---- the sign-in (a person's store on a shared database)

	/**
	 * Signs in to a shared database: a refused password is counted (through the gate) and the refusal thrown; a
	 * disabled or locked account is refused with an audit entry, nothing else written; else the sign-in is logged
	 * (the count of failures starts again).
	 */
	static void signIn(Database database, String user, Instant now) {
		Connection connection;
		try {
			connection = database.open();
		} catch (StoreException e) {
			if (Texts.code("connect.refused").equals(e.code())) { //$NON-NLS-1$
				countFailure(database, user, now, e);
			}
			throw e;
		}
		try (connection) {
			try {
				if (!hasAccounts(connection)) {
					return; // a schema before accounts: the store's schema check refuses it next
				}
				String account = AuditChain.databaseUser(connection);
				State state = null;
				try (PreparedStatement select = connection.prepareStatement("SELECT state FROM mw_account WHERE username = ?")) { //$NON-NLS-1$
					select.setString(1, account);
					try (ResultSet row = select.executeQuery()) {
						if (row.next()) {
							state = State.valueOf(row.getString(1));
						}
					}
				}
				if (state == null) {
					connection.commit();
					return; // the owner, or an account the suite does not administer
				}
				if (state != State.ACTIVE) {
					AuditChain.lock(connection);
					append(connection, new Actor(account, account, JdbcStore.SYSTEM.agencyId()), now, account,
							"sign-in refused: account " + state.name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
					connection.commit();
					throw Texts.refusal(state == State.DISABLED ? "account.disabled" : "account.locked", account, LOCK_AFTER); //$NON-NLS-1$ //$NON-NLS-2$
				}
				try (PreparedStatement log = connection.prepareStatement("INSERT INTO mw_sign_in (username, attempted_at, outcome) VALUES (?, ?, 'SIGNED_IN')")) { //$NON-NLS-1$
					log.setString(1, account);
					log.setTimestamp(2, Timestamp.from(now));
					log.executeUpdate();
				}
				connection.commit();
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw Texts.failure("account.signInUnchecked", e, database.where(), e.getMessage()); //$NON-NLS-1$
		}
	}

	/** Logs a refused password through the gate; a database without the gate (not migrated yet) counts nothing. */
	private static void countFailure(Database database, String user, Instant now, StoreException refusal) {
		try (Connection gate = Database.client(database.url(), GATE, GATE_PASSWORD).open();
				PreparedStatement log = gate.prepareStatement("INSERT INTO " + Database.SCHEMA //$NON-NLS-1$
						+ ".mw_sign_in (username, attempted_at, outcome) VALUES (?, ?, 'FAILED')")) { //$NON-NLS-1$
			log.setString(1, user == null ? "" : user.toUpperCase(Locale.ROOT)); //$NON-NLS-1$
			log.setTimestamp(2, Timestamp.from(now));
			log.executeUpdate();
			gate.commit();
		} catch (SQLException | StoreException e) {
			refusal.addSuppressed(e); // the person reads why they were refused; the log keeps why it was not counted
		}
	}

	// ---- administration, as the owner

	/** Adds an account: its Derby user, its state (active), its person, its grants, an audit entry; one transaction. */
	static void add(Connection connection, Actor actor, Instant now, String name, String password, String personId) throws SQLException {
		String account = accountName(name);
		checkPassword(account, password);
		if (exists(connection, account) || derbyUserExists(connection, account)) {
			throw Texts.refusal("account.exists", account); //$NON-NLS-1$
		}
		if (personId != null) {
			checkPerson(connection, account, personId);
		}
		call(connection, "CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)", account, password); //$NON-NLS-1$
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO mw_account (username, person_id, state, failed_sign_ins, changed_at) VALUES (?, ?, 'ACTIVE', 0, ?)")) { //$NON-NLS-1$
			insert.setString(1, account);
			insert.setString(2, personId);
			insert.setTimestamp(3, Timestamp.from(now));
			insert.executeUpdate();
		}
		Administration.grantTables(connection, List.of(account));
		AuditChain.lock(connection);
		append(connection, actor, now, account, "account added" + (personId == null ? "" : "; person " + personId)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Disables, enables (unlocks) or resets an account; a reset sets the password and makes the account active. */
	static void change(Connection connection, Actor actor, Instant now, String name, State state, String newPassword) throws SQLException {
		String account = accountName(name);
		if (!exists(connection, account)) {
			throw Texts.refusal("account.unknown", account); //$NON-NLS-1$
		}
		if (newPassword != null) {
			checkPassword(account, newPassword);
			call(connection, "CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)", account, newPassword); //$NON-NLS-1$
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE mw_account SET state = ?, failed_sign_ins = " //$NON-NLS-1$
				+ (state == State.DISABLED ? "failed_sign_ins" : "0") + ", changed_at = ? WHERE username = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			update.setString(1, state.name());
			update.setTimestamp(2, Timestamp.from(now));
			update.setString(3, account);
			update.executeUpdate();
		}
		AuditChain.lock(connection);
		append(connection, actor, now, account, newPassword != null ? "password reset; account active" //$NON-NLS-1$
				: state == State.DISABLED ? "account disabled" : "account enabled"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Every account the suite administers, by name, with its person's name from the registry's index. */
	static List<Account> list(Connection connection) throws SQLException {
		List<Account> accounts = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT a.username, a.state, a.failed_sign_ins, a.last_sign_in, a.person_id, p.name " //$NON-NLS-1$
						+ "FROM mw_account a LEFT JOIN mw_person p ON p.id = a.person_id ORDER BY a.username")) { //$NON-NLS-1$
			while (rows.next()) {
				Timestamp last = rows.getTimestamp(4);
				accounts.add(new Account(rows.getString(1), State.valueOf(rows.getString(2)), rows.getInt(3), last == null ? null : last.toInstant(),
						rows.getString(5), rows.getString(6)));
			}
		}
		return accounts;
	}

	/**
	 * At migration: the gate account (created, its password set again: Derby lets passwords expire), and a state
	 * (active) for each Derby account made before the suite kept states; returns the accounts, the owner's excepted.
	 */
	static List<String> prepare(Connection connection, Instant now) throws SQLException {
		keepPasswords(connection);
		String owner = AuditChain.databaseUser(connection);
		List<String> users = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT username FROM SYS.SYSUSERS")) { //$NON-NLS-1$
			while (rows.next()) {
				users.add(rows.getString(1));
			}
		}
		if (users.contains(GATE)) {
			call(connection, "CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)", GATE, GATE_PASSWORD); //$NON-NLS-1$
		} else {
			call(connection, "CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)", GATE, GATE_PASSWORD); //$NON-NLS-1$
		}
		users.remove(GATE);
		users.remove(owner);
		for (String user : users) {
			if (!exists(connection, user)) {
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO mw_account (username, state, failed_sign_ins, changed_at) VALUES (?, 'ACTIVE', 0, ?)")) { //$NON-NLS-1$
					insert.setString(1, user);
					insert.setTimestamp(2, Timestamp.from(now));
					insert.executeUpdate();
				}
			}
		}
		return users;
	}

	/**
	 * Derby lets a NATIVE password expire after 31 days, and every account but the owner's is then refused: a bureau's
	 * desktops would all stop a month after their accounts were made. Passwords last until an administrator resets them
	 * or their holder changes them (the property is static: it holds from the database's next boot).
	 */
	static void keepPasswords(Connection connection) throws SQLException {
		call(connection, "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)", PASSWORD_LIFETIME, "0"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The database property of how long a NATIVE password lasts (0: until it is changed). */
	static final String PASSWORD_LIFETIME = "derby.authentication.native.passwordLifetimeMillis"; //$NON-NLS-1$

	/** A person changes their own password: the old one signs in, the new one must meet the rules. */
	static void changeOwn(Database database, String user, String newPassword, Instant now) {
		checkPassword(user == null ? null : user.toUpperCase(Locale.ROOT), newPassword);
		try (Connection connection = database.open()) {
			try {
				String account = AuditChain.databaseUser(connection);
				call(connection, "CALL SYSCS_UTIL.SYSCS_MODIFY_PASSWORD(?)", newPassword); //$NON-NLS-1$
				if (hasAccounts(connection)) {
					AuditChain.lock(connection);
					append(connection, new Actor(account, account, JdbcStore.SYSTEM.agencyId()), now, account, "password changed by its holder"); //$NON-NLS-1$
				}
				connection.commit();
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw Texts.failure("account.passwordNotChanged", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	private static void checkPerson(Connection connection, String account, String personId) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT id FROM mw_person WHERE id = ?")) { //$NON-NLS-1$
			select.setString(1, personId);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw Texts.refusal("account.noPerson", personId); //$NON-NLS-1$
				}
			}
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT username FROM mw_account WHERE person_id = ?")) { //$NON-NLS-1$
			select.setString(1, personId);
			try (ResultSet row = select.executeQuery()) {
				if (row.next()) {
					throw Texts.refusal("account.personHasAccount", personId, row.getString(1), account); //$NON-NLS-1$
				}
			}
		}
	}

	private static void append(Connection connection, Actor actor, Instant now, String account, String what) throws SQLException {
		String document = "account " + account + ": " + what; //$NON-NLS-1$ //$NON-NLS-2$
		AuditChain.append(connection, actor, now, AuditChain.Action.ACCOUNT, TYPE, account, 0, null, Sha256.of(document), document);
	}

	private static boolean exists(Connection connection, String account) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM mw_account WHERE username = ?")) { //$NON-NLS-1$
			select.setString(1, account);
			try (ResultSet row = select.executeQuery()) {
				return row.next();
			}
		}
	}

	private static boolean derbyUserExists(Connection connection, String account) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM SYS.SYSUSERS WHERE username = ?")) { //$NON-NLS-1$
			select.setString(1, account);
			try (ResultSet row = select.executeQuery()) {
				return row.next();
			}
		}
	}

	static boolean hasAccounts(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, Database.SCHEMA, "MW_ACCOUNT", null)) { //$NON-NLS-1$
			return tables.next();
		}
	}

	private static void call(Connection connection, String sql, String... arguments) throws SQLException {
		try (CallableStatement call = connection.prepareCall(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				call.setString(i + 1, arguments[i]);
			}
			call.execute();
		}
	}

	private Accounts() {
	}
}
