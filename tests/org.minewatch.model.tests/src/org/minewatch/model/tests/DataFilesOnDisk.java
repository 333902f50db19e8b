package org.minewatch.model.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes data folders for loader tests: copies of the shipped files, or files given as text. */
final class DataFilesOnDisk {

	static Path copyShipped(Path into, String bundleFolder, String... files) throws IOException {
		Files.createDirectories(into);
		for (String file : files) {
			try (InputStream in = DataFilesOnDisk.class.getResourceAsStream(bundleFolder + file)) {
				Files.copy(in, into.resolve(file));
			}
		}
		return into;
	}

	static Path write(Path folder, String file, String text) throws IOException {
		Files.createDirectories(folder);
		return Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
	}

	private DataFilesOnDisk() {
	}
}
