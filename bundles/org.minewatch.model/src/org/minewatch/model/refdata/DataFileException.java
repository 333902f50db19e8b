package org.minewatch.model.refdata;

/** A data file that cannot be loaded, with where: file, line and field. Nothing of the file is used. */
public class DataFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final long line;
	private final String field;

	public DataFileException(String file, long line, String field, String problem) {
		this(file, line, field, problem, null);
	}

	public DataFileException(String file, long line, String field, String problem, Throwable cause) {
		super(file + ", line " + line + (field == null ? "" : ", field " + field) + ": " + problem, cause); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		this.file = file;
		this.line = line;
		this.field = field;
	}

	public String file() {
		return file;
	}

	public long line() {
		return line;
	}

	public String field() {
		return field;
	}
}
