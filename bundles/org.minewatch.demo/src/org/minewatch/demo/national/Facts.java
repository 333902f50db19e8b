package org.minewatch.demo.national;

import java.util.SplittableRandom;

/**
 * The facts about a record that other records refer to, drawn first from the record's random numbers. A writer
 * calls {@code draw} with the record's own random and goes on drawing the rest; a referrer calls the one-argument
 * method, which repeats the same first draws and so arrives at the same facts without anything being stored.
 */
final class Facts {

	static final String[] MINE_KINDS = { "UNDERGROUND_COAL", "OPEN_PIT_COAL", "UNDERGROUND_NON_COAL", "TAILINGS_POND" };
	private static final int[] MINE_KIND_WEIGHTS = { 35, 8, 40, 17 };

	static final String[] INSPECTION_KINDS = { "SELF_INSPECTION", "REGULATORY_INVESTIGATION", "STATE_ENFORCEMENT" };
	private static final int[] INSPECTION_KIND_WEIGHTS = { 60, 30, 10 };
	private static final int STATE_ENFORCEMENT = 2;

	static final String[] INSPECTION_STATUSES = { "PLANNED", "IN_PROGRESS", "COMPLETED", "SUBMITTED", "ACCEPTED",
			"REJECTED" };
	private static final int[] INSPECTION_STATUS_WEIGHTS = { 3, 5, 15, 20, 52, 5 };
	/** Statuses from this index on have a completion instant. */
	private static final int FIRST_COMPLETED_STATUS = 2;

	record Enterprise(long index, int county, boolean group, long parent) {
	}

	record Mine(long index, long enterprise, int county, int kind) {

		boolean coal() {
			return kind <= 1;
		}
	}

	/** {@code completedAt} is a second of 2021 (see {@link Dates}), or -1 while the inspection is not done. */
	record Inspection(long index, long mine, int kind, int status, int plannedDay, long completedAt, int firstItem) {
	}

	private final Plan plan;

	Facts(Plan plan) {
		this.plan = plan;
	}

	Enterprise enterprise(long index) {
		return drawEnterprise(index, plan.keys.random(RecordType.ENTERPRISE, index));
	}

	Enterprise drawEnterprise(long index, SplittableRandom random) {
		int county = random.nextInt(plan.counties.countyCount());
		boolean group = index < plan.groups;
		long parent = -1;
		// About 40% of the ordinary enterprises belong to a group.
		if (!group && random.nextDouble() < 0.4) {
			parent = random.nextLong(plan.groups);
		}
		return new Enterprise(index, county, group, parent);
	}

	Mine mine(long index) {
		return drawMine(index, plan.keys.random(RecordType.MINE, index));
	}

	/** A mine belongs to an ordinary enterprise (a group only if there is nothing else) and lies in its county. */
	Mine drawMine(long index, SplittableRandom random) {
		long ordinary = plan.enterprises - plan.groups;
		long enterprise = ordinary > 0 ? plan.groups + random.nextLong(ordinary) : random.nextLong(plan.enterprises);
		int kind = Keys.weighted(random, MINE_KIND_WEIGHTS);
		return new Mine(index, enterprise, enterprise(enterprise).county(), kind);
	}

	Inspection inspection(long index) {
		return drawInspection(index, plan.keys.random(RecordType.INSPECTION, index));
	}

	Inspection drawInspection(long index, SplittableRandom random) {
		long mine = random.nextLong(plan.mines);
		int kind = Keys.weighted(random, INSPECTION_KIND_WEIGHTS);
		int status = Keys.weighted(random, INSPECTION_STATUS_WEIGHTS);
		int plannedDay = random.nextInt(Dates.DAYS);
		long completedAt = -1;
		if (status >= FIRST_COMPLETED_STATUS) {
			int day = Math.min(Dates.DAYS - 1, plannedDay + random.nextInt(4));
			completedAt = Dates.officeHours(day, random);
		}
		int firstItem = random.nextInt(Plan.CHECKLIST_ITEMS);
		return new Inspection(index, mine, kind, status, plannedDay, completedAt, firstItem);
	}

	/** The county local regulator that owns the mine's records. */
	long mineOwner(Mine mine) {
		return plan.countyRegulator(mine.county());
	}

	/** State enforcement is done by the supervision bureau of the province; the rest by the county regulator. */
	long inspectionOwner(Inspection inspection, Mine mine) {
		if (inspection.kind() == STATE_ENFORCEMENT) {
			return plan.supervisionBureau(plan.counties.provinceOf(mine.county()));
		}
		return mineOwner(mine);
	}
}
