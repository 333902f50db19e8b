package org.minewatch.model.refdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;

import org.minewatch.model.base.Edition;

/**
 * A folder of one data set: its files (UTF-8) and its edition.properties, which records the
 * edition, source, licence and validity of the data. A folder is named by a URL, so the same
 * code reads files inside a bundle and files on disk.
 */
public final class DataFolder {

	static final String EDITION_FILE = "edition.properties"; //$NON-NLS-1$

	private final URL base;

	/** @param base the folder's URL, ending in a slash */
	public DataFolder(URL base) {
		this.base = base;
	}

	public static DataFolder of(Path folder) {
		try {
			return new DataFolder(folder.toUri().toURL());
		} catch (MalformedURLException e) {
			throw new IllegalArgumentException(folder.toString(), e);
		}
	}

	/** A data folder inside the Minewatch model bundle, e.g. "/data/divisions/"; it must hold an edition.properties. */
	public static DataFolder ofResource(String folder) {
		URL edition = DataFolder.class.getResource(folder + EDITION_FILE);
		if (edition == null) {
			throw new DataFileException(folder + EDITION_FILE, 0, null, "not found in the Minewatch model bundle"); //$NON-NLS-1$
		}
		try {
			return new DataFolder(new URL(edition, ".")); //$NON-NLS-1$
		} catch (MalformedURLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The names an index file lists, one a line ("#" starts a comment line): the editions or folders to load. */
	public List<String> index(String file) {
		List<String> names = new java.util.ArrayList<>();
		try (java.io.BufferedReader reader = new java.io.BufferedReader(reader(file))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) { //$NON-NLS-1$
					names.add(line.strip());
				}
			}
		} catch (IOException e) {
			throw new DataFileException(describe(file), 0, null, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
		return names;
	}

	public DataFolder folder(String name) {
		try {
			return new DataFolder(new URL(base, name.endsWith("/") ? name : name + "/")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (MalformedURLException e) {
			throw new IllegalArgumentException(name, e);
		}
	}

	/** The file's name for messages: the folder's last segment and the file. */
	public String describe(String file) {
		String path = base.getPath();
		String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path; //$NON-NLS-1$
		return trimmed.substring(trimmed.lastIndexOf('/') + 1) + "/" + file; //$NON-NLS-1$
	}

	public InputStream open(String file) {
		try {
			return new URL(base, file).openStream();
		} catch (IOException e) {
			throw new DataFileException(describe(file), 0, null, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	public Reader reader(String file) {
		return new InputStreamReader(open(file), StandardCharsets.UTF_8);
	}

	/** edition.properties, with the line of each key kept for messages. */
	public EditionProperties edition() {
		String text;
		try (InputStream in = open(EDITION_FILE)) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new DataFileException(describe(EDITION_FILE), 0, null, "cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
		}
		Properties properties = new Properties();
		try {
			properties.load(new java.io.StringReader(text));
		} catch (IOException | IllegalArgumentException e) {
			throw new DataFileException(describe(EDITION_FILE), 0, null, e.getMessage(), e);
		}
		return new EditionProperties(describe(EDITION_FILE), text, properties);
	}

	/** The properties of an edition.properties file, read with the file and line in every complaint. */
	public record EditionProperties(String file, String text, Properties properties) {

		public String required(String key) {
			String value = optional(key);
			if (value == null) {
				throw new DataFileException(file, lineOf(key), key, "missing or empty"); //$NON-NLS-1$
			}
			return value;
		}

		public String optional(String key) {
			String value = properties.getProperty(key);
			return value == null || value.isBlank() ? null : value.strip();
		}

		public LocalDate date(String key) {
			String value = optional(key);
			try {
				return value == null ? null : LocalDate.parse(value);
			} catch (DateTimeParseException e) {
				throw new DataFileException(file, lineOf(key), key, "not a date (yyyy-mm-dd): " + value, e); //$NON-NLS-1$
			}
		}

		public int integer(String key) {
			String value = required(key);
			try {
				return Integer.parseInt(value);
			} catch (NumberFormatException e) {
				throw new DataFileException(file, lineOf(key), key, "not a whole number: " + value, e); //$NON-NLS-1$
			}
		}

		public List<String> list(String key) {
			String value = optional(key);
			return value == null ? List.of() : List.of(value.split("\\s*,\\s*")); //$NON-NLS-1$
		}

		/** Writes edition, source, licence and validity into {@code edition}. */
		public void applyTo(Edition edition) {
			edition.setEdition(required("edition")); //$NON-NLS-1$
			edition.setSource(optional("source")); //$NON-NLS-1$
			edition.setLicence(optional("licence")); //$NON-NLS-1$
			edition.setValidFrom(date("validFrom")); //$NON-NLS-1$
			edition.setValidTo(date("validTo")); //$NON-NLS-1$
		}

		public long lineOf(String key) {
			String[] lines = text.split("\n", -1); //$NON-NLS-1$
			for (int i = 0; i < lines.length; i++) {
				if (lines[i].strip().startsWith(key) && lines[i].strip().substring(key.length()).strip().startsWith("=")) { //$NON-NLS-1$
					return i + 1;
				}
			}
			return 0;
		}
	}
}
