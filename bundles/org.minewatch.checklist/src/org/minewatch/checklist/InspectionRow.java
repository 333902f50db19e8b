package org.minewatch.checklist;

import java.time.LocalDate;

import org.minewatch.core.IndexRow;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;

/** An inspection as the list shows it, read from its index row (its document is loaded only when opened). */
public record InspectionRow(String id, String mineName, InspectionKind kind, InspectionStatus status, LocalDate plannedStart) {

	public static InspectionRow of(IndexRow row) {
		return new InspectionRow(row.id(), row.text("mineName"), InspectionKind.get(row.text("kind")), //$NON-NLS-1$ //$NON-NLS-2$
				InspectionStatus.get(row.text("status")), (LocalDate) row.get("plannedStart")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
