package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minewatch.core.AuditReport;
import org.minewatch.core.AuditReport.Kind;
import org.minewatch.core.AuditReport.Problem;
import org.minewatch.core.RowDifference;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.AttachmentKind;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.store.TestStores.Seeded;

/**
 * Everything a person sees is proven by the audit chain or derived from what it proves, and checked: each
 * kind of row, changed with raw SQL behind the store's back, is caught by verify with its table, record and
 * column. Each test undoes its change, and the database is intact again after it.
 */
class DerivedRowsTest {

	/** A column of every index table, with the place columns copied from the mine and the voided marks. */
	private static final String[] INDEX_COLUMNS = { "mw_setting.setting_key", "mw_agency.kind", "mw_enterprise.name", "mw_mine.name", "mw_person.name",
			"mw_template.edition", "mw_campaign.end_date", "mw_inspection.status", "mw_hazard.state", "mw_monitor.end_date", "mw_visit.planned_date",
			"mw_plan.start_date", "mw_report.due_date", "mw_document.issued_at", "mw_attachment.sha256", "mw_attachment.media_type",
			"mw_hazard.voided", "mw_inspection.voided", "mw_report.voided", "mw_document.voided", "mw_hazard.mine_name", "mw_hazard.province_code",
			"mw_inspection.enterprise_id", "mw_inspection.county_code", "mw_hazard.deadline", "mw_hazard.repeat_of", "mw_inspection.template_id" };

	@TempDir
	static Path temp;
	private static Seeded seeded;
	private final Deque<Undo> undo = new ArrayDeque<>();

	/** Puts back what a test changed. */
	private interface Undo {
		void run(Connection c) throws SQLException;
	}

	@BeforeAll
	static void seed() {
		seeded = TestStores.seeded(temp);
		seeded.store().write(seeded.actor(), s -> {
			Attachment a = InspectionFactory.eINSTANCE.createAttachment();
			a.setKind(AttachmentKind.PHOTO);
			a.setFileName("roof.jpg");
			a.setMediaType("image/jpeg");
			return s.attach(a, "a photo of a roof bolt".getBytes(StandardCharsets.UTF_8));
		});
	}

	@AfterAll
	static void close() {
		seeded.store().close();
	}

	@AfterEach
	void undoAndCheckIntact() throws SQLException {
		try (Connection c = seeded.store().connection()) {
			while (!undo.isEmpty()) {
				undo.pop().run(c);
			}
		}
		AuditReport report = seeded.store().verify(seeded.store().head());
		assertEquals(List.of(), report.problems(), "intact again once the change is undone");
	}

	@Test
	void aHazardVoidedAndItsEditorRenamedInTheRecordTableAreCaught() throws SQLException {
		String hazard = seeded.data().hazards.stream().filter(h -> !h.isVoided()).findFirst().orElseThrow().getId();
		set("mw_record", "id", hazard, "voided", (short) 1);
		set("mw_record", "id", hazard, "modified_by_name", "\u67d0\u4eba");
		List<RowDifference> found = differences(Kind.RECORD_METADATA_CHANGED);
		assertEquals(2, found.size(), found.toString());
		assertEquals(new RowDifference("mw_record", hazard, "voided", "1", "0"), found.get(0));
		assertEquals("mw_record", found.get(1).table());
		assertEquals("modified_by_name", found.get(1).column());
		assertEquals("\u67d0\u4eba", found.get(1).stored());
	}

	@Test
	void supervisedHazardsSetToClosedInTheBoardsIndexAreEachCaught() throws SQLException {
		List<String> supervised = ids("SELECT id FROM mw_hazard WHERE state = 'SUPERVISED'");
		assertTrue(!supervised.isEmpty(), "the demo data has supervised hazards");
		for (String id : supervised) {
			set("mw_hazard", "id", id, "state", "CLOSED");
		}
		List<RowDifference> found = differences(Kind.INDEX_MISMATCH);
		assertEquals(supervised.stream().map(id -> new RowDifference("mw_hazard", id, "state", "CLOSED", "SUPERVISED")).sorted(BY_RECORD).toList(),
				found.stream().sorted(BY_RECORD).toList());
	}

