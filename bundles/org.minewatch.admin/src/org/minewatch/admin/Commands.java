package org.minewatch.admin;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;

import org.minewatch.admin.command.AdminCommand;
import org.minewatch.admin.command.AdminTexts;
import org.minewatch.admin.command.Options;
import org.minewatch.admin.command.Options.UsageException;
import org.minewatch.core.Actor;
import org.minewatch.core.AuditReport;
import org.minewatch.core.ChainHead;
import org.minewatch.core.StoreException;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.time.Zones;
import org.minewatch.store.Accounts;
import org.minewatch.store.Administration;
import org.minewatch.store.BulkImport;
import org.minewatch.store.IndexRebuild;
import org.minewatch.store.JdbcStore;
import org.minewatch.store.NetworkServer;

/**
 * The administrator's commands. Each prints what it did; the exit code is 0 when it worked, 1 when
 * it failed or found problems, 2 when the command line is wrong.
 */
final class Commands {

	static final String USAGE = """
			usage: minewatch admin <command> [--option value ...]    (password: --password or MINEWATCH_PASSWORD)
			  server start --data DIR --user OWNER [--port 1527] [--bind 127.0.0.1]   run the bureau's database server until stopped
			  server stop [--port 1527] [--bind 127.0.0.1]                            stop it
			  migrate --url URL --user OWNER                                          bring the shared database's schema up to this version
			  account add --url URL --user OWNER --name NAME [--person ID]            add a person's database account (new password: --new-password
			                                                                        or MINEWATCH_NEW_PASSWORD; at least 10 characters of two kinds),
			                                                                        linked to the person record ID
			  account disable --url URL --user OWNER --name NAME                      refuse the account's sign-ins until it is enabled
			  account enable --url URL --user OWNER --name NAME                       enable a disabled or locked account (5 wrong passwords lock it)
			  account reset --url URL --user OWNER --name NAME                        set a new password (as for add) and make the account active
			  account list --url URL --user OWNER                                     every account: state, failed sign-ins, last sign-in, person
			  backup --url URL --user OWNER --to DIR                                  online backup, with the audit chain head before and after
			  restore --from DIR --to DIR --user OWNER                                restore a backup (server stopped) and print its chain head
			  head (--url URL --user NAME | --database DIR)                           print the audit chain head to export
			  verify (--url URL --user NAME | --database DIR) [--head SEQ:HASH]       check the audit chain, records, the rows derived from them
			                                                                        (metadata, index, history, settings, attachment links) and attachments
			  rebuild-index (--url URL --user OWNER | --database DIR)                 write derived rows again from the proven documents (audited)
			  import (--url URL --user NAME | --database DIR) --from DIR [--batch 1000]  load a data set; an interrupted import resumes
			"""; //$NON-NLS-1$

	private final PrintStream out;
	private final PrintStream err;
	/** Commands other bundles contribute (the demo feature's generate and benchmark), by name. */
	private final java.util.Map<String, AdminCommand> contributed = new java.util.TreeMap<>();

	Commands(PrintStream out, PrintStream err, java.util.Collection<AdminCommand> others) {
		this.out = out;
		this.err = err;
		others.forEach(command -> contributed.put(command.name(), command));
	}

