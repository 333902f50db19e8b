package org.minewatch.demo;

import java.time.LocalDate;

import org.minewatch.model.refdata.ReferenceData;

/** The shipped reference data and a demo data set, loaded once for all tests that only read them. */
final class Shipped {

	static final LocalDate DEMO_DAY = LocalDate.of(2021, 11, 29);
	static final long SEED = 20210201L;

	private static ReferenceData reference;

	static synchronized ReferenceData reference() {
		if (reference == null) {
			reference = ReferenceData.loadShipped();
		}
		return reference;
	}

	/** A fresh demo data set over fresh reference data (tests may change it). */
	static DemoDataSet demo(long seed) {
		return DemoData.generate(seed, ReferenceData.loadShipped(), DEMO_DAY);
	}

	private Shipped() {
	}
}
