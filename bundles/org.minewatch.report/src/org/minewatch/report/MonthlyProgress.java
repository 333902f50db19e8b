package org.minewatch.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minewatch.checklist.InspectionFigures;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.hazard.HazardFigures;
import org.minewatch.hazard.HazardsFound;
import org.minewatch.model.enforcement.Decision;
import org.minewatch.model.enforcement.DecisionKind;
import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.time.Zones;

/**
 * The monthly progress report a province sends the national bureau by the 5th (月度进展报告): the figures read from
 * the store for a province and a month, through the areas (inspections planned and done per kind, the mines
 * inspected; hazards found in the month and rectified since, general and major; enforcement documents issued per
 * kind, penalty decisions and their fines), and the sections a person writes.
 */
public final class MonthlyProgress {

	/** The sections a person writes, in order (message keys report.section.*). */
	public static final List<String> WRITTEN = List.of("overview", "typicalCases", "problems", "nextSteps"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	public static final String GENERAL_FOUND = "hazards.general.found"; //$NON-NLS-1$
	public static final String GENERAL_RECTIFIED = "hazards.general.rectified"; //$NON-NLS-1$
	public static final String MAJOR_FOUND = "hazards.major.found"; //$NON-NLS-1$
	public static final String MAJOR_RECTIFIED = "hazards.major.rectified"; //$NON-NLS-1$
	public static final String PENALTIES = "penalties.decisions"; //$NON-NLS-1$
	public static final String FINES = "penalties.fines"; //$NON-NLS-1$

	/** inspections.SELF_INSPECTION.planned and the like. */
	public static String inspections(InspectionKind kind, String what) {
		return "inspections." + kind.getName() + "." + what; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** documents.PENALTY_DECISION and the like. */
	public static String documents(DocumentKind kind) {
		return "documents." + kind.getName(); //$NON-NLS-1$
	}

	/** The figures of a province for the days from {@code from} to {@code to} (inclusive), in the caller's unit of work. */
	public static Map<String, BigDecimal> read(Session session, String provinceCode, LocalDate from, LocalDate to) {
		Map<String, BigDecimal> figures = new LinkedHashMap<>();
		for (InspectionKind kind : InspectionKind.VALUES) {
			InspectionFigures inspections = InspectionFigures.count(session, provinceCode, kind, from, to);
			put(figures, inspections(kind, "planned"), inspections.planned()); //$NON-NLS-1$
			put(figures, inspections(kind, "done"), inspections.done()); //$NON-NLS-1$
			put(figures, inspections(kind, "mines"), inspections.minesDone()); //$NON-NLS-1$
		}
		Instant start = from.atStartOfDay(Zones.CHINA).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(Zones.CHINA).toInstant();
		HazardsFound hazards = HazardsFound.count(session, HazardFigures.Area.province(provinceCode), start, end);
		put(figures, GENERAL_FOUND, hazards.general());
		put(figures, GENERAL_RECTIFIED, hazards.generalRectified());
		put(figures, MAJOR_FOUND, hazards.major());
		put(figures, MAJOR_RECTIFIED, hazards.majorRectified());
		documents(session, provinceCode, start, end, figures);
		return figures;
	}

	/** Documents issued in the period at the province's mines, by kind; penalty decisions and their fines. */
	private static void documents(Session session, String provinceCode, Instant start, Instant end, Map<String, BigDecimal> figures) {
		Set<String> mines = mines(session, provinceCode);
		for (DocumentKind kind : DocumentKind.VALUES) {
			Map<Object, Long> byMine = session.countBy(issued(start, end).where("kind", kind), "mine"); //$NON-NLS-1$ //$NON-NLS-2$
			put(figures, documents(kind), byMine.entrySet().stream().filter(e -> mines.contains(e.getKey())).mapToLong(Map.Entry::getValue).sum());
		}
		long penalties = 0;
		BigDecimal fines = BigDecimal.ZERO;
		Query<EnforcementDocument> decisions = issued(start, end).where("kind", DocumentKind.PENALTY_DECISION); //$NON-NLS-1$
		for (PageRequest page = PageRequest.first(500); page != null;) {
			Page<EnforcementDocument> documents = session.query(decisions, page);
			for (EnforcementDocument document : documents.items()) {
				if (document.getMine() == null || !mines.contains(document.getMine().getId())) {
					continue;
				}
				for (Decision decision : document.getDecisions()) {
					if (decision.getKind() == DecisionKind.PENALTY) {
						penalties++;
						fines = decision.getFine() == null ? fines : fines.add(decision.getFine());
					}
				}
			}
			page = documents.next();
		}
		put(figures, PENALTIES, penalties);
		figures.put(FINES, fines);
	}

	private static Query<EnforcementDocument> issued(Instant start, Instant end) {
		return Query.of(EnforcementDocument.class).where("issuedAt", Query.Op.GREATER_OR_EQUAL, start).where("issuedAt", Query.Op.LESS, end); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The ids of the province's mines, read from their index rows. */
	private static Set<String> mines(Session session, String provinceCode) {
		Set<String> ids = new HashSet<>();
		Query<Mine> query = Query.of(Mine.class).where("province", provinceCode); //$NON-NLS-1$
		for (PageRequest page = PageRequest.first(5000); page != null;) {
			Page<IndexRow> rows = session.rows(query, page);
			rows.items().forEach(row -> ids.add(row.id()));
			page = rows.next();
		}
		return ids;
	}

	private static void put(Map<String, BigDecimal> figures, String key, long value) {
		figures.put(key, BigDecimal.valueOf(value));
	}

	/** The keys a monthly progress report's figures have, in order. */
	public static List<String> keys() {
		List<String> keys = new ArrayList<>();
		for (InspectionKind kind : InspectionKind.VALUES) {
			keys.add(inspections(kind, "planned")); //$NON-NLS-1$
			keys.add(inspections(kind, "done")); //$NON-NLS-1$
			keys.add(inspections(kind, "mines")); //$NON-NLS-1$
		}
		keys.addAll(List.of(GENERAL_FOUND, GENERAL_RECTIFIED, MAJOR_FOUND, MAJOR_RECTIFIED));
		for (DocumentKind kind : DocumentKind.VALUES) {
			keys.add(documents(kind));
		}
		keys.addAll(List.of(PENALTIES, FINES));
		return keys;
	}

	private MonthlyProgress() {
	}
}
