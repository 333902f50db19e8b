package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's commands, run through the built installation's start script as an
 * administrator would: a bureau server, migrate, accounts (add, the password rules, disable, enable, lockout, reset,
 * list), head, verify, backup, stop, restore.
 */
class AdminCommandsTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path OUT = Path.of(System.getProperty("minewatch.e2e.out", "target/e2e"));
	private static final String OWNER_PASSWORD = "owner-secret";

	@TempDir
	Path temp;

	/** The output and exit code of one command. */
	private record Result(int exit, String output) {
	}

	@Test
	void aBureauServerIsRunMigratedBackedUpAndRestoredByCommands() throws Exception {
		int port = freePort();
		Path data = temp.resolve("bureau");
		Path serverLog = Files.createDirectories(OUT).resolve("admin-server.log");
		Process server = start(serverLog, OWNER_PASSWORD, "server", "start", "--data", data.toString(), "--user", "dbo", "--port", String.valueOf(port));
		try {
			String url = Wait.until(() -> find(serverLog, "desktops connect to (\\S+)"), Duration.ofSeconds(60), "the server to start (" + serverLog + ")");

			Result migrate = run(OWNER_PASSWORD, "migrate", "--url", url, "--user", "dbo");
			assertEquals(0, migrate.exit(), migrate.output());
			assertTrue(migrate.output().contains("schema migrated from version 0 to"), migrate.output());
			assertEquals(0, run(OWNER_PASSWORD, "account", "add", "--url", url, "--user", "dbo", "--name", "wang", "--new-password", "wang-secret").exit());

			Result head = run("wang-secret", "head", "--url", url, "--user", "wang");
			assertEquals(0, head.exit(), head.output());
			assertTrue(Pattern.compile("(?m)^1:[0-9a-f]{64}$").matcher(head.output()).find(), "one entry, the account's addition: " + head.output());
			Result wrong = run("not-it", "head", "--url", url, "--user", "wang");
			assertEquals(1, wrong.exit());
			assertTrue(wrong.output().contains("password is wrong"), wrong.output());

			// accounts: the password rules, disable, enable, a locked account staying locked, reset, list
			Result weak = run(OWNER_PASSWORD, "account", "add", "--url", url, "--user", "dbo", "--name", "li", "--new-password", "li-1");
			assertEquals(1, weak.exit(), weak.output());
			assertTrue(weak.output().contains("[store.account.passwordShort]") && weak.output().contains("at least 10 characters"), weak.output());
			assertEquals(0, run(OWNER_PASSWORD, "account", "add", "--url", url, "--user", "dbo", "--name", "li", "--new-password", "li-secret-2").exit());
			Result disable = run(OWNER_PASSWORD, "account", "disable", "--url", url, "--user", "dbo", "--name", "li");
			assertEquals(0, disable.exit(), disable.output());
			Result disabled = run("li-secret-2", "head", "--url", url, "--user", "li");
			assertEquals(1, disabled.exit(), disabled.output());
			assertTrue(disabled.output().contains("[store.account.disabled]") && disabled.output().contains("LI is disabled"), disabled.output());
			assertTrue(accountLine(list(url), "LI").contains(" disabled "), list(url));
			assertEquals(0, run(OWNER_PASSWORD, "account", "enable", "--url", url, "--user", "dbo", "--name", "li").exit());
			assertEquals(0, run("li-secret-2", "head", "--url", url, "--user", "li").exit(), "enabled, li signs in again");

			for (int i = 0; i < 4; i++) { // with the one above, five wrong passwords in a row
				assertEquals(1, run("not-it", "head", "--url", url, "--user", "wang").exit());
			}
			String wangLocked = accountLine(list(url), "WANG");
			assertTrue(wangLocked.matches("WANG\\s+locked\\s+5\\s+.*"), wangLocked);
			for (int i = 0; i < 2; i++) {
				Result locked = run("wang-secret", "head", "--url", url, "--user", "wang");
				assertEquals(1, locked.exit(), "a locked account stays locked, even with the right password: " + locked.output());
				assertTrue(locked.output().contains("[store.account.locked]"), locked.output());
			}
			assertTrue(accountLine(list(url), "WANG").contains(" locked "), "still locked");
			Result reset = run(OWNER_PASSWORD, "account", "reset", "--url", url, "--user", "dbo", "--name", "wang", "--new-password", "wang-new-secret-3");
			assertEquals(0, reset.exit(), reset.output());
			assertEquals(1, run("wang-secret", "head", "--url", url, "--user", "wang").exit(), "the old password is gone");
			assertEquals(0, run("wang-new-secret-3", "head", "--url", url, "--user", "wang").exit(), "the new one signs in");
			String listed = list(url);
			assertTrue(accountLine(listed, "WANG").matches("WANG\\s+active\\s+0\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+-"), listed);
			assertTrue(accountLine(listed, "LI").matches("LI\\s+active\\s+0\\s+.*"), listed);
			assertTrue(listed.contains("2 accounts"), listed);
			Files.writeString(OUT.resolve("admin-account-list.txt"), listed);

			Result verify = run(OWNER_PASSWORD, "verify", "--url", url, "--user", "dbo");
			assertEquals(0, verify.exit(), verify.output());
			assertTrue(verify.output().contains("intact"), verify.output());

			Path backups = temp.resolve("backups");
			Result backup = run(OWNER_PASSWORD, "backup", "--url", url, "--user", "dbo", "--to", backups.toString());
			assertEquals(0, backup.exit(), backup.output());
			assertTrue(backup.output().contains("audit chain head before: ") && backup.output().contains("audit chain head after:"), backup.output());
			assertTrue(Files.isDirectory(backups.resolve("minewatch")));

			Result stop = run(null, "server", "stop", "--port", String.valueOf(port));
			assertEquals(0, stop.exit(), stop.output());
			assertTrue(server.waitFor(60, TimeUnit.SECONDS), "the server process ended after 'server stop'");
			assertEquals(0, server.exitValue());

			Path restored = temp.resolve("restored").resolve("minewatch");
			Result restore = run(OWNER_PASSWORD, "restore", "--from", backups.resolve("minewatch").toString(), "--to", restored.toString(), "--user", "dbo");
			assertEquals(0, restore.exit(), restore.output());
			String headAfterBackup = find(backup.output(), "audit chain head after:\\s+(\\S+)").orElseThrow();
			assertTrue(restore.output().contains("audit chain head: " + headAfterBackup), "the account changes' entries restored: " + restore.output());
			Result verifyRestored = run(OWNER_PASSWORD, "verify", "--database", restored.toString(), "--user", "dbo");
			assertEquals(0, verifyRestored.exit(), verifyRestored.output());

			Result usage = run(null, "nonsense");
			assertEquals(2, usage.exit());
			assertTrue(usage.output().contains("usage: minewatch admin"), usage.output());
		} finally {
			if (server.isAlive()) {
				server.destroy();
				server.waitFor(20, TimeUnit.SECONDS);
			}
		}
	}

	private String list(String url) throws Exception {
		Result list = run(OWNER_PASSWORD, "account", "list", "--url", url, "--user", "dbo");
		assertEquals(0, list.exit(), list.output());
		return list.output();
	}

	private static String accountLine(String list, String account) {
		return list.lines().filter(line -> line.startsWith(account + " ")).findFirst().orElseThrow(() -> new AssertionError(account + " not listed: " + list));
	}

	private static Optional<String> find(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	private Process start(Path log, String password, String... args) throws IOException {
		ProcessBuilder builder = builder(password, args).redirectErrorStream(true).redirectOutput(log.toFile());
		return builder.start();
	}

	private Result run(String password, String... args) throws Exception {
		Process process = builder(password, args).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "minewatch admin " + String.join(" ", args) + " finished");
		return new Result(process.exitValue(), output);
	}

	private ProcessBuilder builder(String password, String... args) {
		List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("minewatch").toString(), "admin"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.put("MINEWATCH_DATA", temp.resolve("admin-data").toString());
		env.remove("MINEWATCH_PASSWORD");
		if (password != null) {
			env.put("MINEWATCH_PASSWORD", password);
		}
		return builder;
	}

	private static Optional<String> find(Path log, String regex) {
		try {
			if (!Files.exists(log)) {
				return Optional.empty();
			}
			Matcher matcher = Pattern.compile(regex).matcher(Files.readString(log));
			return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
