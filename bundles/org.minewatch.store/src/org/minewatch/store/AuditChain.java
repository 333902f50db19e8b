package org.minewatch.store;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minewatch.core.Sha256;
import org.minewatch.core.Actor;
import org.minewatch.core.AuditReport;
import org.minewatch.core.AuditReport.Kind;
import org.minewatch.core.AuditReport.Problem;
import org.minewatch.core.ChainHead;

/**
 * The audit chain: every change appends who, when, what, the hashes before and after and the
 * after-image, and a SHA-256 over the entry and the previous entry's hash. Appends are serialised by
 * a table lock, so concurrent writers never fork the chain.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64); //$NON-NLS-1$

	/** What was done to a record. */
	enum Action {
		CREATE, UPDATE, DELETE, VOID, SUPERSEDE,
		/** A batch of a bulk import: the after-image lists each record's id and document hash. */
		IMPORT,
		/** A record received from another database (an exchange package), written as its sender stored it. */
		RECEIVE,
		/**
		 * Derived rows written again from the proven documents ('admin rebuild-index'): the after-image lists each
		 * row that differed. No record's document changes.
		 */
		REINDEX,
		/**
		 * A person's database account changed by an administrator, or a sign-in refused (Accounts): record type
		 * Account, the account's name as record id, the after-image says what happened. No record changes.
		 */
		ACCOUNT
	}

	/** A verification: the report, and the rows found to differ from what the proven documents derive. */
	record Checked(AuditReport report, ProvenRows rows) {
	}

	/** One entry, as hashed. */
	record Entry(long seq, Instant at, String actorId, String actorName, String agencyId, String dbUser, Action action, String recordType,
			String recordId, long revision, String beforeSha256, String afterSha256, String algorithm, String previousHash) {

		String hash() {
			return Sha256.of(String.join("|", String.valueOf(seq), at.toString(), actorId, actorName, agencyId, dbUser, action.name(), recordType, recordId, //$NON-NLS-1$
					String.valueOf(revision), String.valueOf(beforeSha256), String.valueOf(afterSha256), algorithm, previousHash));
		}
	}

	/** Takes the chain for this transaction: other writers wait until it commits or rolls back. */
	static void lock(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LOCK TABLE mw_audit IN EXCLUSIVE MODE"); //$NON-NLS-1$
		}
	}

	static ChainHead head(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet last = statement.executeQuery("SELECT seq, hash FROM mw_audit ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) { //$NON-NLS-1$
			return last.next() ? new ChainHead(last.getLong(1), last.getString(2)) : new ChainHead(0, GENESIS);
		}
	}

	/** The database account of the connection: on a shared database, the person's own account. */
	static String databaseUser(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet user = statement.executeQuery("VALUES CURRENT_USER")) { //$NON-NLS-1$
			user.next();
			return user.getString(1);
		}
	}

	/** Appends an entry after the current head; call with the chain locked. */
	static ChainHead append(Connection connection, Actor actor, Instant at, Action action, String type, String id, long revision, String before,
			String after, String afterDocument) throws SQLException {
		ChainHead head = head(connection);
		Entry entry = new Entry(head.sequence() + 1, at, actor.personId(), actor.name(), actor.agencyId(), databaseUser(connection), action, type, id,
				revision, before, after, Sha256.ALGORITHM, head.hash());
		String hash = entry.hash();
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mw_audit (seq, entered_at, actor_id, actor_name, agency_id, db_user, " //$NON-NLS-1$
				+ "action, record_type, record_id, revision, before_sha256, after_sha256, after_document, algorithm, previous_hash, hash) " //$NON-NLS-1$
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			insert.setLong(1, entry.seq());
			insert.setTimestamp(2, Timestamp.from(at));
			insert.setString(3, entry.actorId());
			insert.setString(4, entry.actorName());
			insert.setString(5, entry.agencyId());
			insert.setString(6, entry.dbUser());
			insert.setString(7, action.name());
			insert.setString(8, type);
			insert.setString(9, id);
			insert.setLong(10, revision);
			insert.setString(11, before);
			insert.setString(12, after);
			insert.setString(13, afterDocument);
			insert.setString(14, entry.algorithm());
			insert.setString(15, entry.previousHash());
			insert.setString(16, hash);
			insert.executeUpdate();
		}
		return new ChainHead(entry.seq(), hash);
	}

	/**
	 * Checks every entry, the links, an exported head, every record against its latest after-image, the rows
	 * derived from each record's document, and attachment bytes.
	 */
	static Checked check(Connection connection, ChainHead exported, Documents.Reference reference) throws SQLException {
		List<Problem> problems = new ArrayList<>();
		Map<String, ProvenRows.Latest> latest = new HashMap<>();
		Map<Long, ProvenRows.Writer> writers = new HashMap<>();
		Map<Long, String> hashes = new HashMap<>();
		long entries = 0;
		String previous = GENESIS;
		long expectedSeq = 1;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT seq, entered_at, actor_id, actor_name, agency_id, action, record_type, record_id, revision, " //$NON-NLS-1$
						+ "before_sha256, after_sha256, after_document, algorithm, previous_hash, hash, db_user FROM mw_audit ORDER BY seq")) { //$NON-NLS-1$
			while (rows.next()) {
				entries++;
				long seq = rows.getLong(1);
				Entry entry = new Entry(seq, rows.getTimestamp(2).toInstant(), rows.getString(3), rows.getString(4), rows.getString(5),
						rows.getString(16), Action.valueOf(rows.getString(6)), rows.getString(7), rows.getString(8), rows.getLong(9), rows.getString(10),
						rows.getString(11), rows.getString(13), rows.getString(14));
				String stored = rows.getString(15);
				String document = text(rows.getClob(12));
				if (seq != expectedSeq) {
					problems.add(new Problem(Kind.BROKEN_LINK, String.valueOf(expectedSeq), "audit entries " + expectedSeq + " to " + (seq - 1) + " are missing")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				} else if (!entry.previousHash().equals(previous)) {
					problems.add(new Problem(Kind.BROKEN_LINK, String.valueOf(seq), "audit entry " + seq + " does not link to the entry before it")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				if (!entry.hash().equals(stored) || document != null && !Sha256.of(document).equals(entry.afterSha256())) {
					problems.add(new Problem(Kind.EDITED_ENTRY, String.valueOf(seq), "audit entry " + seq + " (" + entry.action() + " " + entry.recordType() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ " " + entry.recordId() + ") was edited: its content no longer matches its hash")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				writers.put(seq, new ProvenRows.Writer(entry.at(), entry.actorId(), entry.actorName()));
				if (entry.action() == Action.IMPORT && document != null) {
					for (String line : document.split("\n")) { //$NON-NLS-1$
						int space = line.indexOf(' ');
						if (space > 0) {
							latest.put(line.substring(0, space), new ProvenRows.Latest(Action.CREATE, line.substring(space + 1), seq));
						}
					}
				} else if (entry.action() != Action.REINDEX && entry.action() != Action.ACCOUNT) {
					latest.put(entry.recordId(), new ProvenRows.Latest(entry.action(), entry.afterSha256(), seq));
				}
				hashes.put(seq, stored);
				previous = stored;
				expectedSeq = seq + 1;
			}
		}
		if (exported != null && exported.sequence() > 0) {
			if (exported.sequence() >= expectedSeq) {
				problems.add(new Problem(Kind.TRUNCATED_TAIL, String.valueOf(expectedSeq), "the chain ends at entry " + (expectedSeq - 1) //$NON-NLS-1$
						+ " but a head exported earlier names entry " + exported.sequence() + ": entries after " + (expectedSeq - 1) + " were removed")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else if (!exported.hash().equals(hashes.get(exported.sequence()))) {
				problems.add(new Problem(Kind.REWRITTEN_CHAIN, String.valueOf(exported.sequence()), "entry " + exported.sequence() //$NON-NLS-1$
						+ " differs from the head exported earlier (" + exported + "): the chain was rewritten up to there")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		hashes.clear();
		ProvenRows derived = new ProvenRows(connection, reference, latest, writers, problems);
		long records = derived.check();
		latest.forEach((id, entry) -> {
			if (entry.action() != Action.DELETE) {
				problems.add(new Problem(Kind.UNAUDITED_CHANGE, id, "record " + id + " was removed without an audit entry")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		verifyContent(connection, problems);
		return new Checked(new AuditReport(entries, records, problems), derived);
	}

	private static void verifyContent(Connection connection, List<Problem> problems) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT sha256, content FROM mw_content")) { //$NON-NLS-1$
			while (rows.next()) {
				if (!Sha256.of(rows.getBytes(2)).equals(rows.getString(1))) {
					problems.add(new Problem(Kind.ATTACHMENT_CHANGED, rows.getString(1), "the attachment bytes stored under " + rows.getString(1) //$NON-NLS-1$
							+ " no longer match that SHA-256")); //$NON-NLS-1$
				}
			}
		}
	}

	static String text(Clob clob) throws SQLException {
		return clob == null ? null : clob.getSubString(1, (int) clob.length());
	}

	private AuditChain() {
	}
}
