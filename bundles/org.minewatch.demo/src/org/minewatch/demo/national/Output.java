package org.minewatch.demo.national;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The output folder and the row count of each file written so far, in the order the files were written. */
final class Output {

	private final Path dir;
	private final Map<String, Long> counts = new LinkedHashMap<>();

	Output(Path dir) {
		this.dir = dir;
	}

	CsvSink open(String fileName, String... header) throws IOException {
		return new CsvSink(dir, fileName, counts, header);
	}

	Path dir() {
		return dir;
	}

	Map<String, Long> counts() {
		return Collections.unmodifiableMap(counts);
	}
}
