package org.minewatch.desk;

import org.minewatch.core.Actor;

/**
 * Who acts at this desktop: the person every write records, and whether they may write at all (a database that
 * names no official to act as is browsed, not changed). {@link DeskServices} sets it in the application's context
 * once the store is open, and again when another person is chosen; parts inject it.
 */
public record Acting(Actor actor, boolean canWrite) {

	/** Who reads when nobody acts yet: reads are not audited, they still name who reads. */
	public static final Actor READER = new Actor("desktop", "desktop", "desktop"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** Browsing only. */
	public static final Acting BROWSING = new Acting(READER, false);
}
