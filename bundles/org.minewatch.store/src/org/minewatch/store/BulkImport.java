package org.minewatch.store;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.minewatch.core.Sha256;
import org.minewatch.core.Actor;
import org.minewatch.core.StoreException;
import org.minewatch.model.base.Record;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.AuditChain.Action;

/**
 * Loads a national-scale data set (docs/data-formats.md) into the store in batches: each batch is
 * one transaction with its records, their index rows, one audit entry listing them, and how far the
 * file has come. Interrupted at any point (even killed), it resumes after the last committed batch:
 * no duplicates, no half batches.
 */
public final class BulkImport {

	/** How far one file has come. */
	public record Progress(String file, long done, long total) {
	}

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private final JdbcStore store;
	private final Path folder;
	private final int batchSize;
	private final Actor actor;
	private final Consumer<Progress> progress;
	private final Properties manifest = new Properties();
	private final String dataSet;
	private final NationalRecords rows;

	private BulkImport(JdbcStore store, Path folder, int batchSize, Actor actor, Consumer<Progress> progress) {
		this.store = store;
		this.folder = folder;
		this.batchSize = batchSize;
		this.actor = actor;
		this.progress = progress;
		try (Reader in = Files.newBufferedReader(folder.resolve("manifest.properties"), StandardCharsets.UTF_8)) { //$NON-NLS-1$
			manifest.load(in);
		} catch (IOException e) {
			throw Texts.failure("import.noManifest", e, folder, e.getMessage()); //$NON-NLS-1$
		}
		this.dataSet = "seed=" + manifest.getProperty("seed") + ",scale=" + manifest.getProperty("scale"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		this.rows = new NationalRecords(store.referenceResources().data(), dataSet);
	}

	/** Imports (or resumes importing) the data set in {@code folder}; returns the records written by this run. */
	public static long run(JdbcStore store, Path folder, int batchSize, Actor actor, Consumer<Progress> progress) {
		if (batchSize < 1) {
			throw Texts.refusal("import.batchSize", batchSize); //$NON-NLS-1$
		}
		return new BulkImport(store, folder, batchSize, actor, progress).all();
	}

	private long all() {
		long written = 0;
		written += simple("agencies.csv", rows::agency); //$NON-NLS-1$
		written += simple("enterprises.csv", rows::enterprise); //$NON-NLS-1$
		written += withDetails("mines.csv", List.of("mine_status_history.csv", "mine_classifications.csv"), "mine_id", rows::mine, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				(record, file, row) -> {
					if (file.equals("mine_status_history.csv")) { //$NON-NLS-1$
						rows.status((Mine) record, row);
					} else {
						rows.classification((Mine) record, row);
					}
				});
		written += simple("persons.csv", rows::person); //$NON-NLS-1$
		written += checklist();
		written += withDetails("inspections.csv", List.of("item_results.csv"), "inspection_id", rows::inspection, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				(record, file, row) -> rows.result((Inspection) record, row));
		written += simple("hazards.csv", rows::hazard); //$NON-NLS-1$
		return written;
	}

	/** A detail row (a mine's history, an inspection's results) added to its record. */
	private interface Detail {
		void add(Record record, String file, CSVRecord row);
	}

	private long simple(String file, Function<CSVRecord, Record> toRecord) {
		return withDetails(file, List.of(), null, toRecord, null);
	}

	/** Reads {@code file}, and beside it the files of its details in the same order, one batch at a time. */
	private long withDetails(String file, List<String> detailFiles, String key, Function<CSVRecord, Record> toRecord, Detail detail) {
		long total = count(file);
		long done = done(file);
		long written = 0;
		List<CSVParser> parsers = new ArrayList<>();
		try {
			Iterator<CSVRecord> primary = open(file, parsers);
			List<PeekingRows> details = new ArrayList<>();
			for (String detailFile : detailFiles) {
				details.add(new PeekingRows(detailFile, open(detailFile, parsers)));
			}
			for (long i = 0; i < done && primary.hasNext(); i++) {
				String id = primary.next().get("id"); //$NON-NLS-1$
				details.forEach(d -> d.skip(key, id));
			}
			while (primary.hasNext()) {
				List<Record> batch = new ArrayList<>();
				while (batch.size() < batchSize && primary.hasNext()) {
					Record record = toRecord.apply(primary.next());
					for (PeekingRows rowsOfDetail : details) {
						rowsOfDetail.take(key, record.getId(), row -> detail.add(record, rowsOfDetail.file, row));
					}
					batch.add(record);
				}
				done = write(file, done, batch);
				written += batch.size();
				progress.accept(new Progress(file, done, total));
			}
		} catch (IOException e) {
			throw Texts.failure("import.unreadable", e, folder.resolve(file), e.getMessage()); //$NON-NLS-1$
		} finally {
			closeAll(parsers);
		}
		return written;
	}

	/** The checklist: all its items make one record, written as one batch. */
	private long checklist() {
		String file = "checklist_items.csv"; //$NON-NLS-1$
		if (done(file) > 0) {
			return 0;
		}
		List<CSVParser> parsers = new ArrayList<>();
		try {
			ChecklistTemplate template = rows.template(nationalBureau());
			Iterator<CSVRecord> items = open(file, parsers);
			long count = 0;
			while (items.hasNext()) {
				rows.item(template, items.next());
				count++;
			}
			write(file, count - 1, List.of(template)); // the file is done: its rows_done is its row count
			progress.accept(new Progress(file, count, count));
			return 1;
		} catch (IOException e) {
			throw Texts.failure("import.unreadable", e, folder.resolve(file), e.getMessage()); //$NON-NLS-1$
		} finally {
			closeAll(parsers);
		}
	}

	/** One batch in one transaction: records, index rows, the audit entry, and the file's progress. */
	private long write(String file, long doneBefore, List<Record> batch) {
		long doneAfter = doneBefore + batch.size();
		try (Connection connection = store.database().open()) {
			try {
				AuditChain.lock(connection);
				Instant now = store.clock().instant();
				String lines;
				try (ImportWriter writer = new ImportWriter(connection, actor, now, store.referenceResources())) {
					writer.addAll(batch);
					lines = writer.flush();
				}
				String batchId = file + "#" + (doneBefore + 1) + "-" + doneAfter; //$NON-NLS-1$ //$NON-NLS-2$
				AuditChain.append(connection, actor, now, Action.IMPORT, "import", batchId.length() > 36 ? batchId.substring(0, 36) : batchId, 0, null, //$NON-NLS-1$
						Sha256.of(lines), lines);
				saveProgress(connection, file, doneAfter);
				connection.commit();
				return doneAfter;
			} catch (SQLException | RuntimeException e) {
				Database.rollback(connection, e);
				throw e;
			}
		} catch (SQLException | RuntimeException e) {
			if (Database.diskFull(e)) {
				throw Texts.failure("import.diskFull", e, store.where(), file, doneBefore + 1, doneAfter); //$NON-NLS-1$
			}
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw Texts.failure("import.batchFailed", e, file, doneBefore + 1, doneAfter, e.getMessage()); //$NON-NLS-1$
		}
	}

	private void saveProgress(Connection connection, String file, long done) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE mw_import SET rows_done = ? WHERE data_set = ? AND file_name = ?")) { //$NON-NLS-1$
			update.setLong(1, done);
			update.setString(2, dataSet);
			update.setString(3, file);
			if (update.executeUpdate() == 1) {
				return;
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mw_import (data_set, file_name, rows_done) VALUES (?, ?, ?)")) { //$NON-NLS-1$
			insert.setString(1, dataSet);
			insert.setString(2, file);
			insert.setLong(3, done);
			insert.executeUpdate();
		}
	}