	@Test
	void eachColumnOfARecordsMetadataIsCaught() throws SQLException {
		String mine = seeded.data().mines.get(3).getId();
		set("mw_record", "id", mine, "revision", 7L);
		set("mw_record", "id", mine, "modified_at", Timestamp.valueOf("2020-01-01 08:00:00"));
		set("mw_record", "id", mine, "modified_by", "someone-else");
		set("mw_record", "id", mine, "owner_id", "another-agency");
		set("mw_record", "id", mine, "record_type", "Enterprise");
		assertEquals(Set.of("revision", "modified_at", "modified_by", "owner_id", "record_type"),
				differences(Kind.RECORD_METADATA_CHANGED).stream().map(RowDifference::column).collect(Collectors.toSet()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "mw_setting.setting_key", "mw_agency.kind", "mw_enterprise.name", "mw_mine.name", "mw_person.name", "mw_template.edition",
			"mw_campaign.end_date", "mw_inspection.status", "mw_hazard.state", "mw_monitor.end_date", "mw_visit.planned_date", "mw_plan.start_date",
			"mw_report.due_date", "mw_document.issued_at", "mw_attachment.sha256", "mw_attachment.media_type", "mw_hazard.voided",
			"mw_inspection.voided", "mw_report.voided", "mw_document.voided", "mw_hazard.mine_name", "mw_hazard.province_code",
			"mw_inspection.enterprise_id", "mw_inspection.county_code", "mw_hazard.deadline", "mw_hazard.repeat_of", "mw_inspection.template_id" })
	void aChangedIndexColumnIsCaughtWithItsName(String tableAndColumn) throws SQLException {
		String table = tableAndColumn.substring(0, tableAndColumn.indexOf('.'));
		String column = tableAndColumn.substring(table.length() + 1);
		String id = ids("SELECT id FROM " + table + " ORDER BY " + column + " NULLS LAST, id").get(0);
		Object tampered = tampered(table, column);
		Object before = set(table, "id", id, column, tampered);
		List<RowDifference> found = differences(Kind.INDEX_MISMATCH);
		assertEquals(1, found.size(), found.toString());
		assertEquals(table, found.get(0).table());
		assertEquals(id, found.get(0).recordId());
		assertEquals(column, found.get(0).column());
		assertEquals(Derivation.text(tampered), found.get(0).stored());
		assertEquals(Derivation.text(before), found.get(0).derived());
	}

	@Test
	void everyIndexTableHasAChangeThatIsCaught() {
		Set<String> covered = java.util.Arrays.stream(INDEX_COLUMNS).map(c -> c.substring(0, c.indexOf('.'))).collect(Collectors.toSet());
		Set<String> tables = Projections.all().stream().map(Projections.Projection::table).collect(Collectors.toSet());
		assertEquals(tables, covered);
		assertEquals(Set.of(INDEX_COLUMNS), Set.of(aChangedIndexColumnsParameters()), "the parameterised test changes each of these");
	}

	@Test
	void aMinesHistoryRowsChangedAddedOrRemovedAreCaught() throws SQLException {
		String mine = seeded.data().mines.get(5).getId();
		set("mw_mine_status", "mine_id", mine, "status", "CLOSED_DOWN");
		set("mw_mine_class", "mine_id", mine, "supervision_class", "D");
		String other = seeded.data().mines.get(6).getId();
		int rows = ids("SELECT mine_id FROM mw_mine_status WHERE mine_id = '" + other + "'").size();
		execute("INSERT INTO mw_mine_status (mine_id, seq, since, status) VALUES ('" + other + "', " + rows + ", DATE('2021-11-01'), 'SUSPENDED')");
		undo.push(c -> execute(c, "DELETE FROM mw_mine_status WHERE mine_id = '" + other + "' AND seq = " + rows));
		List<RowDifference> found = differences(Kind.INDEX_MISMATCH);
		assertTrue(found.stream().anyMatch(d -> d.table().equals("mw_mine_status") && d.recordId().equals(mine) && d.column().startsWith("status")),
				found.toString());
		assertTrue(found.stream().anyMatch(d -> d.table().equals("mw_mine_class") && d.recordId().equals(mine) && d.column().startsWith("supervision_class")),
				found.toString());
		assertTrue(found.stream().anyMatch(d -> d.table().equals("mw_mine_status") && d.recordId().equals(other) && d.column() == null && d.derived() == null),
				"a history row no document derives: " + found);
		assertEquals(3, found.size(), found.toString());
	}

	@Test
	void anIndexRowWithoutARecordAndARecordWithoutItsIndexRowAreCaught() throws SQLException {
		execute("INSERT INTO mw_hazard (id, mine_id, state, grade, voided) VALUES ('00000000-forged-hazard', '" + seeded.data().mines.get(0).getId()
				+ "', 'RECTIFYING', 'MAJOR', 0)");
		undo.push(c -> execute(c, "DELETE FROM mw_hazard WHERE id = '00000000-forged-hazard'"));
		String mine = seeded.data().mines.get(8).getId();
		List<Object> row = new ArrayList<>();
		try (Connection c = seeded.store().connection(); ResultSet r = c.createStatement().executeQuery("SELECT * FROM mw_mine WHERE id = '" + mine + "'")) {
			r.next();
			for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
				row.add(r.getObject(i));
			}
		}
		execute("DELETE FROM mw_mine WHERE id = '" + mine + "'");
		undo.push(c -> {
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO mw_mine VALUES (" + "?, ".repeat(row.size() - 1) + "?)")) {
				for (int i = 0; i < row.size(); i++) {
					insert.setObject(i + 1, row.get(i));
				}
				insert.executeUpdate();
			}
		});
		List<RowDifference> found = differences(Kind.INDEX_MISMATCH);
		assertTrue(found.stream().anyMatch(d -> d.table().equals("mw_hazard") && d.recordId().equals("00000000-forged-hazard") && d.column() == null
				&& d.derived() == null), found.toString());
		assertTrue(found.stream().anyMatch(d -> d.table().equals("mw_mine") && d.recordId().equals(mine) && d.column() == null && d.stored() == null),
				found.toString());
	}

	/** Changes one column of one row (the first of {@code idColumn = id}) and remembers how to put it back; returns the old value. */
	private Object set(String table, String idColumn, String id, String column, Object value) throws SQLException {
		Object before;
		try (Connection c = seeded.store().connection();
				PreparedStatement select = c.prepareStatement("SELECT " + column + " FROM " + table + where(table, idColumn))) {
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				assertTrue(row.next(), table + " has a row for " + id);
				before = row.getObject(1);
			}
			update(c, table, idColumn, id, column, value);
		}
		undo.push(c -> update(c, table, idColumn, id, column, before));
		return before;
	}

	private static void update(Connection c, String table, String idColumn, String id, String column, Object value) throws SQLException {
		try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + column + " = ?" + where(table, idColumn))) {
			update.setObject(1, value);
			update.setString(2, id);
			assertEquals(1, update.executeUpdate());
		}
	}

	/** The row of a record, or a mine's first history row. */
	private static String where(String table, String idColumn) {
		return table.startsWith("mw_mine_") ? " WHERE " + idColumn + " = ? AND seq = 0" : " WHERE " + idColumn + " = ?";
	}

	/** A value of the column's type that no document of the demo data derives. */
	private static Object tampered(String table, String column) {
		Projections.Column indexed = Projections.all().stream().filter(p -> p.table().equals(table)).flatMap(p -> p.columns().stream())
				.filter(c -> c.column().equals(column)).findFirst().orElseThrow();
		return switch (indexed.kind()) {
		case STRING -> column.equals("sha256") ? "f".repeat(64) : column.endsWith("_code") ? "999999" : "tampered";
		case DATE -> java.sql.Date.valueOf("1999-01-01");
		case TIMESTAMP -> Timestamp.valueOf("1999-01-01 08:00:00");
		case FLAG -> (short) 1;
		};
	}

	/** The differences of one kind that verify finds. */
	private static List<RowDifference> differences(AuditReport.Kind kind) {
		AuditReport report = seeded.store().verify(seeded.store().head());
		assertTrue(report.problems().stream().allMatch(p -> p.kind() == kind), report.problems().toString());
		return report.problems().stream().map(Problem::difference).toList();
	}

	private static List<String> ids(String sql) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (Connection c = seeded.store().connection(); ResultSet rows = c.createStatement().executeQuery(sql)) {
			while (rows.next()) {
				ids.add(rows.getString(1));
			}
		}
		return ids;
	}

	private static void execute(String sql) throws SQLException {
		try (Connection c = seeded.store().connection()) {
			execute(c, sql);
		}
	}

	private static void execute(Connection c, String sql) throws SQLException {
		try (var statement = c.createStatement()) {
			statement.executeUpdate(sql);
		}
	}

	private static String[] aChangedIndexColumnsParameters() {
		try {
			return DerivedRowsTest.class.getDeclaredMethod("aChangedIndexColumnIsCaughtWithItsName", String.class).getAnnotation(ValueSource.class).strings();
		} catch (NoSuchMethodException e) {
			throw new AssertionError(e);
		}
	}

	private static final java.util.Comparator<RowDifference> BY_RECORD = java.util.Comparator.comparing(RowDifference::recordId);
}
