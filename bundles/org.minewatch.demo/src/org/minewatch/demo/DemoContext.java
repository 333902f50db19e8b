package org.minewatch.demo;

import java.time.LocalDate;

import org.minewatch.model.base.Record;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.refdata.ReferenceData;

/** What the demo builders share: chance, reference data, the day the data stands on, and the output. */
record DemoContext(DemoRandom random, ReferenceData reference, LocalDate today, DemoDataSet data) {

	static final LocalDate CAMPAIGN_START = LocalDate.of(2021, 2, 1);

	/** Gives {@code record} a UUID, its owner and a first revision. */
	<R extends Record> R identify(R record, Agency owner) {
		record.setId(random.uuid());
		record.setOwner(owner);
		record.setRevision(1);
		record.setCreatedAt(random.during(CAMPAIGN_START.minusDays(random.between(1, 400))));
		return record;
	}
}
