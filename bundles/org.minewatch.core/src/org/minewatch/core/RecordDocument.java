package org.minewatch.core;

import java.util.List;

/**
 * A record as it travels between databases (in an exchange package): its type, id and revision, its document
 * exactly as the sender's store keeps it, so that the receiver stores the same bytes under the same id, and its
 * history there: the SHA-256 of each version the record had in the sender's database, oldest first, as its
 * audit chain records them. With the history the receiver tells a newer version of its own copy from one changed
 * apart.
 */
public record RecordDocument(String type, String id, long revision, String content, List<String> history) {

	public RecordDocument {
		history = List.copyOf(history);
	}

	/** What receiving a record did to the receiving database. */
	public enum Received {
		/** The record was new here. */
		ADDED,
		/** The sender's version grew from the one here, and replaced it. */
		UPDATED,
		/** The same version was here already. */
		UNCHANGED,
		/** The version here grew from the sender's: it stays. */
		KEPT_NEWER,
		/** A record the package only refers to (a mine, a person, a template) was here already: the copy here stays. */
		KEPT_HERE
	}
}
