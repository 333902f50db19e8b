package org.minewatch.demo;

import java.time.LocalDate;

import org.minewatch.model.refdata.ReferenceData;

/**
 * Demo data for the suite and the tests: the provinces and places the 2021 bulletin names, tens
 * of enterprises, a few hundred mines with believable classifications, inspections of the three
 * kinds, hazards in every state, schedules, reports and enforcement documents. Deterministic: the
 * same seed, reference data and date give the same data, ids included. The data satisfies every
 * constraint of the model.
 */
public final class DemoData {

	/** Generates the demo data as it stands on {@code today} (the campaign started on 2021-02-01). */
	public static DemoDataSet generate(long seed, ReferenceData reference, LocalDate today) {
		DemoContext context = new DemoContext(new DemoRandom(seed), reference, today, new DemoDataSet(reference));
		new DemoRegistry(context).build();
		new DemoInspections(context).build();
		new DemoPlans(context).build();
		return context.data();
	}

	private DemoData() {
	}
}
