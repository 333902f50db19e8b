package org.minewatch.rules;

import java.time.LocalDate;
import java.util.List;

import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.registry.Mine;

/** What rules are evaluated over for one mine: the mine as stored, its hazards and inspections (not voided), and the day. */
public record MineFacts(Mine mine, List<Hazard> hazards, List<Inspection> inspections, LocalDate today) {
}
