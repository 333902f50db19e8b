package org.minewatch.core;

/**
 * Work a bundle does once the store is open at a desktop's start, for the person acting there (e.g. storing the
 * checklist templates its sources offer that the database lacks). A task that fails is reported with its name and
 * left out; the desktop starts anyway.
 */
public interface StartupTask {

	/** What the task does, in the person's language (the status line names it when it fails). */
	String name();

	/** Does the work and says what it did (for the log); refused with a {@link MinewatchException} saying why. */
	String run(Actor actor);
}
