package org.minewatch.core;

import java.util.List;

/**
 * The outcome of verifying the audit chain: intact, or the problems found, the first one first.
 *
 * @param entries  how many audit entries were checked
 * @param records  how many current records were checked against their latest after-image
 * @param problems empty when everything holds
 */
public record AuditReport(long entries, long records, List<Problem> problems) {

	/** What can be wrong. */
	public enum Kind {
		/** An entry's content no longer matches its hash. */
		EDITED_ENTRY,
		/** An entry does not link to the hash of the one before it. */
		BROKEN_LINK,
		/** The chain differs from a head exported earlier: it was rewritten and rehashed. */
		REWRITTEN_CHAIN,
		/** Entries after an exported head are missing. */
		TRUNCATED_TAIL,
		/** A record differs from the latest after-image the chain holds for it, or has none. */
		UNAUDITED_CHANGE,
		/** An attachment's bytes do not match their SHA-256. */
		ATTACHMENT_CHANGED,
		/**
		 * A record row's metadata (type, owner, revision, voided mark, modified by and at) differs from what its
		 * proven document and latest audit entry say.
		 */
		RECORD_METADATA_CHANGED,
		/**
		 * An index row (the mw_* tables lists, boards and counts read), a mine's history row, a setting's key or an
		 * attachment's link differs from what the record's proven document derives, or has no record.
		 */
		INDEX_MISMATCH
	}

	/**
	 * One problem: what, the entry sequence or record id it is at, and a sentence saying it; for a row that
	 * differs from what is derived, the difference itself (else null).
	 */
	public record Problem(Kind kind, String at, String message, RowDifference difference) {

		public Problem(Kind kind, String at, String message) {
			this(kind, at, message, null);
		}

		/** A row that differs from what its proven document derives. */
		public Problem(Kind kind, RowDifference difference) {
			this(kind, difference.recordId(), difference.message(), difference);
		}
	}

	public AuditReport {
		problems = List.copyOf(problems);
	}

	public boolean intact() {
		return problems.isEmpty();
	}
}
