package org.minewatch.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One start of the built product, as a person starts it: through the installation's start script,
 * with its own data area. On failure it leaves a screenshot, the console output and the
 * workspace .log in the output folder.
 */
final class ProductRun implements AutoCloseable {

	static final Duration START_TIMEOUT = Duration.ofSeconds(90);
	static final Duration EXIT_TIMEOUT = Duration.ofSeconds(60);
	/** The product's name, after the name of the record in front if an editor is open. */
	private static final String MAIN_WINDOW_TITLE = "Minewatch \\(";
	private static final String DATABASE_READY = "Minewatch database ready, audit chain head ";
	/** Logged when the suite closes, with the audit chain head then. */
	static final String CLOSING = "Minewatch closing, audit chain head ";

	private final Path dataArea;
	private final Path out;
	private final String label;
	private final Process process;
	private final long logOffset;
	private String window;

	private ProductRun(Path dataArea, Path out, String label, Process process, long logOffset) {
		this.dataArea = dataArea;
		this.out = out;
		this.label = label;
		this.process = process;
		this.logOffset = logOffset;
	}

	/** Starts the product with {@code args} (e.g. -nl en) and the data area {@code dataArea}. */
	static ProductRun start(Path product, Path dataArea, Path out, String label, String... args) throws IOException {
		X11.requireDisplay();
		Files.createDirectories(out);
		List<String> command = new ArrayList<>(List.of(product.resolve("minewatch").toString()));
		command.addAll(List.of(args));
		command.add("-consoleLog");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(out.resolve(label + "-console.log").toFile());
		builder.environment().put("MINEWATCH_DATA", dataArea.toString());
		Path log = dataArea.resolve("workspace/.metadata/.log");
		long logOffset = Files.exists(log) ? Files.size(log) : 0; // what earlier starts wrote is not this start's
		return new ProductRun(dataArea, out, label, builder.start(), logOffset);
	}

	/** Waits until the main window is visible; returns its X window id. */
	String awaitMainWindow() {
		window = Wait.until(() -> {
			if (!process.isAlive()) {
				throw new AssertionError(label + ": the product exited with " + process.exitValue() + " before its window appeared"
						+ " (see " + out.resolve(label + "-console.log") + ")");
			}
			return X11.findWindow(MAIN_WINDOW_TITLE);
		}, START_TIMEOUT, label + ": the main window");
		// the window is mapped before its parts are painted: wait until the title and the size are final
		Wait.until(() -> X11.geometry(window).width() > 200 ? Optional.of(true) : Optional.empty(), START_TIMEOUT,
				label + ": the main window laid out");
		return window;
	}

	Path screenshot(String name) {
		Path png = out.resolve(label + "-" + name + ".png");
		X11.screenshot(png);
		return png;
	}

	/** Quits with Ctrl+Q, as a person would, and waits for a clean exit. */
	int quit() throws InterruptedException {
		X11.pressKeys(window, "ctrl+q");
		if (!process.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
			throw new AssertionError(label + ": still running " + EXIT_TIMEOUT.toSeconds() + " s after Ctrl+Q");
		}
		return process.exitValue();
	}

	Path workspace() {
		return dataArea.resolve("workspace");
	}

	/** Waits until the suite has opened its database (it logs the audit chain head) and returns that head. */
	String awaitDatabase() {
		return awaitLog(DATABASE_READY);
	}

	/**
	 * Waits until this start's workspace log has a line with {@code marker} and returns what follows
	 * the marker on that line.
	 */
	String awaitLog(String marker) {
		Path log = workspace().resolve(".metadata/.log");
		return Wait.until(() -> {
			try {
				if (Files.exists(log)) {
					byte[] bytes = Files.readAllBytes(log);
					String written = new String(bytes, (int) Math.min(logOffset, bytes.length), (int) Math.max(0, bytes.length - logOffset),
							java.nio.charset.StandardCharsets.UTF_8);
					for (String line : written.split("\n")) {
						int at = line.indexOf(marker);
						if (at >= 0) {
							return Optional.of(line.substring(at + marker.length()).strip());
						}
					}
				}
				return Optional.empty();
			} catch (IOException e) {
				return Optional.empty();
			}
		}, START_TIMEOUT, label + ": \"" + marker + "\" in " + log);
	}

	/** The error entries (severity 4) this start wrote to the workspace log, each with its message line. */
	java.util.List<String> loggedErrors() throws IOException {
		Path log = workspace().resolve(".metadata/.log");
		java.util.List<String> errors = new java.util.ArrayList<>();
		if (!Files.exists(log)) {
			return errors;
		}
		byte[] bytes = Files.readAllBytes(log);
		String[] lines = new String(bytes, (int) Math.min(logOffset, bytes.length), (int) Math.max(0, bytes.length - logOffset),
				java.nio.charset.StandardCharsets.UTF_8).split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].matches("!ENTRY \\S+ 4 .*")) { //$NON-NLS-1$
				errors.add(lines[i] + (i + 1 < lines.length ? " " + lines[i + 1] : "")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return errors;
	}

	/** Types text into the focused widget of the main window. */
	void type(String text) {
		X11.typeText(window, text);
	}

	/** Presses keys (xdotool names, e.g. ctrl+s, Return) in the main window. */
	void press(String keys) {
		X11.pressKeys(window, keys);
	}

	/** The main window's title now. */
	String title() {
		return X11.title(window);
	}

	Path database() {
		return workspace().resolve("minewatch-db");
	}

	Path savedLayout() {
		return workspace().resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi");
	}

	/** Keeps what a person needs to see a failure: a screenshot and the workspace log. */
	void keepEvidence() {
		try {
			if (process.isAlive()) {
				X11.screenshot(out.resolve(label + "-failure.png"));
			}
			Path log = workspace().resolve(".metadata/.log");
			if (Files.exists(log)) {
				Files.copy(log, out.resolve(label + "-workspace.log"), StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException | AssertionError e) {
			System.err.println(label + ": could not keep all evidence: " + e);
		}
	}

	/**
	 * A crash: kill -9 of the suite's Java process (the start script's child) and of the script, with no chance to
	 * shut anything down; returns once both are gone.
	 */
	void crash() throws InterruptedException {
		List<ProcessHandle> java = process.descendants().toList();
		java.forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
		for (ProcessHandle handle : java) {
			try {
				handle.onExit().get(30, TimeUnit.SECONDS);
			} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
				throw new AssertionError(label + ": process " + handle.pid() + " still running 30 s after kill -9", e);
			}
		}
		process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
	}
}
