package org.minewatch.report;

import java.time.LocalDate;
import java.util.List;

import org.minewatch.core.Session;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.report.ReportKind;

/**
 * A section a bundle adds to reports (a province plugin's own section: Shanxi's dual red lines, Shandong's rock-burst
 * mines), registered as an OSGi service. When a report is created, each source that applies to its kind and area
 * writes its sections from the store in the report's unit of work; the text is frozen in the report with the figures
 * (a section generated, not written by a person) and printed after the report's own sections.
 */
public interface ReportSectionSource {

	/** A section as the source wrote it: its title (without a number; the report numbers it) and its text. */
	record Section(String title, String text) {
	}

	/** Stable and unique among sources, e.g. {@code shanxi.redLines}: the sections' key in the report. */
	String id();

	/** Whether it adds sections to a report of this kind for this area (a province plugin: its own province only). */
	boolean appliesTo(ReportKind kind, Jurisdiction area);

	/** Its sections for the period (first and last day), read inside the report's unit of work. */
	List<Section> sections(Session session, ReportKind kind, Jurisdiction area, LocalDate from, LocalDate to);
}
