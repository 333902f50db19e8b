package org.minewatch.admin.command;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The options of a command: --name value pairs; a missing required option is a usage error that names it. */
public final class Options {

	/** A command line that cannot be carried out as given. */
	public static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public UsageException(String message) {
			super(message);
		}
	}

	private final Map<String, String> values = new HashMap<>();
	private String argument;

	/** The options after {@code from}, a first word that is not an option taken as the command's argument ({@code install <feature>}). */
	public static Options withArgument(String[] args, int from) {
		boolean has = from < args.length && !args[from].startsWith("--"); //$NON-NLS-1$
		Options options = new Options(args, has ? from + 1 : from);
		options.argument = has ? args[from] : null;
		return options;
	}

	/** The command's argument, named {@code name} in the usage; refused when missing. */
	public String argument(String name) {
		if (argument == null) {
			throw new UsageException(AdminTexts.format("usage.missing", name)); //$NON-NLS-1$
		}
		return argument;
	}

	public Options(String[] args, int from) {
		for (int i = from; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) { //$NON-NLS-1$
				throw new UsageException(AdminTexts.format("usage.expectedOption", args[i])); //$NON-NLS-1$
			}
			values.put(args[i].substring(2), args[i + 1]);
		}
	}

	public String required(String name) {
		String value = values.get(name);
		if (value == null || value.isBlank()) {
			throw new UsageException(AdminTexts.format("usage.missing", name)); //$NON-NLS-1$
		}
		return value;
	}

	public String optional(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	public boolean has(String name) {
		return values.containsKey(name);
	}

	public Path path(String name) {
		return Path.of(required(name));
	}

	public int integer(String name, int fallback) {
		String value = values.get(name);
		try {
			return value == null ? fallback : Integer.parseInt(value);
		} catch (NumberFormatException e) {
			throw new UsageException(AdminTexts.format("usage.notWholeNumber", name, value)); //$NON-NLS-1$
		}
	}

	/** The password: --password, else the environment variable MINEWATCH_PASSWORD (kept out of process listings). */
	public String password() {
		String password = values.containsKey("password") ? values.get("password") : System.getenv("MINEWATCH_PASSWORD"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (password == null || password.isEmpty()) {
			throw new UsageException(AdminTexts.format("usage.noPassword")); //$NON-NLS-1$
		}
		return password;
	}
}
