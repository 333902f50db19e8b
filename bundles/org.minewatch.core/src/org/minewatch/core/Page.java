package org.minewatch.core;

import java.util.List;

import org.minewatch.model.base.Record;

/** One page of records, and the request for the next page (null after the last). */
public record Page<R extends Record>(List<R> items, PageRequest next) {

	public boolean hasNext() {
		return next != null;
	}
}
