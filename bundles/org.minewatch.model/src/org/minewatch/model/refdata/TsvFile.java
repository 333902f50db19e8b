package org.minewatch.model.refdata;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a tab-separated file with a header line, handing each row over with its line number. */
final class TsvFile {

	private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get();

	/** One data row; {@link #get} refuses a missing or empty value with file, line and column name. */
	record Row(String file, long line, CSVRecord record) {

		String get(String column) {
			String value = optional(column);
			if (value == null) {
				throw error(column, "missing or empty"); //$NON-NLS-1$
			}
			return value;
		}

		String optional(String column) {
			String value = record.isSet(column) ? record.get(column) : null;
			return value == null || value.isBlank() ? null : value;
		}

		int integer(String column) {
			String value = get(column);
			try {
				return Integer.parseInt(value);
			} catch (NumberFormatException e) {
				throw error(column, "not a whole number: " + value); //$NON-NLS-1$
			}
		}

		DataFileException error(String column, String problem) {
			return new DataFileException(file, line, column, problem);
		}
	}

	static void read(DataFolder folder, String file, List<String> columns, Consumer<Row> handler) {
		read(() -> folder.reader(file), folder.describe(file), columns, handler);
	}

	/** Where the rows come from: opened once, closed after the last row. */
	@FunctionalInterface
	interface Source {
		Reader open() throws IOException;
	}

	/** Reads rows from {@code source}; errors name the source as {@code name}, with the line and column. */
	static void read(Source source, String name, List<String> columns, Consumer<Row> handler) {
		try (Reader in = source.open(); CSVParser parser = FORMAT.parse(in)) {
			for (String column : columns) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new DataFileException(name, 1, column, "column missing from the header " + parser.getHeaderNames()); //$NON-NLS-1$
				}
			}
			for (CSVRecord record : parser) {
				if (record.size() != parser.getHeaderNames().size()) {
					throw new DataFileException(name, parser.getCurrentLineNumber(), null,
							record.size() + " columns where the header has " + parser.getHeaderNames().size()); //$NON-NLS-1$
				}
				handler.accept(new Row(name, parser.getCurrentLineNumber(), record));
			}
		} catch (IOException e) {
			throw new DataFileException(name, 0, null, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (UncheckedIOException | IllegalStateException e) {
			throw new DataFileException(name, 0, null, "malformed: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private TsvFile() {
	}
}
