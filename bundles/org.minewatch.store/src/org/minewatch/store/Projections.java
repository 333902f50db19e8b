package org.minewatch.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.minewatch.model.base.BasePackage;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Record;
import org.minewatch.model.base.Setting;
import org.minewatch.model.campaign.Campaign;
import org.minewatch.model.campaign.CampaignPackage;
import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.enforcement.EnforcementPackage;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionPackage;
import org.minewatch.model.people.PeoplePackage;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportPackage;
import org.minewatch.model.schedule.InvestigationPlan;
import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.model.schedule.SchedulePackage;
import org.minewatch.model.schedule.Visit;

/**
 * The index tables of each record type: the fields queries filter and sort on, kept beside the
 * record's document and rewritten with it. A mine's status and classes also go to history tables
 * (one row per entry), which as-of queries read.
 */
final class Projections {

	/** The SQL type of an indexed field. */
	enum Kind {
		STRING, DATE, TIMESTAMP,
		/** 0 or 1 (SMALLINT) */
		FLAG
	}

	/**
	 * An indexed field: its name in queries, its column, its type and how it is read off a record; a null
	 * {@code value} means the column is filled by SQL from another table (a hazard's mine), not from the record.
	 */
	record Column(String field, String column, Kind kind, Function<Record, Object> value) {

		boolean fromRecord() {
			return value != null;
		}
	}

	/** The index table of a record type. */
	record Projection(EClass type, String table, List<Column> columns) {

		Column column(String field) {
			for (Column column : columns) {
				if (column.field().equals(field)) {
					return column;
				}
			}
			return null;
		}

		List<String> fields() {
			return columns.stream().map(Column::field).toList();
		}
	}

	/** Fields of a mine whose values have a history: field → table and column. */
	record HistoryField(String field, String table, String column) {
	}

