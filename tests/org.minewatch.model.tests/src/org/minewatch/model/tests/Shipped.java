package org.minewatch.model.tests;

import org.minewatch.model.refdata.ReferenceData;

/** The shipped reference data, loaded once for all tests that only read it. */
final class Shipped {

	private static ReferenceData reference;

	static synchronized ReferenceData reference() {
		if (reference == null) {
			reference = ReferenceData.loadShipped();
		}
		return reference;
	}

	private Shipped() {
	}
}
