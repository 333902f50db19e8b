package org.minewatch.checklist.ui;

import org.minewatch.checklist.InspectionPackages;
import org.minewatch.checklist.InspectionService;
import org.minewatch.checklist.TemplateLibrary;

/** The checklist services, set in the application's context by {@link ChecklistAddon} once they are there. */
public record Checklists(InspectionService inspections, InspectionPackages packages, TemplateLibrary templates) {
}
