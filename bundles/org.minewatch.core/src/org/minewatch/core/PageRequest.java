package org.minewatch.core;

/**
 * A page of a query: its size and the key of the last record of the page before (keyset paging:
 * each page is an index range scan, however deep the paging goes).
 */
public record PageRequest(int size, String after) {

	public PageRequest {
		if (size < 1 || size > 10_000) {
			throw new IllegalArgumentException("page size must be 1..10000: " + size); //$NON-NLS-1$
		}
	}

	public static PageRequest first(int size) {
		return new PageRequest(size, null);
	}
}
