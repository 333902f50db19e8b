package org.minewatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.minewatch.core.StoreException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Opens connections to a Derby database: embedded in a folder (a desktop's own database), or
 * through the network client to a bureau's server, as a person's own database account. Every
 * connection works in the MINEWATCH schema. In OSGi, DriverManager refuses drivers of other
 * bundles, so the drivers are asked directly.
 */
final class Database {

	static final String SCHEMA = "MINEWATCH"; //$NON-NLS-1$
	private static final String EMBEDDED_DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver"; //$NON-NLS-1$
	private static final String CLIENT_DRIVER = "org.apache.derby.client.ClientAutoloadedDriver"; //$NON-NLS-1$

	private final String url;
	private final Properties credentials;
	private final Driver driver;
	private final Path folder;

	private Database(String url, Properties credentials, Driver driver, Path folder) {
		this.url = url;
		this.credentials = credentials;
		this.driver = driver;
		this.folder = folder;
	}

	/** The embedded database in {@code folder}, created on first connection. */
	static Database embedded(Path folder) {
		Path absolute = folder.toAbsolutePath();
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			// keep derby.log beside the database, not in whatever directory the suite was started from
			System.setProperty("derby.stream.error.file", absolute.resolveSibling(absolute.getFileName() + "-derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new Database("jdbc:derby:" + absolute + ";create=true", new Properties(), embeddedDriver(), absolute); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** An existing embedded database, opened with an account (one restored from a bureau's backup). */
	static Database existing(Path folder, String user, String password) {
		Properties credentials = new Properties();
		if (user != null) {
			credentials.setProperty("user", user); //$NON-NLS-1$
			credentials.setProperty("password", password); //$NON-NLS-1$
		}
		DatabaseFolder.requireDatabase(folder.toAbsolutePath());
		return new Database("jdbc:derby:" + folder.toAbsolutePath(), credentials, embeddedDriver(), folder.toAbsolutePath()); //$NON-NLS-1$
	}

	/** A database on a network server, e.g. {@code jdbc:derby://127.0.0.1:1527/minewatch}, as {@code user}. */
	static Database client(String url, String user, String password) {
		if (!url.startsWith("jdbc:derby://")) { //$NON-NLS-1$
			throw Texts.refusal("connect.notNetworkUrl", url); //$NON-NLS-1$
		}
		Properties credentials = new Properties();
		credentials.setProperty("user", user); //$NON-NLS-1$
		credentials.setProperty("password", password); //$NON-NLS-1$
		return new Database(url, credentials, clientDriver(), null);
	}

	/** The account's password was changed: connections from now on sign in with the new one. */
	void newPassword(String password) {
		credentials.setProperty("password", password); //$NON-NLS-1$
	}

	/** Where the database is, for messages (never the password). */
	String where() {
		return folder != null ? folder.toString() : url + " as " + credentials.getProperty("user"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	Path folder() {
		return folder;
	}

	/** The URL connected to (no credentials in it). */
	String url() {
		return url;
	}

	boolean isEmbedded() {
		return folder != null;
	}

	/** A connection with auto-commit off, in the MINEWATCH schema once it exists. */
	Connection open() {
		try {
			Connection connection = driver.connect(url, credentials);
			if (connection == null) {
				throw Texts.refusal("connect.notTaken", where()); //$NON-NLS-1$
			}
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			useSchema(connection);
			return connection;
		} catch (SQLException e) {
			if ("08004".equals(e.getSQLState())) { //$NON-NLS-1$
				throw Texts.failure("connect.refused", e, where(), e.getSQLState()); //$NON-NLS-1$
			}
			if (isEmbedded() && hasState(e, "XSDB6")) { // another Derby (a desktop, an admin command) has booted it //$NON-NLS-1$
				throw Texts.failure("database.inUse", e, where()); //$NON-NLS-1$
			}
			throw Texts.failure("connect.failed", e, where(), e.getMessage(), e.getSQLState()); //$NON-NLS-1$
		}
	}

	/** True when {@code failure} or one of its causes or next exceptions has the SQLState {@code state}. */
	static boolean hasState(Throwable failure, String state) {
		return chain(failure).anyMatch(t -> t instanceof SQLException sql && state.equals(sql.getSQLState()));
	}

	/**
	 * True when {@code failure} came from a disk that is full: the file system's own words (ENOSPC) somewhere in its
	 * causes, or Derby's for a file it could not grow.
	 */
	static boolean diskFull(Throwable failure) {
		return chain(failure).anyMatch(t -> {
			String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
			return message.contains("no space left on device") || message.contains("not enough space") //$NON-NLS-1$ //$NON-NLS-2$
					|| t instanceof SQLException sql && "XSDG1".equals(sql.getSQLState()) && message.contains("space"); //$NON-NLS-1$ //$NON-NLS-2$
		});
	}

	/** {@code failure}, its causes, suppressed exceptions and SQL next exceptions (each once). */
	private static java.util.stream.Stream<Throwable> chain(Throwable failure) {
		java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		java.util.ArrayDeque<Throwable> open = new java.util.ArrayDeque<>();
		open.add(failure);
		while (!open.isEmpty()) {
			Throwable t = open.poll();
			if (t == null || !seen.add(t)) {
				continue;
			}
			if (t.getCause() != null) {
				open.add(t.getCause());
			}
			if (t instanceof SQLException sql && sql.getNextException() != null) {
				open.add(sql.getNextException());
			}
			open.addAll(java.util.List.of(t.getSuppressed()));
		}
		return seen.stream();
	}

	/**
	 * Rolls back after {@code failure}; a rollback that fails too (Derby closes the connection after a severe error,
	 * e.g. a full disk) is added to {@code failure} rather than hiding it.
	 */
	static void rollback(Connection connection, Exception failure) {
		try {
			connection.rollback();
		} catch (SQLException notRolledBack) {
			failure.addSuppressed(notRolledBack); // Derby undoes what was not committed when it recovers
		}
	}

	/** Switches to the MINEWATCH schema; a new database has none until its first migration creates it. */
	static void useSchema(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET SCHEMA " + SCHEMA); //$NON-NLS-1$
		} catch (SQLException e) {
			if (!"42Y07".equals(e.getSQLState())) { // schema does not exist yet //$NON-NLS-1$
				throw e;
			}
		}
	}

	/** Shuts an embedded database down so its files can be copied, moved or deleted. */
	void shutdown() {
		if (!isEmbedded()) {
			return;
		}
		try {
			driver.connect("jdbc:derby:" + folder + ";shutdown=true", credentials); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			// Derby reports a successful shutdown of one database as SQLState 08006, and one that never booted as XJ004
			if (!"08006".equals(e.getSQLState()) && !"XJ004".equals(e.getSQLState())) { //$NON-NLS-1$ //$NON-NLS-2$
				throw Texts.failure("database.cannotShutDown", e, folder, e.getMessage()); //$NON-NLS-1$
			}
		}
	}

	/** The network client's driver, through the package this bundle imports from the derbyclient bundle. */
	static Driver clientDriver() {
		try {
			return (Driver) Class.forName(CLIENT_DRIVER, true, Database.class.getClassLoader()).getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException e) {
			throw Texts.failure("install.noClient", e, e.toString()); //$NON-NLS-1$
		}
	}

	static Driver embeddedDriver() {
		try {
			Bundle derby = FrameworkUtil.getBundle(org.apache.derby.authentication.UserAuthenticator.class);
			Class<?> type = derby != null ? derby.loadClass(EMBEDDED_DRIVER) : Class.forName(EMBEDDED_DRIVER);
			return (Driver) type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException e) {
			throw Texts.failure("install.noDriver", e, e.toString()); //$NON-NLS-1$
		}
	}
}