	private long done(String file) {
		try (Connection connection = store.connection();
				PreparedStatement select = connection.prepareStatement("SELECT rows_done FROM mw_import WHERE data_set = ? AND file_name = ?")) { //$NON-NLS-1$
			select.setString(1, dataSet);
			select.setString(2, file);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? row.getLong(1) : 0;
			}
		} catch (SQLException e) {
			throw Texts.failure("import.progressUnreadable", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	private long count(String file) {
		String count = manifest.getProperty("count." + file); //$NON-NLS-1$
		if (count == null) {
			throw Texts.refusal("import.noCount", folder, file); //$NON-NLS-1$
		}
		return Long.parseLong(count);
	}

	private String nationalBureau() throws IOException {
		List<CSVParser> parsers = new ArrayList<>();
		try {
			Iterator<CSVRecord> agencies = open("agencies.csv", parsers); //$NON-NLS-1$
			while (agencies.hasNext()) {
				CSVRecord agency = agencies.next();
				if ("NATION".equals(agency.get("level"))) { //$NON-NLS-1$ //$NON-NLS-2$
					return agency.get("id"); //$NON-NLS-1$
				}
			}
			throw Texts.refusal("import.noNationalBureau", folder); //$NON-NLS-1$
		} finally {
			closeAll(parsers);
		}
	}

	private static void closeAll(List<CSVParser> parsers) {
		for (CSVParser parser : parsers) {
			try {
				parser.close();
			} catch (IOException e) {
				// the rows are read: nothing is lost
			}
		}
	}

	private Iterator<CSVRecord> open(String file, List<CSVParser> parsers) throws IOException {
		CSVParser parser = FORMAT.parse(Files.newBufferedReader(folder.resolve(file), StandardCharsets.UTF_8));
		parsers.add(parser);
		return parser.iterator();
	}

	/** Detail rows read in step with their records: the rows of one key at a time. */
	private static final class PeekingRows {
		final String file;
		private final Iterator<CSVRecord> rows;
		private CSVRecord next;

		PeekingRows(String file, Iterator<CSVRecord> rows) {
			this.file = file;
			this.rows = rows;
			this.next = rows.hasNext() ? rows.next() : null;
		}

		void take(String key, String id, Consumer<CSVRecord> into) {
			while (next != null && next.get(key).equals(id)) {
				into.accept(next);
				next = rows.hasNext() ? rows.next() : null;
			}
		}

		void skip(String key, String id) {
			take(key, id, row -> {
				// already imported
			});
		}
	}
}
