package org.minewatch.core;

/** How long work (an export, an import) tells how far it has come and learns that it was cancelled. */
public interface Progress {

	Progress NONE = new Progress() {
		@Override
		public void begin(long total) {
			// nobody watches
		}

		@Override
		public void worked(int units) {
			// nobody watches
		}

		@Override
		public boolean cancelled() {
			return false;
		}
	};

	/** The work has {@code total} units. */
	void begin(long total);

	void worked(int units);

	/** True once the person cancelled: the work stops and leaves nothing half done. */
	boolean cancelled();
}
