package org.minewatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

import org.minewatch.core.Actor;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Store;
import org.minewatch.store.BulkImport;
import org.minewatch.store.JdbcStore;
import org.minewatch.demo.GeneratorInput;
import org.minewatch.demo.national.NationalScaleGenerator;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;

/**
 * Figures to track, never a test: the bulk import's rate next to a plain JDBC batch insert of the
 * same rows (same schema, same batch size, same Derby), and p95 latencies of the registry's
 * queries, at a scale factor.
 */
public final class Benchmark {

	private static final String[] TABLES = { "mw_record", "mw_agency", "mw_enterprise", "mw_mine", "mw_mine_status", "mw_mine_class", "mw_person", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"mw_template", "mw_inspection", "mw_hazard" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/**
	 * Runs everything in {@code work} and returns the figures, name to value, in order: the generator,
	 * the import, the plain JDBC copy if {@code comparePlain}, the registry's queries and
	 * {@code moreQueries} (the areas' own workloads, e.g. the navigator's) on the imported store.
	 */
	public static Map<String, String> run(double scale, int batchSize, boolean comparePlain, Path work, ReferenceData reference, Clock clock,
			Function<Store, Map<String, String>> moreQueries, Consumer<String> log) throws IOException, SQLException {
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("scale", String.valueOf(scale)); //$NON-NLS-1$
		figures.put("batch.size", String.valueOf(batchSize)); //$NON-NLS-1$
		Path data = work.resolve("data"); //$NON-NLS-1$
		long started = System.nanoTime();
		Map<String, Long> rows = new NationalScaleGenerator(1, scale, GeneratorInput.counties(reference)).generate(data);
		figures.put("generate.seconds", seconds(started)); //$NON-NLS-1$
		figures.put("generate.rows", String.valueOf(rows.values().stream().mapToLong(Long::longValue).sum())); //$NON-NLS-1$
		log.accept("generated " + figures.get("generate.rows") + " rows in " + figures.get("generate.seconds") + " s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		try (JdbcStore imported = JdbcStore.open(work.resolve("imported"), reference, clock); //$NON-NLS-1$
				JdbcStore plain = JdbcStore.open(work.resolve("plain"), reference, clock)) { //$NON-NLS-1$
			started = System.nanoTime();
			long records = BulkImport.run(imported, data, batchSize, new Actor("benchmark", "benchmark", "benchmark"), p -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (p.done() == p.total()) {
					log.accept("imported " + p.file()); //$NON-NLS-1$
				}
			});
			double importSeconds = (System.nanoTime() - started) / 1e9;
			figures.put("import.records", String.valueOf(records)); //$NON-NLS-1$
			figures.put("import.seconds", format(importSeconds)); //$NON-NLS-1$
			figures.put("import.records_per_second", format(records / importSeconds)); //$NON-NLS-1$

			if (comparePlain) {
				double plainSeconds = plainInsert(imported, plain, batchSize);
				figures.put("plain_jdbc.records", String.valueOf(records)); //$NON-NLS-1$
				figures.put("plain_jdbc.seconds", format(plainSeconds)); //$NON-NLS-1$
				figures.put("plain_jdbc.records_per_second", format(records / plainSeconds)); //$NON-NLS-1$
				figures.put("import_to_plain_ratio", format(plainSeconds / importSeconds)); //$NON-NLS-1$
				log.accept("import " + figures.get("import.records_per_second") + " records/s, plain JDBC " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ figures.get("plain_jdbc.records_per_second") + " records/s, ratio " + figures.get("import_to_plain_ratio")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}

			figures.putAll(queries(imported, moreQueries));
			log.accept("queries measured"); //$NON-NLS-1$
		}
		return figures;
	}

	/**
	 * The same rows, written with plain JDBC batches of the same size into a database of the same
	 * schema: what the import costs over the bare inserts. Only the inserts are timed.
	 */
	private static double plainInsert(JdbcStore from, JdbcStore to, int batchSize) throws SQLException {
		long insertNanos = 0;
		try (Connection source = from.connection(); Connection target = to.connection()) {
			target.setAutoCommit(false); // a commit per batch, as the import's
			for (String table : TABLES) {
				try (Statement select = source.createStatement(); ResultSet rows = select.executeQuery("SELECT * FROM " + table)) { //$NON-NLS-1$
					ResultSetMetaData meta = rows.getMetaData();
					int columns = meta.getColumnCount();
					StringBuilder marks = new StringBuilder("?"); //$NON-NLS-1$
					for (int i = 1; i < columns; i++) {
						marks.append(", ?"); //$NON-NLS-1$
					}
					try (PreparedStatement insert = target.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						List<Object[]> batch = new ArrayList<>(batchSize);
						while (true) {
							boolean more = rows.next();
							if (more) {
								Object[] row = new Object[columns];
								for (int i = 0; i < columns; i++) {
									row[i] = meta.getColumnType(i + 1) == java.sql.Types.CLOB ? rows.getString(i + 1) : rows.getObject(i + 1);
								}
								batch.add(row);
							}
							if (batch.size() == batchSize || !more && !batch.isEmpty()) {
								long started = System.nanoTime();
								for (Object[] row : batch) {
									for (int i = 0; i < columns; i++) {
										insert.setObject(i + 1, row[i], meta.getColumnType(i + 1));
									}
									insert.addBatch();
								}
								insert.executeBatch();
								target.commit();
								insertNanos += System.nanoTime() - started;
								batch.clear();
							}
							if (!more) {
								break;
							}
						}
					}
				}
			}
		}
		return insertNanos / 1e9;
	}

	/**
	 * p95 latencies of the store's registry queries and of {@code moreQueries} on a filled store (the
	 * one a benchmark run imported, or any database given to 'admin benchmark --database').
	 */
	public static Map<String, String> queries(JdbcStore store, Function<Store, Map<String, String>> moreQueries) {
		Map<String, String> figures = new LinkedHashMap<>();
		queries(store, figures);
		figures.putAll(moreQueries.apply(store));
		return figures;
	}

	/** p95 latencies of the registry's queries, in milliseconds, each asked 50 times with varied arguments. */
	private static void queries(JdbcStore store, Map<String, String> figures) {
		Actor reader = new Actor("benchmark", "benchmark", "benchmark"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Random random = new Random(7);
		List<Mine> sample = store.read(reader, s -> s.query(Query.of(Mine.class), PageRequest.first(200)).items());
		List<Jurisdiction> counties = sample.stream().map(Mine::getCounty).distinct().toList();
		List<Jurisdiction> provinces = sample.stream().map(Mine::getProvince).distinct().toList();
		figures.put("query.mines_of_county.p95_ms", p95(() -> store.read(reader, s -> s.query(Query.of(Mine.class) //$NON-NLS-1$
				.where("county", counties.get(random.nextInt(counties.size()))), PageRequest.first(50))))); //$NON-NLS-1$
		figures.put("query.mines_of_province_by_name_page2.p95_ms", p95(() -> store.read(reader, s -> { //$NON-NLS-1$
			Query<Mine> query = Query.of(Mine.class).where("province", provinces.get(random.nextInt(provinces.size()))).orderBy("name"); //$NON-NLS-1$ //$NON-NLS-2$
			var first = s.query(query, PageRequest.first(50));
			return first.hasNext() ? s.query(query, first.next()) : first;
		})));
		figures.put("query.mines_stopped_as_of.p95_ms", p95(() -> store.read(reader, s -> s.query(Query.of(Mine.class) //$NON-NLS-1$
				.where("status", ProductionStatus.ORDERED_TO_STOP).where("county", counties.get(random.nextInt(counties.size()))) //$NON-NLS-1$ //$NON-NLS-2$
				.asOf(LocalDate.of(2021, 1 + random.nextInt(12), 15)), PageRequest.first(50)))));
		figures.put("query.hazards_of_mine.p95_ms", p95(() -> store.read(reader, s -> s.query(Query.of(Hazard.class) //$NON-NLS-1$
				.where("mine", sample.get(random.nextInt(sample.size()))).orderBy("foundAt"), PageRequest.first(50))))); //$NON-NLS-1$ //$NON-NLS-2$
		figures.put("query.hazards_due_before.p95_ms", p95(() -> store.read(reader, s -> s.query(Query.of(Hazard.class) //$NON-NLS-1$
				.where("state", HazardState.RECTIFYING).where("deadline", Query.Op.LESS, LocalDate.of(2021, 1 + random.nextInt(12), 1)) //$NON-NLS-1$ //$NON-NLS-2$
				.orderBy("deadline"), PageRequest.first(50))))); //$NON-NLS-1$
		// the hazard board: one province, open states, major, the earliest deadline (the most overdue) first, a page of 100 rows
		List<HazardState> open = List.of(HazardState.REGISTERED, HazardState.RECTIFYING, HazardState.SUPERVISED);
		List<String> fragments = sample.stream().map(Mine::getName).filter(n -> n != null && n.length() >= 5).map(n -> n.substring(3, 5)).toList();
		figures.put("query.hazard_board_province.p95_ms", p95(() -> store.read(reader, s -> s.rows(Query.of(Hazard.class) //$NON-NLS-1$
				.where("province", provinces.get(random.nextInt(provinces.size()))).where("grade", HazardGrade.MAJOR).whereIn("state", open) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.orderBy("deadline"), PageRequest.first(100))))); //$NON-NLS-1$
		figures.put("query.hazard_board_province_mine_name.p95_ms", p95(() -> store.read(reader, s -> s.rows(Query.of(Hazard.class) //$NON-NLS-1$
				.where("province", provinces.get(random.nextInt(provinces.size()))).where("grade", HazardGrade.MAJOR).whereIn("state", open) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.where("mineName", Query.Op.CONTAINS, fragments.get(random.nextInt(fragments.size()))).orderBy("deadline"), PageRequest.first(100))))); //$NON-NLS-1$ //$NON-NLS-2$
		// the board's page as shown: the 100 index rows, then each hazard's document (number, what and where)
		figures.put("query.hazard_board_page_documents.p95_ms", p95(() -> store.read(reader, s -> { //$NON-NLS-1$
			Page<IndexRow> page = s.rows(Query.of(Hazard.class).where("province", provinces.get(random.nextInt(provinces.size()))) //$NON-NLS-1$
					.where("grade", HazardGrade.MAJOR).whereIn("state", open).orderBy("deadline"), PageRequest.first(100)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			page.items().forEach(row -> s.get(Hazard.class, row.id()));
			return page;
		})));
		// the dashboard of a province: counts by state of each grade, the overdue, the repeats (five grouped counts)
		figures.put("query.hazard_dashboard_province.p95_ms", p95(() -> store.read(reader, s -> { //$NON-NLS-1$
			Jurisdiction province = provinces.get(random.nextInt(provinces.size()));
			s.countBy(Query.of(Hazard.class).where("province", province).where("grade", HazardGrade.GENERAL), "state"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			s.countBy(Query.of(Hazard.class).where("province", province).where("grade", HazardGrade.MAJOR), "state"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			s.countBy(Query.of(Hazard.class).where("province", province).whereIn("state", List.of(HazardState.RECTIFYING, HazardState.SUPERVISED)) //$NON-NLS-1$ //$NON-NLS-2$
					.where("deadline", Query.Op.LESS, LocalDate.of(2021, 11, 29)), "grade"); //$NON-NLS-1$ //$NON-NLS-2$
			return s.countBy(Query.of(Hazard.class).where("province", province).wherePresent("repeatOf"), "grade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		})));
		figures.put("query.mine_by_id.p95_ms", p95(() -> store.read(reader, s -> s.get(Mine.class, sample.get(random.nextInt(sample.size())).getId())))); //$NON-NLS-1$
		inspectionQueries(store, reader, random, provinces, counties, fragments, figures);
	}

	/** The inspections list: a province's self-inspections awaiting review, a county's of every kind by mine name, a template in use. */
	private static void inspectionQueries(JdbcStore store, Actor reader, Random random, List<Jurisdiction> provinces, List<Jurisdiction> counties,
			List<String> fragments, Map<String, String> figures) {
		figures.put("query.inspections_awaiting_review_province.p95_ms", p95(() -> store.read(reader, s -> s.rows(Query.of(Inspection.class) //$NON-NLS-1$
				.where("province", provinces.get(random.nextInt(provinces.size()))).where("kind", InspectionKind.SELF_INSPECTION) //$NON-NLS-1$ //$NON-NLS-2$
				.where("status", InspectionStatus.SUBMITTED).orderBy("plannedStart"), PageRequest.first(100))))); //$NON-NLS-1$ //$NON-NLS-2$
		figures.put("query.inspections_counties_mine_name.p95_ms", p95(() -> store.read(reader, s -> s.rows(Query.of(Inspection.class) //$NON-NLS-1$
				.whereIn("county", List.of(counties.get(random.nextInt(counties.size())).getCode(), counties.get(random.nextInt(counties.size())).getCode())) //$NON-NLS-1$
				.where("mineName", Query.Op.CONTAINS, fragments.get(random.nextInt(fragments.size()))).orderBy("plannedStart"), PageRequest.first(100))))); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> templates = store.read(reader, s -> s.rows(Query.of(Inspection.class).wherePresent("template"), PageRequest.first(50)).items().stream() //$NON-NLS-1$
				.map(row -> row.text("template")).distinct().toList()); //$NON-NLS-1$
		if (!templates.isEmpty()) {
			figures.put("query.template_in_use.p95_ms", p95(() -> store.read(reader, s -> s.countBy(Query.of(Inspection.class) //$NON-NLS-1$
					.where("template", templates.get(random.nextInt(templates.size()))).includingVoided(), "kind")))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Runs {@code query} once to warm the caches, then 50 times; the 95th percentile in milliseconds. */
	public static String p95(Runnable query) {
		query.run(); // warm the caches once
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			long started = System.nanoTime();
			query.run();
			millis.add((System.nanoTime() - started) / 1e6);
		}
		Collections.sort(millis);
		return format(millis.get((int) Math.ceil(0.95 * millis.size()) - 1));
	}

	private static String seconds(long startedNanos) {
		return format((System.nanoTime() - startedNanos) / 1e9);
	}

	private static String format(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value); //$NON-NLS-1$
	}

	/** Writes the figures as name = value lines. */
	public static void write(Map<String, String> figures, Path file) throws IOException {
		StringBuilder text = new StringBuilder("# Minewatch benchmark\n"); //$NON-NLS-1$
		figures.forEach((name, value) -> text.append(name).append(" = ").append(value).append('\n')); //$NON-NLS-1$
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text);
	}

	private Benchmark() {
	}
}
