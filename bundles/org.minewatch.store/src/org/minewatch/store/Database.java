package org.minewatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.minewatch.core.StoreException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Opens connections to an embedded Derby database in a folder. In OSGi, DriverManager refuses a
 * driver from another bundle's class loader, so the driver is loaded through the derby bundle and
 * asked directly.
 */
final class Database {

	private static final String DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver"; //$NON-NLS-1$

	private final Path folder;
	private final Driver driver;

	Database(Path folder) {
		this.folder = folder.toAbsolutePath();
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			// keep derby.log beside the database, not in whatever directory the suite was started from
			System.setProperty("derby.stream.error.file", this.folder.resolveSibling(this.folder.getFileName() + "-derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		this.driver = loadDriver();
	}

	Path folder() {
		return folder;
	}

	/** A connection with auto-commit off; the database is created on the first one. */
	Connection open() {
		try {
			Connection connection = driver.connect("jdbc:derby:" + folder + ";create=true", new Properties()); //$NON-NLS-1$ //$NON-NLS-2$
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			return connection;
		} catch (SQLException e) {
			throw new StoreException("cannot open the database at " + folder + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Shuts the database down so its files can be copied, moved or deleted. */
	void shutdown() {
		try {
			driver.connect("jdbc:derby:" + folder + ";shutdown=true", new Properties()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			// Derby reports a successful shutdown of one database as SQLState 08006
			if (!"08006".equals(e.getSQLState())) { //$NON-NLS-1$
				throw new StoreException("cannot shut down the database at " + folder + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static Driver loadDriver() {
		try {
			Bundle derby = FrameworkUtil.getBundle(org.apache.derby.authentication.UserAuthenticator.class);
			Class<?> type = derby != null ? derby.loadClass(DRIVER) : Class.forName(DRIVER);
			return (Driver) type.getDeclaredConstructor().newInstance();
		} catch (ReflectiveOperationException e) {
			throw new StoreException("the Derby driver is missing from this installation: " + e, e); //$NON-NLS-1$
		}
	}
}