	int run(String[] args) {
		try {
			String command = args.length == 0 ? "" : args[0]; //$NON-NLS-1$
			String sub = args.length > 1 ? args[1] : ""; //$NON-NLS-1$
			return switch (command) {
			case "server" -> "start".equals(sub) ? serverStart(new Options(args, 2)) : "stop".equals(sub) ? serverStop(new Options(args, 2)) : usage("server start|stop"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			case "migrate" -> migrate(new Options(args, 1)); //$NON-NLS-1$
			case "account" -> switch (sub) { //$NON-NLS-1$
			case "add" -> accountAdd(new Options(args, 2)); //$NON-NLS-1$
			case "disable", "enable", "reset" -> accountChange(sub, new Options(args, 2)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "list" -> accountList(new Options(args, 2)); //$NON-NLS-1$
			default -> usage("account add|disable|enable|reset|list"); //$NON-NLS-1$
			};
			case "backup" -> backup(new Options(args, 1)); //$NON-NLS-1$
			case "restore" -> restore(new Options(args, 1)); //$NON-NLS-1$
			case "head" -> head(new Options(args, 1)); //$NON-NLS-1$
			case "verify" -> verify(new Options(args, 1)); //$NON-NLS-1$
			case "rebuild-index" -> rebuildIndex(new Options(args, 1)); //$NON-NLS-1$
			case "import" -> importDataSet(new Options(args, 1)); //$NON-NLS-1$
			default -> contributed.containsKey(command) ? contributed.get(command).run(Options.withArgument(args, 1), out)
					: usage(command.isEmpty() ? AdminTexts.format("usage.noCommand") : AdminTexts.format("usage.unknownCommand", command)); //$NON-NLS-1$ //$NON-NLS-2$
			};
		} catch (UsageException e) {
			return usage(e.getMessage());
		} catch (org.minewatch.core.MinewatchException e) {
			err.println(AdminTexts.format("failed", e.code(), e.getMessage())); //$NON-NLS-1$
			return 1;
		}
	}

	private int serverStart(Options o) {
		int port = o.integer("port", NetworkServer.DEFAULT_PORT); //$NON-NLS-1$
		try (NetworkServer server = NetworkServer.start(o.path("data"), address(o), port, o.required("user"), o.password(), new PrintWriter(out, true), //$NON-NLS-1$ //$NON-NLS-2$
				true)) { // this process is the server's own: refuse every connection without an account
			out.println("database server running; desktops connect to " + server.url()); //$NON-NLS-1$
			out.flush();
			server.awaitStop();
			out.println("database server stopped"); //$NON-NLS-1$
		}
		return 0;
	}

	private int serverStop(Options o) {
		NetworkServer.stop(address(o), o.integer("port", NetworkServer.DEFAULT_PORT)); //$NON-NLS-1$
		out.println("database server stopped"); //$NON-NLS-1$
		return 0;
	}

	private int migrate(Options o) {
		int[] versions = Administration.of(o.required("url"), o.required("user"), o.password()).migrate(); //$NON-NLS-1$ //$NON-NLS-2$
		out.println(versions[0] == versions[1] ? "schema already at version " + versions[1] //$NON-NLS-1$
				: "schema migrated from version " + versions[0] + " to " + versions[1]); //$NON-NLS-1$ //$NON-NLS-2$
		return 0;
	}

	private int accountAdd(Options o) {
		String name = o.required("name"); //$NON-NLS-1$
		String person = o.optional("person", null); //$NON-NLS-1$
		admin(o).addAccount(Administration.ADMINISTRATOR, name, newPassword(o), person);
		out.println("account " + Accounts.accountName(name) + " added" + (person == null ? "" : ", linked to person " + person)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return 0;
	}

	private int accountChange(String change, Options o) {
		String name = o.required("name"); //$NON-NLS-1$
		Administration admin = admin(o);
		switch (change) {
		case "disable" -> admin.disableAccount(Administration.ADMINISTRATOR, name); //$NON-NLS-1$
		case "enable" -> admin.enableAccount(Administration.ADMINISTRATOR, name); //$NON-NLS-1$
		default -> admin.resetAccount(Administration.ADMINISTRATOR, name, newPassword(o));
		}
		out.println("account " + Accounts.accountName(name) + (switch (change) { //$NON-NLS-1$
		case "disable" -> " disabled"; //$NON-NLS-1$ //$NON-NLS-2$
		case "enable" -> " enabled"; //$NON-NLS-1$ //$NON-NLS-2$
		default -> ": password reset, account active"; //$NON-NLS-1$
		}));
		return 0;
	}

	private int accountList(Options o) {
		java.util.List<Accounts.Account> accounts = admin(o).accounts();
		out.println(String.format("%-30s %-8s %6s  %-20s  %s", "ACCOUNT", "STATE", "FAILED", "LAST SIGN-IN", "PERSON")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Zones.CHINA); //$NON-NLS-1$
		for (Accounts.Account account : accounts) {
			out.println(String.format("%-30s %-8s %6d  %-20s  %s", account.name(), account.state().name().toLowerCase(java.util.Locale.ROOT), //$NON-NLS-1$
					account.failedSignIns(), account.lastSignIn() == null ? "-" : time.format(account.lastSignIn()), //$NON-NLS-1$
					account.personId() == null ? "-" : account.personId() + (account.personName() == null ? "" : " " + account.personName()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		out.println(accounts.size() + " accounts"); //$NON-NLS-1$
		return 0;
	}

	private static Administration admin(Options o) {
		return Administration.of(o.required("url"), o.required("user"), o.password()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The new password of add and reset: --new-password, else MINEWATCH_NEW_PASSWORD (kept out of process listings). */
	private static String newPassword(Options o) {
		String password = o.has("new-password") ? o.required("new-password") : System.getenv("MINEWATCH_NEW_PASSWORD"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (password == null) {
			throw new UsageException(AdminTexts.format("usage.noNewPassword")); //$NON-NLS-1$
		}
		return password;
	}

	private int backup(Options o) {
		String url = o.required("url"); //$NON-NLS-1$
		try (JdbcStore store = JdbcStore.connect(url, o.required("user"), o.password(), reference(), clock())) { //$NON-NLS-1$
			out.println("audit chain head before: " + store.head()); //$NON-NLS-1$
			Administration.of(url, o.required("user"), o.password()).backup(o.path("to")); //$NON-NLS-1$ //$NON-NLS-2$
			out.println("backup written to " + o.path("to").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
			out.println("audit chain head after:  " + store.head()); //$NON-NLS-1$
		}
		return 0;
	}

	private int restore(Options o) {
		Administration.restore(o.path("from"), o.path("to"), o.required("user"), o.password()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (JdbcStore store = JdbcStore.inspect(o.path("to"), o.required("user"), o.password(), reference(), clock())) { //$NON-NLS-1$ //$NON-NLS-2$
			out.println("restored " + o.path("from").toAbsolutePath() + " into " + o.path("to").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			out.println("audit chain head: " + store.head()); //$NON-NLS-1$
		}
		return 0;
	}

	private int head(Options o) {
		try (JdbcStore store = open(o)) {
			out.println(store.head());
		}
		return 0;
	}

	private int verify(Options o) {
		ChainHead exported = o.has("head") ? ChainHead.parse(o.required("head")) : null; //$NON-NLS-1$ //$NON-NLS-2$
		try (JdbcStore store = open(o)) {
			AuditReport report = store.verify(exported);
			out.println("records digest " + store.recordsDigest()); //$NON-NLS-1$
			out.println("checked " + report.entries() + " audit entries and " + report.records() + " records" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (exported == null ? "" : " against the exported head " + exported)); //$NON-NLS-1$ //$NON-NLS-2$
			if (report.intact()) {
				out.println("intact; head " + store.head()); //$NON-NLS-1$
				return 0;
			}
			report.problems().forEach(p -> out.println(p.kind() + " at " + p.at() + ": " + p.message())); //$NON-NLS-1$ //$NON-NLS-2$
			return 1;
		}
	}

	/** Repairs derived rows from the proven documents, then verifies again; refused while anything else is wrong. */
	private int rebuildIndex(Options o) {
		Actor actor = new Actor("admin", "index rebuilt by " + System.getProperty("user.name"), "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try (JdbcStore store = open(o)) {
			IndexRebuild.Rebuilt rebuilt = store.rebuildIndex(actor);
			out.println("rows of " + rebuilt.records() + " records written again from their documents, " + rebuilt.removed() //$NON-NLS-1$ //$NON-NLS-2$
					+ " rows without a record removed, in " + rebuilt.entries() + " audit entries"); //$NON-NLS-1$ //$NON-NLS-2$
			AuditReport report = store.verify(null);
			if (report.intact()) {
				out.println("intact; head " + store.head()); //$NON-NLS-1$
				return 0;
			}
			report.problems().forEach(p -> out.println(p.kind() + " at " + p.at() + ": " + p.message())); //$NON-NLS-1$ //$NON-NLS-2$
			return 1;
		}
	}

	private int importDataSet(Options o) {
		Actor actor = new Actor("import", "bulk import by " + System.getProperty("user.name"), "import"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		try (JdbcStore store = o.has("database") ? JdbcStore.open(o.path("database"), reference(), clock()) : open(o)) { //$NON-NLS-1$ //$NON-NLS-2$
			long written = BulkImport.run(store, o.path("from"), o.integer("batch", 1000), actor, //$NON-NLS-1$ //$NON-NLS-2$
					p -> out.println("imported " + p.done() + " of " + p.total() + " rows of " + p.file())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println("import complete: " + written + " records written by this run; audit chain head " + store.head()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return 0;
	}

	private JdbcStore open(Options o) {
		if (o.has("database")) { //$NON-NLS-1$
			return JdbcStore.inspect(o.path("database"), o.optional("user", null), o.has("user") ? o.password() : null, reference(), clock()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return JdbcStore.connect(o.required("url"), o.required("user"), o.password(), reference(), clock()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private int usage(String problem) {
		err.println(problem);
		err.print(USAGE);
		contributed.values().forEach(command -> err.print(command.usage()));
		return 2;
	}

	private static InetAddress address(Options o) {
		try {
			return InetAddress.getByName(o.optional("bind", "127.0.0.1")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (UnknownHostException e) {
			throw new UsageException(AdminTexts.format("usage.badBind", e.getMessage())); //$NON-NLS-1$
		}
	}

	private static ReferenceData reference() {
		return ReferenceData.loadShipped();
	}

	private static Clock clock() {
		return Zones.systemClock();
	}
}