	static final List<HistoryField> MINE_HISTORY = List.of(new HistoryField("status", "mw_mine_status", "status"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new HistoryField("supervisionClass", "mw_mine_class", "supervision_class"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new HistoryField("gasClass", "mw_mine_class", "gas_class"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new HistoryField("hydrogeologicalType", "mw_mine_class", "hydrogeological_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			new HistoryField("rockBurstRisk", "mw_mine_class", "rock_burst_risk")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Map<EClass, Projection> BY_TYPE = new LinkedHashMap<>();

	static {
		add(BasePackage.Literals.SETTING, "mw_setting", s("key", "setting_key", r -> ((Setting) r).getKey())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		add(JurisdictionPackage.Literals.AGENCY, "mw_agency", s("kind", "kind", r -> ((Agency) r).getKind()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("level", "agency_level", r -> ((Agency) r).getLevel()), s("parent", "parent_id", r -> ((Agency) r).getParent()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				s("jurisdiction", "jurisdiction_code", r -> ((Agency) r).getCovers().isEmpty() ? null : ((Agency) r).getCovers().get(0))); //$NON-NLS-1$ //$NON-NLS-2$
		add(RegistryPackage.Literals.ENTERPRISE, "mw_enterprise", s("name", "name", r -> ((Enterprise) r).getName()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("parent", "parent_id", r -> ((Enterprise) r).getParent()), s("jurisdiction", "jurisdiction_code", r -> ((Enterprise) r).getJurisdiction())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add(RegistryPackage.Literals.MINE, "mw_mine", s("name", "name", r -> ((Mine) r).getName()), s("kind", "kind", r -> ((Mine) r).getKind()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				s("province", "province_code", r -> ((Mine) r).getProvince()), s("county", "county_code", r -> ((Mine) r).getCounty()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				s("enterprise", "enterprise_id", r -> ((Mine) r).getEnterprise())); //$NON-NLS-1$ //$NON-NLS-2$
		add(PeoplePackage.Literals.PERSON, "mw_person", s("name", "name", r -> ((Person) r).getName()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("agency", "agency_id", r -> ((Person) r).getAgency()), s("mine", "mine_id", r -> ((Person) r).getMine())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add(ChecklistPackage.Literals.CHECKLIST_TEMPLATE, "mw_template", s("name", "name", r -> ((ChecklistTemplate) r).getName()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("edition", "edition", r -> ((ChecklistTemplate) r).getEdition()), s("origin", "origin", r -> ((ChecklistTemplate) r).getOrigin())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add(CampaignPackage.Literals.CAMPAIGN, "mw_campaign", s("name", "name", r -> ((Campaign) r).getName()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				d("start", "start_date", r -> ((Campaign) r).getStartDate()), d("end", "end_date", r -> ((Campaign) r).getEndDate())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add(InspectionPackage.Literals.INSPECTION, "mw_inspection", s("kind", "kind", r -> ((Inspection) r).getKind()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("status", "status", r -> ((Inspection) r).getStatus()), s("mine", "mine_id", r -> ((Inspection) r).getMine()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				s("campaign", "campaign_id", r -> ((Inspection) r).getCampaign()), d("plannedStart", "planned_start", r -> ((Inspection) r).getPlannedStart()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				s("template", "template_id", r -> ((Inspection) r).getTemplate()), //$NON-NLS-1$ //$NON-NLS-2$
				// the mine's place, name and enterprise, copied from mw_mine (INSPECTION_PLACE, MINE_PLACE): the list's filters
				s("province", "province_code", null), s("county", "county_code", null), s("mineName", "mine_name", null), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				s("enterprise", "enterprise_id", null)); //$NON-NLS-1$ //$NON-NLS-2$
		add(HazardPackage.Literals.HAZARD, "mw_hazard", s("mine", "mine_id", r -> ((Hazard) r).getMine()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("state", "state", r -> ((Hazard) r).getState()), s("grade", "grade", r -> ((Hazard) r).getGrade()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				d("deadline", "deadline", r -> ((Hazard) r).getRectification() == null ? null : ((Hazard) r).getRectification().getDeadline()), //$NON-NLS-1$ //$NON-NLS-2$
				t("foundAt", "found_at", r -> ((Hazard) r).getFoundAt()), s("inspection", "inspection_id", r -> ((Hazard) r).getSourceInspection()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				s("repeatOf", "repeat_of", r -> ((Hazard) r).getRepeatOf()), //$NON-NLS-1$ //$NON-NLS-2$
				// the mine's place and name, copied from mw_mine (HAZARD_PLACE, MINE_PLACE): the board's filters
				s("province", "province_code", null), s("county", "county_code", null), s("mineName", "mine_name", null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		add(SchedulePackage.Literals.MONITOR_ASSIGNMENT, "mw_monitor", s("person", "person_id", r -> ((MonitorAssignment) r).getPerson()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("mine", "mine_id", r -> ((MonitorAssignment) r).getMine()), d("start", "start_date", r -> ((MonitorAssignment) r).getStartDate()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				d("end", "end_date", r -> ((MonitorAssignment) r).getEndDate())); //$NON-NLS-1$ //$NON-NLS-2$
		add(SchedulePackage.Literals.VISIT, "mw_visit", s("kind", "kind", r -> ((Visit) r).getKind()), s("mine", "mine_id", r -> ((Visit) r).getMine()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				d("plannedDate", "planned_date", r -> ((Visit) r).getPlannedDate()), d("doneDate", "done_date", r -> ((Visit) r).getDoneDate())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add(SchedulePackage.Literals.INVESTIGATION_PLAN, "mw_plan", s("agency", "agency_id", r -> ((InvestigationPlan) r).getAgency()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				d("start", "start_date", r -> ((InvestigationPlan) r).getStartDate())); //$NON-NLS-1$ //$NON-NLS-2$
		add(ReportPackage.Literals.REPORT, "mw_report", s("kind", "kind", r -> ((Report) r).getKind()), s("status", "status", r -> ((Report) r).getStatus()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				d("dueDate", "due_date", r -> ((Report) r).getDueDate()), s("mine", "mine_id", r -> ((Report) r).getMine()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				s("jurisdiction", "jurisdiction_code", r -> ((Report) r).getJurisdiction())); //$NON-NLS-1$ //$NON-NLS-2$
		add(EnforcementPackage.Literals.ENFORCEMENT_DOCUMENT, "mw_document", s("kind", "kind", r -> ((EnforcementDocument) r).getKind()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("mine", "mine_id", r -> ((EnforcementDocument) r).getMine()), t("issuedAt", "issued_at", r -> ((EnforcementDocument) r).getIssuedAt())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		add(InspectionPackage.Literals.ATTACHMENT, "mw_attachment", s("sha256", "sha256", r -> ((Attachment) r).getSha256()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				s("mediaType", "media_type", r -> ((Attachment) r).getMediaType())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static Projection of(EClass type) {
		Projection projection = BY_TYPE.get(type);
		if (projection == null) {
			throw new IllegalArgumentException(type.getName() + " is not a record type the store keeps; it keeps " //$NON-NLS-1$
					+ BY_TYPE.keySet().stream().map(EClass::getName).collect(Collectors.joining(", "))); //$NON-NLS-1$
		}
		return projection;
	}

	/** The index tables of every type the store keeps. */
	static java.util.Collection<Projection> all() {
		return java.util.Collections.unmodifiableCollection(BY_TYPE.values());
	}

	static boolean stores(EClass type) {
		return BY_TYPE.containsKey(type);
	}

	static final String STATUS_INSERT = "INSERT INTO mw_mine_status (mine_id, seq, since, status) VALUES (?, ?, ?, ?)"; //$NON-NLS-1$
	static final String CLASS_INSERT = "INSERT INTO mw_mine_class (mine_id, seq, since, supervision_class, gas_class, " //$NON-NLS-1$
			+ "hydrogeological_type, spontaneous_combustion, rock_burst_risk, standardisation_grade) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$

	/** Copies a hazard's mine's province, county and name into its index row (after the row is written). */
	static final String HAZARD_PLACE = "UPDATE mw_hazard SET province_code = (SELECT m.province_code FROM mw_mine m WHERE m.id = mw_hazard.mine_id), " //$NON-NLS-1$
			+ "county_code = (SELECT m.county_code FROM mw_mine m WHERE m.id = mw_hazard.mine_id), " //$NON-NLS-1$
			+ "mine_name = (SELECT m.name FROM mw_mine m WHERE m.id = mw_hazard.mine_id) WHERE id = ?"; //$NON-NLS-1$
	/** Copies an inspection's mine's province, county, name and enterprise into its index row (after the row is written). */
	static final String INSPECTION_PLACE = "UPDATE mw_inspection SET province_code = (SELECT m.province_code FROM mw_mine m WHERE m.id = mw_inspection.mine_id), " //$NON-NLS-1$
			+ "county_code = (SELECT m.county_code FROM mw_mine m WHERE m.id = mw_inspection.mine_id), " //$NON-NLS-1$
			+ "mine_name = (SELECT m.name FROM mw_mine m WHERE m.id = mw_inspection.mine_id), " //$NON-NLS-1$
			+ "enterprise_id = (SELECT m.enterprise_id FROM mw_mine m WHERE m.id = mw_inspection.mine_id) WHERE id = ?"; //$NON-NLS-1$
	/** Keeps the index rows of a mine's hazards in step when the mine is renamed or moves. */
	static final String MINE_PLACE = "UPDATE mw_hazard SET province_code = ?, county_code = ?, mine_name = ? WHERE mine_id = ?"; //$NON-NLS-1$
	/** Keeps the index rows of a mine's inspections in step when the mine is renamed, moves or changes hands. */
	static final String MINE_INSPECTIONS = "UPDATE mw_inspection SET province_code = ?, county_code = ?, mine_name = ?, enterprise_id = ? WHERE mine_id = ?"; //$NON-NLS-1$

	/** The INSERT of a type's index row: id, then the projection's columns read from the record. */
	static String insertSql(Projection projection) {
		String columns = projection.columns().stream().filter(Column::fromRecord).map(Column::column).collect(Collectors.joining(", ")); //$NON-NLS-1$
		String marks = projection.columns().stream().filter(Column::fromRecord).map(c -> "?").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
		return "INSERT INTO " + projection.table() + " (id, " + columns + ") VALUES (?, " + marks + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Binds the index row of {@code record} to an {@link #insertSql} statement; a referenced record may be a proxy. */
	static void bindIndex(PreparedStatement insert, Projection projection, Record record) throws SQLException {
		insert.setString(1, record.getId());
		int index = 2;
		for (Column column : projection.columns()) {
			if (column.fromRecord()) {
				bind(insert, index++, column.kind(), sqlValue(column.value().apply(record)));
			}
		}
	}

	/** Adds a mine's history rows to the batches of {@link #STATUS_INSERT} and {@link #CLASS_INSERT} statements. */
	static void addHistory(PreparedStatement statuses, PreparedStatement classes, Mine mine) throws SQLException {
		int seq = 0;
		for (StatusChange change : mine.getStatusHistory()) {
			statuses.setString(1, mine.getId());
			statuses.setInt(2, seq++);
			statuses.setDate(3, Date.valueOf(change.getSince()));
			statuses.setString(4, change.getStatus().getName());
			statuses.addBatch();
		}
		seq = 0;
		for (Classification c : mine.getClassHistory()) {
			classes.setString(1, mine.getId());
			classes.setInt(2, seq++);
			classes.setDate(3, Date.valueOf(c.getSince()));
			int at = 4;
			for (Object value : new Object[] { c.getSupervisionClass(), c.getGasClass(), c.getHydrogeologicalType(), c.getSpontaneousCombustion(),
					c.getRockBurstRisk(), c.getStandardisationGrade() }) {
				bind(classes, at++, Kind.STRING, sqlValue(value));
			}
			classes.addBatch();
		}
	}

	/** Writes the index rows of {@code record}, replacing the old ones. */
	static void write(Connection connection, Record record) throws SQLException {
		delete(connection, record);
		Projection projection = of(record.eClass());
		try (PreparedStatement insert = connection.prepareStatement(insertSql(projection))) {
			bindIndex(insert, projection, record);
			insert.executeUpdate();
		}
		if (record instanceof Hazard || record instanceof Inspection) {
			try (PreparedStatement place = connection.prepareStatement(record instanceof Hazard ? HAZARD_PLACE : INSPECTION_PLACE)) {
				place.setString(1, record.getId());
				place.executeUpdate();
			}
		} else if (record instanceof Mine mine) {
			String province = mine.getProvince() == null ? null : mine.getProvince().getCode();
			String county = mine.getCounty() == null ? null : mine.getCounty().getCode();
			try (PreparedStatement hazards = connection.prepareStatement(MINE_PLACE);
					PreparedStatement inspections = connection.prepareStatement(MINE_INSPECTIONS)) {
				hazards.setString(1, province);
				hazards.setString(2, county);
				hazards.setString(3, mine.getName());
				hazards.setString(4, mine.getId());
				hazards.executeUpdate();
				inspections.setString(1, province);
				inspections.setString(2, county);
				inspections.setString(3, mine.getName());
				inspections.setString(4, (String) sqlValue(mine.getEnterprise())); // a proxy when the mine was read detached
				inspections.setString(5, mine.getId());
				inspections.executeUpdate();
			}
		}
		if (record instanceof Mine mine) {
			try (PreparedStatement statuses = connection.prepareStatement(STATUS_INSERT);
					PreparedStatement classes = connection.prepareStatement(CLASS_INSERT)) {
				addHistory(statuses, classes, mine);
				statuses.executeBatch();
				classes.executeBatch();
			}
		}
	}

	static void delete(Connection connection, Record record) throws SQLException {
		Projection projection = of(record.eClass());
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + projection.table() + " WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			delete.setString(1, record.getId());
			delete.executeUpdate();
		}
		if (record instanceof Mine) {
			for (String table : List.of("mw_mine_status", "mw_mine_class")) { //$NON-NLS-1$ //$NON-NLS-2$
				try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE mine_id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
					delete.setString(1, record.getId());
					delete.executeUpdate();
				}
			}
		}
	}

	/** Binds a value, or SQL NULL of the column's type (Derby wants the type of a null). */
	static void bind(PreparedStatement statement, int index, Kind kind, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, switch (kind) {
			case STRING -> Types.VARCHAR;
			case DATE -> Types.DATE;
			case TIMESTAMP -> Types.TIMESTAMP;
			case FLAG -> Types.SMALLINT;
			});
		} else {
			statement.setObject(index, value);
		}
	}

	/** A model value as the index stores it: enums by name, records by id, divisions by code, dates as SQL dates. */
	static Object sqlValue(Object value) {
		if (value instanceof Enumerator literal) {
			return literal.getName();
		} else if (value instanceof Record record) {
			// a proxy (a reference not loaded) carries its id in its URI only
			return record.eIsProxy() ? Documents.idOf(((org.eclipse.emf.ecore.InternalEObject) record).eProxyURI()) : record.getId();
		} else if (value instanceof Jurisdiction jurisdiction) {
			return jurisdiction.getCode();
		} else if (value instanceof LocalDate date) {
			return Date.valueOf(date);
		} else if (value instanceof Instant instant) {
			return Timestamp.from(instant);
		}
		return value;
	}

	/**
	 * A legal record's index row also says whether it is voided, so that lists and counts leave voided records
	 * out without reading the record table (migration 9).
	 */
	private static void add(EClass type, String table, Column... columns) {
		List<Column> all = new java.util.ArrayList<>(List.of(columns));
		if (BasePackage.Literals.LEGAL_RECORD.isSuperTypeOf(type)) {
			all.add(new Column("voided", "voided", Kind.FLAG, r -> (short) (((LegalRecord) r).isVoided() ? 1 : 0))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		BY_TYPE.put(type, new Projection(type, table, List.copyOf(all)));
	}

	private static Column s(String field, String column, Function<Record, Object> value) {
		return new Column(field, column, Kind.STRING, value);
	}

	private static Column d(String field, String column, Function<Record, Object> value) {
		return new Column(field, column, Kind.DATE, value);
	}

	private static Column t(String field, String column, Function<Record, Object> value) {
		return new Column(field, column, Kind.TIMESTAMP, value);
	}

	private Projections() {
	}
}
