package org.minewatch.schedule;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule a province plugin contributes to the plan (Shanxi's 两人一矿: two commissioners per coal mine), registered as
 * an OSGi service; {@link ScheduleService} collects every one, whiteboard style, and applies those whose provinces
 * include the mine's. A rule that throws is reported in the plan as a rule that failed and left out; it never stops
 * the plan.
 */
public interface ScheduleRule {

	/** A stable id, e.g. {@code shanxi.twoPerMine}; duties it adds carry it as their rule. */
	String id();

	/** The provinces (six-digit division codes, e.g. 140000) where it applies; empty: everywhere. */
	Set<String> provinces();

	/** Its name in the person's language. */
	String title(Locale locale);

	/** Where it comes from (the province's document), in the person's language. */
	String source(Locale locale);

	/**
	 * The duties of a mine for the period once this rule is applied: {@code duties} are those of the rules before it
	 * (change them, add to them, return them as they are). {@code period} says when and the bureau's settings.
	 */
	List<Duty> apply(MineFacts mine, Period period, List<Duty> duties);

	/** The period a plan is made for and the bureau's settings. */
	record Period(java.time.LocalDate from, java.time.LocalDate to, ScheduleSettings settings) {
	}
}
