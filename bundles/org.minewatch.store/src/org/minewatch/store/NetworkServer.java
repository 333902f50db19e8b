package org.minewatch.store;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import org.apache.derby.drda.NetworkServerControl;
import org.minewatch.core.StoreException;

/**
 * A bureau's Derby network server: one database, {@value #DATABASE}, in a data folder, reached by
 * desktops at {@code jdbc:derby://<address>:<port>/<data folder>/minewatch}. The database uses NATIVE
 * authentication: every connection needs an account; the first start creates the database and its
 * owner account.
 */
public final class NetworkServer implements AutoCloseable {

	public static final String DATABASE = "minewatch"; //$NON-NLS-1$
	public static final int DEFAULT_PORT = 1527;

	private final NetworkServerControl control;
	private final String url;
	private volatile boolean stopped;

	private NetworkServer(NetworkServerControl control, String url) {
		this.control = control;
		this.url = url;
	}

	/**
	 * Starts a server for the database in {@code dataFolder}, listening on {@code address:port} (loopback
	 * unless told otherwise). A new database is created with {@code owner} as its owner account.
	 */
	public static NetworkServer start(Path dataFolder, InetAddress address, int port, String owner, String ownerPassword, PrintWriter log) {
		return start(dataFolder, address, port, owner, ownerPassword, log, false);
	}

	/**
	 * As {@link #start(Path, InetAddress, int, String, String, PrintWriter)}; with {@code lockDown}, every
	 * later connection of this JVM must authenticate, so nobody can create other databases on the server.
	 * For a server's own process only: embedded databases of the same JVM would need accounts too.
	 */
	public static NetworkServer start(Path dataFolder, InetAddress address, int port, String owner, String ownerPassword, PrintWriter log,
			boolean lockDown) {
		try {
			Files.createDirectories(dataFolder);
			Path database = dataFolder.toAbsolutePath().resolve(DATABASE);
			createIfMissing(database, owner, ownerPassword);
			if (lockDown) {
				System.setProperty("derby.connection.requireAuthentication", "true"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			NetworkServerControl control = new NetworkServerControl(address, port);
			control.start(log);
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (true) {
				try {
					control.ping();
					break;
				} catch (Exception notYet) {
					if (System.nanoTime() > deadline) {
						throw Texts.failure("server.notStarted", notYet, address.getHostAddress(), String.valueOf(port), notYet.getMessage()); //$NON-NLS-1$
					}
					java.util.concurrent.TimeUnit.MILLISECONDS.sleep(100); // the server thread is still starting
				}
			}
			return new NetworkServer(control, url(address, port, database));
		} catch (StoreException e) {
			throw e;
		} catch (Exception e) {
			throw Texts.failure("server.cannotStart", e, String.valueOf(port), e.getMessage()); //$NON-NLS-1$
		}
	}

	/** The URL of a database on a server: the database is named by its absolute path on the server's machine. */
	public static String url(InetAddress address, int port, Path database) {
		return "jdbc:derby://" + address.getHostAddress() + ":" + port + "/" + database.toAbsolutePath(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Waits until the server is stopped (by 'server stop' from another process). */
	public void awaitStop() {
		while (true) {
			try {
				control.ping();
				java.util.concurrent.TimeUnit.SECONDS.sleep(1); // a server has no "stopped" event: ask it every second
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (Exception gone) {
				stopped = true; // stopped from elsewhere ('server stop')
				return;
			}
		}
	}

	/** The URL desktops connect to. */
	public String url() {
		return url;
	}

	/** Stops a server started elsewhere (another process) on {@code address:port}. */
	public static void stop(InetAddress address, int port) {
		try {
			new NetworkServerControl(address, port).shutdown();
		} catch (Exception e) {
			throw Texts.failure("server.cannotStop", e, address.getHostAddress(), String.valueOf(port), e.getMessage()); //$NON-NLS-1$
		}
	}

	@Override
	public void close() {
		if (stopped) {
			return;
		}
		try {
			control.shutdown();
		} catch (Exception e) {
			throw Texts.failure("server.cannotStopOwn", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	/**
	 * Creates the database with NATIVE authentication: the owner's credentials are stored first (which
	 * turns authentication on), then the database is rebooted so that it takes effect. A first start killed
	 * on the way is taken up again: a half-created database is created afresh ({@link DatabaseFolder}), and a
	 * created one whose owner account was not stored yet gets it now.
	 */
	static void createIfMissing(Path database, String owner, String password) throws SQLException {
		DatabaseFolder.prepareForCreate(database);
		boolean created = Files.isDirectory(database);
		Driver driver = Database.embeddedDriver();
		Properties credentials = new Properties();
		credentials.setProperty("user", owner); //$NON-NLS-1$
		credentials.setProperty("password", password); //$NON-NLS-1$
		try (Connection connection = driver.connect("jdbc:derby:" + database.toAbsolutePath() + (created ? "" : ";create=true"), credentials)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (created && nativeAuthentication(connection)) {
				return; // the usual start of a database created before
			}
			try (var create = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) { //$NON-NLS-1$
				create.setString(1, owner);
				create.setString(2, password);
				create.execute();
			}
			Accounts.keepPasswords(connection); // before the reboot below, which makes it hold
		} catch (SQLException e) {
			if (created && "08004".equals(e.getSQLState())) { //$NON-NLS-1$
				return; // it authenticates against its own accounts already; the server checks each connection
			}
			throw e;
		}
		try {
			driver.connect("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true", credentials); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			if (!"08006".equals(e.getSQLState())) { //$NON-NLS-1$
				throw e;
			}
		}
	}

	/** True once the owner's account is stored: Derby then authenticates every connection against the database's own accounts. */
	private static boolean nativeAuthentication(Connection connection) throws SQLException {
		try (var statement = connection.createStatement();
				var provider = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY('derby.authentication.provider')")) { //$NON-NLS-1$
			return provider.next() && provider.getString(1) != null && provider.getString(1).startsWith("NATIVE"); //$NON-NLS-1$
		}
	}
}
