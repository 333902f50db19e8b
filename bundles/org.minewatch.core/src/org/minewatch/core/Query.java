package org.minewatch.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.minewatch.model.base.Record;

/**
 * A query over the indexed fields of one record type, e.g. the mines of a county that were
 * stopped on a date, or the hazards of a mine due before a day. Field names are the store's
 * indexed fields for the type (see docs/store.md); the store refuses others by name.
 */
public final class Query<R extends Record> {

	/** How a field is compared. */
	public enum Op {
		EQUALS, IN, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL,
		/** Text that contains the value, ignoring case (a filter as you type). */
		CONTAINS,
		/** The field has no value (e.g. an enterprise without a parent group); see {@link Query#whereMissing}. */
		MISSING,
		/** The field has a value (e.g. a hazard that repeats an earlier one); see {@link Query#wherePresent}. */
		PRESENT
	}

	/** One condition: field, comparison, value (a collection for IN). */
	public record Condition(String field, Op op, Object value) {
	}

	private final Class<R> type;
	private final List<Condition> conditions = new ArrayList<>();
	private String orderBy;
	private boolean includeVoided;
	private LocalDate asOf;

	private Query(Class<R> type) {
		this.type = type;
	}

	public static <R extends Record> Query<R> of(Class<R> type) {
		return new Query<>(type);
	}

	public Query<R> where(String field, Object value) {
		return where(field, Op.EQUALS, value);
	}

	public Query<R> where(String field, Op op, Object value) {
		if (value == null) {
			throw new IllegalArgumentException("no value for " + field); //$NON-NLS-1$
		}
		conditions.add(new Condition(field, op, value));
		return this;
	}

	/** Only records where the field has no value. */
	public Query<R> whereMissing(String field) {
		return where(field, Op.MISSING, Boolean.TRUE);
	}

	/** Only records where the field has a value. */
	public Query<R> wherePresent(String field) {
		return where(field, Op.PRESENT, Boolean.TRUE);
	}

	public Query<R> whereIn(String field, Collection<?> values) {
		return where(field, Op.IN, List.copyOf(values));
	}

	/** Sorts by this field, then by id; without it, by id. */
	public Query<R> orderBy(String field) {
		this.orderBy = field;
		return this;
	}

	/** Fields with a history (a mine's status and classes) are compared as they were on {@code date}; default today. */
	public Query<R> asOf(LocalDate date) {
		this.asOf = date;
		return this;
	}

	/** Voided legal records are left out unless asked for. */
	public Query<R> includingVoided() {
		this.includeVoided = true;
		return this;
	}

	public Class<R> type() {
		return type;
	}

	public List<Condition> conditions() {
		return List.copyOf(conditions);
	}

	public String orderField() {
		return orderBy;
	}

	public LocalDate asOfDate() {
		return asOf;
	}

	public boolean includesVoided() {
		return includeVoided;
	}
}
