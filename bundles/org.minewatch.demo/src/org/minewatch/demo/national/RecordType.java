package org.minewatch.demo.national;

/**
 * The record streams of the generator. Each has a fixed code that goes into the random key instead of the
 * ordinal, so that reordering or adding constants never changes the data of the others.
 */
enum RecordType {

	AGENCY(1),
	ENTERPRISE(2),
	MINE(3),
	MINE_STATUS(4),
	MINE_CLASSIFICATION(5),
	PERSON(6),
	CHECKLIST_ITEM(7),
	INSPECTION(8),
	ITEM_RESULT(9),
	HAZARD(10),
	/** The jitter of the boundaries between the item results of consecutive inspections. */
	RESULT_SPLIT(11);

	final long code;

	RecordType(long code) {
		this.code = code;
	}
}
