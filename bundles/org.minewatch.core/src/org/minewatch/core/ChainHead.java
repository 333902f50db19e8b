package org.minewatch.core;

/** The newest entry of the audit chain: its sequence number and hash. Exported, it pins the history up to it. */
public record ChainHead(long sequence, String hash) {

	@Override
	public String toString() {
		return sequence + ":" + hash; //$NON-NLS-1$
	}

	/** Reads the form {@link #toString()} prints. */
	public static ChainHead parse(String text) {
		int colon = text.indexOf(':');
		if (colon < 1) {
			throw new IllegalArgumentException("not a chain head (sequence:hash): " + text); //$NON-NLS-1$
		}
		return new ChainHead(Long.parseLong(text.substring(0, colon).strip()), text.substring(colon + 1).strip());
	}
}
