package org.minewatch.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import org.minewatch.core.Sha256;
import org.minewatch.core.Actor;
import org.minewatch.core.AuditReport;
import org.minewatch.core.ChainHead;
import org.minewatch.core.Store;
import org.minewatch.core.StoreException;
import org.minewatch.core.VocabularyRevisions;
import org.minewatch.model.refdata.ReferenceData;

/**
 * The store on an embedded Derby database in a folder: schema migrated at open (a newer schema is
 * refused, untouched), one connection and one transaction per unit of work.
 */
public final class JdbcStore implements Store, AutoCloseable {

	private final Database database;
	/** The reference data as shipped; {@link #reference} adds the bureau's revisions of its vocabularies. */
	private final ReferenceData shipped;
	private volatile Documents.Reference reference;
	private final Clock clock;
	private final int versionFound;

	private JdbcStore(Database database, ReferenceData shipped, Clock clock, int versionFound) {
		this(database, shipped, new Documents.Reference(shipped), clock, versionFound);
	}

	private JdbcStore(Database database, ReferenceData shipped, Documents.Reference reference, Clock clock, int versionFound) {
		this.database = database;
		this.shipped = shipped;
		this.reference = reference;
		this.clock = clock;
		this.versionFound = versionFound;
	}

	/** The same open database seen through another clock (closing either closes the database). */
	JdbcStore withClock(Clock other) {
		return new JdbcStore(database, shipped, reference, other, versionFound);
	}

	/** Reads the bureau's revisions of the vocabularies and sees the reference data through them from now on. */
	private void applyVocabularyRevisions(Actor actor) {
		ReferenceData revised = run(actor, session -> VocabularyRevisions.apply(shipped, session), false);
		reference = new Documents.Reference(revised);
	}

	/** Opens (and creates, if absent) the database in {@code folder} and brings its schema up to date. */
	public static JdbcStore open(Path folder, ReferenceData reference, Clock clock) {
		return open(folder, reference, clock, new Migrations(Migrations.ALL));
	}

	static JdbcStore open(Path folder, ReferenceData reference, Clock clock, Migrations migrations) {
		try {
			Files.createDirectories(folder.toAbsolutePath().getParent());
		} catch (java.io.IOException e) {
			throw Texts.failure("database.cannotCreateFolder", e, folder, e.getMessage()); //$NON-NLS-1$
		}
		DatabaseFolder.prepareForCreate(folder.toAbsolutePath()); // a creation killed before it finished starts afresh
		return open(Database.embedded(folder), reference, clock, migrations, true);
	}

	/**
	 * Connects to a bureau's shared database as a person's own account. Its schema must be exactly the
	 * one this suite knows: an administrator migrates it, never a desktop.
	 */
	public static JdbcStore connect(String url, String user, String password, ReferenceData reference, Clock clock) {
		Database database = Database.client(url, user, password);
		Accounts.signIn(database, user, clock.instant()); // a disabled or locked account goes no further; a wrong password is counted
		return open(database, reference, clock, new Migrations(Migrations.ALL), false);
	}

	/**
	 * A person changes their own password on a shared database: signed in with the old one, the new one meets
	 * {@link Accounts}' rules; the change is an entry of the audit chain. Neither password is kept.
	 */
	public static void changePassword(String url, String user, String oldPassword, String newPassword, Clock clock) {
		Database database = Database.client(url, user, oldPassword);
		Accounts.signIn(database, user, clock.instant());
		Accounts.changeOwn(database, user, newPassword, clock.instant());
	}

	/** The person changed this account's password ({@link #changePassword}): the next connections use the new one. */
	void passwordChanged(String newPassword) {
		database.newPassword(newPassword);
	}

	/** Opens an existing embedded database as it is, without migrating it (for inspection: head, verify). */
	public static JdbcStore inspect(Path folder, String user, String password, ReferenceData reference, Clock clock) {
		return open(Database.existing(folder, user, password), reference, clock, new Migrations(Migrations.ALL), false);
	}

