package org.minewatch.core;

/**
 * A stored row that differs from what a record's proven document (and its audit entry) derive: the record
 * row's metadata, an index row, a history row, a setting's key, an attachment's link. A {@code column} of
 * null means the whole row: stored without a record to derive it ({@code derived} null), or derived but
 * missing ({@code stored} null).
 *
 * @param table    the table, e.g. {@code mw_hazard}
 * @param recordId the record the row belongs to (its id, or a mine's id for its history rows)
 * @param column   the column that differs, or null for the whole row
 * @param stored   the value in the table, as text (null: none, or no row)
 * @param derived  the value derived from the document, as text (null: none, or no row)
 */
public record RowDifference(String table, String recordId, String column, String stored, String derived) {

	/** A sentence naming the table, the record, the column and both values. */
	public String message() {
		if (column == null) {
			return stored == null ? table + " has no row " + derived + " for record " + recordId + ", which its document derives" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: table + " has a row " + stored + " for record " + recordId + " that no proven document derives"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return table + "." + column + " of record " + recordId + ": stored " + stored + ", derived from its proven document " + derived; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
