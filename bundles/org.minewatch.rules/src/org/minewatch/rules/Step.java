package org.minewatch.rules;

/**
 * A step of a workflow a province requires, in order (Inner Mongolia's enforcement loop: 编制方案 … 总结归档), for the
 * inspections of one kind ({@code for = STATE_ENFORCEMENT}, an {@link org.minewatch.model.inspection.InspectionKind}).
 */
public record Step(String id, String workflow, String inspectionKind, int order, String nameZh, String nameEn, String note, int line) {
}