	static JdbcStore open(Database database, ReferenceData reference, Clock clock, Migrations migrations, boolean migrate) {
		String folder = database.where();
		JdbcStore opened = openSchema(database, reference, clock, migrations, migrate, folder);
		try {
			opened.applyVocabularyRevisions(SYSTEM);
		} catch (StoreException e) {
			// a revision this suite cannot read (written by hand into the database): the shipped terms, and say so
			System.getLogger(JdbcStore.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
		}
		return opened;
	}

	/** Who reads the store's own settings when it opens (the bureau's vocabularies, a demo database's day). */
	static final Actor SYSTEM = new Actor("minewatch", "Minewatch", "minewatch"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static JdbcStore openSchema(Database database, ReferenceData reference, Clock clock, Migrations migrations, boolean migrate, String folder) {
		try (Connection connection = database.open()) {
			try {
				int found;
				if (migrate) {
					found = migrations.migrate(connection, folder);
				} else {
					if (database.isEmbedded() && Migrations.version(connection) == 0) {
						// a creation killed after Derby made the database but before the schema: nothing is in it, and
						// no administrator migrates an embedded database; the command that creates it starts it afresh
						throw Texts.refusal("database.halfCreated", folder); //$NON-NLS-1$
					}
					migrations.requireCurrent(connection, folder);
					found = migrations.latest();
				}
				connection.commit();
				return new JdbcStore(database, reference, clock, found);
			} catch (SQLException | RuntimeException e) {
				Database.rollback(connection, e);
				throw e;
			}
		} catch (SQLException e) {
			throw Texts.failure("database.cannotOpen", e, folder, e.getMessage()); //$NON-NLS-1$
		} catch (RuntimeException e) {
			try {
				database.shutdown();
			} catch (StoreException notBooted) {
				e.addSuppressed(notBooted); // what went wrong first is what the person needs to read
			}
			throw e;
		}
	}

	/** True when this open created the database (its schema version was 0). */
	public boolean isNew() {
		return versionFound == 0;
	}

	@Override
	public <T> T read(Actor actor, Work<T> work) {
		return run(actor, work, false);
	}

	@Override
	public <T> T write(Actor actor, Work<T> work) {
		return run(actor, work, true);
	}

	private <T> T run(Actor actor, Work<T> work, boolean write) {
		try (Connection connection = database.open()) {
			try {
				JdbcSession session = new JdbcSession(connection, actor, clock.instant(), reference);
				T result = work.run(session);
				if (session.hasChanges() && !write) {
					throw Texts.refusal("work.readOnly"); //$NON-NLS-1$
				}
				boolean vocabularyRevised = session.changedSetting(VocabularyRevisions.PREFIX);
				session.flush();
				connection.commit();
				if (vocabularyRevised) {
					applyVocabularyRevisions(actor); // the next units of work see the revised terms
				}
				return result;
			} catch (SQLException | RuntimeException e) {
				Database.rollback(connection, e);
				throw e;
			}
		} catch (SQLException | RuntimeException e) {
			if (Database.diskFull(e)) {
				throw Texts.failure("work.diskFull", e, database.where()); //$NON-NLS-1$
			}
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw Texts.failure("work.failed", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	@Override
	public Clock clock() {
		return clock;
	}

	@Override
	public ChainHead head() {
		try (Connection connection = connection()) {
			return AuditChain.head(connection);
		} catch (SQLException e) {
			throw Texts.failure("chain.unreadable", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	@Override
	public AuditReport verify(ChainHead exported) {
		return check(exported).report();
	}

	/** Verifies, keeping what differs from the proven documents (for {@link #rebuildIndex}). */
	AuditChain.Checked check(ChainHead exported) {
		try (Connection connection = connection()) {
			return AuditChain.check(connection, exported, reference);
		} catch (SQLException e) {
			throw Texts.failure("chain.unverifiable", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	/**
	 * Writes again, from the proven documents, every derived row that differs from them (record metadata, index
	 * and history rows, settings' keys, attachments' links) and removes rows no proven record derives, with an
	 * audit entry (REINDEX) for each batch naming what it changed. No document is touched. Refused, changing
	 * nothing, while anything the documents cannot repair is wrong (the chain, a document, attachment bytes).
	 */
	public IndexRebuild.Rebuilt rebuildIndex(Actor actor) {
		return IndexRebuild.run(this, actor);
	}

	/** The database folder (embedded), or null. */
	public Path folder() {
		return database.folder();
	}

	/** A SHA-256 over every record's id, revision and document hash, in id order: equal digests, equal records. */
	public String recordsDigest() {
		try (Connection connection = connection(); java.sql.Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("SELECT id, revision, document_sha256 FROM mw_record ORDER BY id")) { //$NON-NLS-1$
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance(Sha256.ALGORITHM);
			long count = 0;
			while (rows.next()) {
				digest.update((rows.getString(1) + ' ' + rows.getLong(2) + ' ' + rows.getString(3) + '\n').getBytes(java.nio.charset.StandardCharsets.UTF_8));
				count++;
			}
			return count + " records, " + java.util.HexFormat.of().formatHex(digest.digest()); //$NON-NLS-1$
		} catch (SQLException | java.security.NoSuchAlgorithmException e) {
			throw Texts.failure("records.unreadable", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	Database database() {
		return database;
	}

	Documents.Reference referenceResources() {
		return reference;
	}

	/** Where the database is, for messages. */
	public String where() {
		return database.where();
	}

	/** A connection in auto-commit mode, for reading outside a unit of work, administration and tests. */
	/**
	 * A plain JDBC connection to the database, autocommitting, which the caller closes: for the store's own checks and
	 * for tools that measure the store against bare JDBC (the benchmark). Nothing the suite's areas use.
	 */
	public Connection connection() {
		Connection connection = database.open();
		try {
			connection.setAutoCommit(true);
		} catch (SQLException e) {
			throw Texts.failure("connect.noConnection", e, e.getMessage()); //$NON-NLS-1$
		}
		return connection;
	}

	@Override
	public void close() {
		database.shutdown();
	}
}
