package org.minewatch.schedule;

/** What a duty asks of the people who take it. */
public enum DutyKind {
	/** 驻矿盯守: a resident monitor at a stopped, closing or exiting mine for one rotation period. */
	RESIDENT_WATCH,
	/** 突击检查或巡查: the quarterly surprise check or patrol of a closed or stopped mine by the state agency. */
	CLOSED_MINE_CHECK,
	/** 全系统各环节监察执法: the yearly whole-system enforcement visit of a producing or constructing mine. */
	ENFORCEMENT_VISIT,
	/** 复工复产前检查: the inspection a stopped mine needs before it may resume. */
	RESUMPTION_CHECK,
	/** A standing charge without days of its own (Shanxi's 两人一矿 commissioners): the people answer for the mine all period. */
	STANDING_CHARGE;

	/** Whether a duty of this kind takes days in the calendar. */
	public boolean timed() {
		return this != STANDING_CHARGE;
	}
}
