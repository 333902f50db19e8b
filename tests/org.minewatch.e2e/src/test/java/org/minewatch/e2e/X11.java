package org.minewatch.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a person does at the X display, through xdotool and ImageMagick: find a window by its
 * title, read and change its geometry, press keys, take a screenshot. Xvfb has no window manager,
 * so the pointer is moved over a window to give it the keyboard.
 */
final class X11 {

	record Geometry(int x, int y, int width, int height) {
	}

	static void requireDisplay() {
		String display = System.getenv("DISPLAY");
		if (display == null || display.isBlank()) {
			throw new AssertionError("end-to-end tests need an X display: run them under xvfb-run (see README)");
		}
	}

	/** The first visible window whose title matches the regular expression. */
	static Optional<String> findWindow(String titleRegex) {
		List<String> ids = run("xdotool", "search", "--onlyvisible", "--name", titleRegex).lines().filter(l -> !l.isBlank()).toList();
		return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
	}

	static String title(String window) {
		return run("xdotool", "getwindowname", window).strip();
	}

	static Geometry geometry(String window) {
		int x = 0, y = 0, width = 0, height = 0;
		for (String line : run("xdotool", "getwindowgeometry", "--shell", window).lines().toList()) {
			String[] pair = line.split("=", 2);
			if (pair.length == 2) {
				switch (pair[0]) {
				case "X" -> x = Integer.parseInt(pair[1].strip());
				case "Y" -> y = Integer.parseInt(pair[1].strip());
				case "WIDTH" -> width = Integer.parseInt(pair[1].strip());
				case "HEIGHT" -> height = Integer.parseInt(pair[1].strip());
				default -> { /* SCREEN */ }
				}
			}
		}
		return new Geometry(x, y, width, height);
	}

	static void resize(String window, int width, int height) {
		run("xdotool", "windowsize", window, String.valueOf(width), String.valueOf(height));
	}

	/** Moves the pointer into the window (focus follows the pointer without a window manager) and types the keys. */
	static void pressKeys(String window, String keys) {
		focus(window);
		run("xdotool", "key", keys);
	}

	/** Types text into the focused widget of the window (ASCII: xdotool's remapping of other characters loses some). */
	static void typeText(String window, String text) {
		focus(window);
		run("xdotool", "type", "--delay", "40", text);
	}

	private static void focus(String window) {
		Geometry g = geometry(window);
		run("xdotool", "mousemove", String.valueOf(g.x() + g.width() / 2), String.valueOf(g.y() + g.height() / 2));
		run("xdotool", "windowfocus", window);
	}

	static void screenshot(Path png) {
		run("import", "-window", "root", png.toString());
	}

	static String run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " did not finish in 30 s");
			}
			String text = new String(output, StandardCharsets.UTF_8);
			if (process.exitValue() != 0 && !(command[0].equals("xdotool") && command[1].equals("search"))) {
				throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): " + text);
			}
			return text;
		} catch (IOException e) {
			throw new AssertionError("cannot run " + List.of(command) + ": is it installed? (see README)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted: " + new ArrayList<>(List.of(command)), e);
		}
	}

	private X11() {
	}
}
