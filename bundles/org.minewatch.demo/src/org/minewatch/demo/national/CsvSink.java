package org.minewatch.demo.national;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One output file: UTF-8, RFC 4180 quoting, a header line and '\n' line ends. Rows go straight to a buffered
 * stream, so memory use does not depend on the number of rows; the row count goes to the run's tally when the file
 * is closed.
 */
final class CsvSink implements Closeable {

	private static final int BUFFER = 1 << 16;

	private final String fileName;
	private final Map<String, Long> tally;
	private final CSVPrinter printer;
	private long rows;

	CsvSink(Path dir, String fileName, Map<String, Long> tally, String... header) throws IOException {
		this.fileName = fileName;
		this.tally = tally;
		CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader(header).get();
		BufferedWriter out = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(dir.resolve(fileName)), StandardCharsets.UTF_8), BUFFER);
		this.printer = new CSVPrinter(out, format);
		tally.put(fileName, 0L); // holds the file's place in the order files were opened
	}

	/** Writes one row; use "" for an empty value, never null. */
	void row(Object... values) throws IOException {
		printer.printRecord(values);
		rows++;
	}

	@Override
	public void close() throws IOException {
		printer.close(true);
		tally.put(fileName, rows);
	}
}
