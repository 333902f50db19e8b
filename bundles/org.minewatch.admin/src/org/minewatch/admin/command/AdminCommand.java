package org.minewatch.admin.command;

import java.io.PrintStream;

/**
 * A command of {@code minewatch admin} that another bundle contributes as a service (the optional demo feature's
 * generate and benchmark): the command line finds it by its name and lists its usage with its own.
 */
public interface AdminCommand {

	/** The word after {@code minewatch admin}, e.g. {@code generate}. */
	String name();

	/** Its lines in the usage text: the command, its options and what it does. */
	String usage();

	/**
	 * Runs with the options after the name; prints what it did on {@code out}. Returns the exit code (0 done, 1 failed or
	 * found problems); a wrong command line is a {@link Options.UsageException}, a failure a MinewatchException.
	 */
	int run(Options options, PrintStream out);
}
