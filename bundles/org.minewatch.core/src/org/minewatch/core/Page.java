package org.minewatch.core;

import java.util.List;

/** One page of a query's results (records or index rows), and the request for the next page (null after the last). */
public record Page<T>(List<T> items, PageRequest next) {

	public boolean hasNext() {
		return next != null;
	}
}
