package org.minewatch.core;

import org.minewatch.model.refdata.ReferenceData;

/**
 * Fills a desktop's new, empty database: the demo data of the optional demo feature. A service; without one (an
 * installation without the demo feature) a new database stays empty.
 */
public interface DatabaseSeed {

	/** The bureau setting that marks a demo database, with the day its data stands on: the desktop shows it on that day. */
	String DEMO_DAY_SETTING = "demo.day"; //$NON-NLS-1$

	/** Fills the store in units of work of its own and marks it with {@link #DEMO_DAY_SETTING}; returns the records written. */
	int fill(Store store, ReferenceData reference);
}
