package org.minewatch.demo.national;

/**
 * How many records of each type a run writes and where each agency sits in the agency numbering. Everything
 * here is arithmetic on the scale and the county list, so any writer can work out any reference on its own.
 */
final class Plan {

	/** The record counts at scale 1.0. */
	static final long ENTERPRISES = 20_000;
	static final long MINES = 100_000;
	static final long INSPECTIONS = 100_000;
	static final long ITEM_RESULTS = 10_000_000;
	static final long HAZARDS = 3_000_000;

	/** The starter checklist template has a fixed size, whatever the scale. */
	static final int CHECKLIST_ITEMS = 221;

	final double scale;
	final Keys keys;
	final Counties counties;
	final long enterprises;
	/** Enterprises 0 .. groups-1 are the groups, so a parent is simply an index below this. */
	final long groups;
	final long mines;
	final long inspections;
	final long itemResults;
	final long hazards;

	Plan(long seed, double scale, Counties counties) {
		if (!(scale > 0) || scale > 10_000) {
			throw new IllegalArgumentException("scale must be in (0, 10000]: " + scale);
		}
		this.scale = scale;
		this.keys = new Keys(seed);
		this.counties = counties;
		this.enterprises = scaled(ENTERPRISES);
		this.groups = Math.max(1, Math.round(enterprises * 0.05));
		this.mines = scaled(MINES);
		this.inspections = scaled(INSPECTIONS);
		this.itemResults = scaled(ITEM_RESULTS);
		this.hazards = scaled(HAZARDS);
	}

	/** Round counts, but at least one of each so that every reference has a target. */
	private long scaled(long base) {
		return Math.max(1, Math.round(base * scale));
	}

	// The agency numbering: the national bureau, then one supervision bureau per province, then one provincial
	// local regulator per province, then one local regulator per county.

	long agencies() {
		return 1 + 2L * counties.provinceCount() + counties.countyCount();
	}

	long nationalBureau() {
		return 0;
	}

	long supervisionBureau(int province) {
		return 1 + province;
	}

	long provincialRegulator(int province) {
		return 1 + counties.provinceCount() + province;
	}

	long countyRegulator(int county) {
		return 1 + 2L * counties.provinceCount() + county;
	}

	String agencyId(long agencyIndex) {
		return keys.uuid(RecordType.AGENCY, agencyIndex);
	}

	/** Persons: three per agency first, then two per mine. */
	long persons() {
		return 3 * agencies() + 2 * mines;
	}
}
