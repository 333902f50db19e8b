package org.minewatch.core;

/**
 * A record as it travels between databases (in an exchange package): its type, id and revision, and its
 * document exactly as the sender's store keeps it, so that the receiver stores the same bytes under the same id.
 */
public record RecordDocument(String type, String id, long revision, String content) {

	/** What receiving a record did to the receiving database. */
	public enum Received {
		/** The record was new here. */
		ADDED,
		/** The sender's revision was newer and replaced the one here. */
		UPDATED,
		/** The same revision with the same document was here already. */
		UNCHANGED,
		/** The revision here is newer than the sender's: it stays. */
		KEPT_NEWER
	}
}
