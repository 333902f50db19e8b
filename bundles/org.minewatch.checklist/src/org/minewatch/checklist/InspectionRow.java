package org.minewatch.checklist;

import java.time.LocalDate;

import org.minewatch.core.IndexRow;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;

/**
 * An inspection as the list shows it, read from its index row; {@code beforeResumption}: an inspection before
 * resumption (复工复产前检查), which the index does not hold (read from the page's documents, see
 * {@link InspectionService#list}).
 */
public record InspectionRow(String id, String mineName, InspectionKind kind, InspectionStatus status, LocalDate plannedStart, boolean beforeResumption) {

	public static InspectionRow of(IndexRow row, boolean beforeResumption) {
		return new InspectionRow(row.id(), row.text("mineName"), InspectionKind.get(row.text("kind")), //$NON-NLS-1$ //$NON-NLS-2$
				InspectionStatus.get(row.text("status")), (LocalDate) row.get("plannedStart"), beforeResumption); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
