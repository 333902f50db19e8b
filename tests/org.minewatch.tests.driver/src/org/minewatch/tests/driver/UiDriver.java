package org.minewatch.tests.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * A small driver for UI tests on real SWT widgets. Widgets are found by the widget-data key that
 * SWTBot uses ({@value #KEY}), so tests can move to SWTBot once it is reachable; waiting is always
 * for a condition, with a timeout, while the event loop keeps running. Call it on the UI thread
 * (the thread that created the Display).
 */
public final class UiDriver {

	/** The widget-data key under which the application names its widgets (SWTBot's key). */
	public static final String KEY = "org.eclipse.swtbot.widget.key";

	public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	/** How long one wait for events may block before the condition is checked again. */
	private static final int POLL_MILLIS = 20;

	private final Display display;

	public UiDriver(Display display) {
		this.display = display;
	}

	public Display display() {
		return display;
	}

	/** The widget named {@code key} below {@code root}; fails with the names that exist if there is none. */
	public <W extends Widget> W byKey(Composite root, String key, Class<W> type) {
		return find(root, type, w -> key.equals(w.getData(KEY)))
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named '" + key + "' below " + root
						+ "; named widgets there: " + keysBelow(root)));
	}

	/** The push button with this text (mnemonic ampersands ignored) below {@code root}. */
	public Button button(Composite root, String text) {
		String wanted = text.replace("&", "");
		return find(root, Button.class, b -> wanted.equals(b.getText().replace("&", "")))
				.orElseThrow(() -> new AssertionError("no button '" + text + "' below " + root));
	}

	public <W extends Widget> Optional<W> find(Composite root, Class<W> type, Predicate<W> test) {
		for (Widget widget : descendants(root)) {
			if (type.isInstance(widget) && test.test(type.cast(widget))) {
				return Optional.of(type.cast(widget));
			}
		}
		return Optional.empty();
	}

	/** The open shell whose text satisfies {@code title}, waiting for it to appear. */
	public Shell shell(Predicate<String> title, Duration timeout) {
		Shell[] found = new Shell[1];
		waitUntil(() -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.test(shell.getText())) {
					found[0] = shell;
					return true;
				}
			}
			return false;
		}, timeout, () -> "a shell with a matching title; open: " + shellTitles());
		return found[0];
	}

	/**
	 * Acts on a shell with this title once it is open, from the event loop: a modal dialog runs its own
	 * loop until it closes, so the code that opens it cannot go on to act on it.
	 */
	public void whenShellAppears(String title, java.util.function.Consumer<Shell> action) {
		whenShellAppears(title::equals, action);
	}

	/** Acts on a shell whose title satisfies {@code title} once it is open (see {@link #whenShellAppears(String, java.util.function.Consumer)}). */
	public void whenShellAppears(Predicate<String> title, java.util.function.Consumer<Shell> action) {
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell candidate : display.getShells()) {
				if (!candidate.isDisposed() && candidate.isVisible() && title.test(candidate.getText())) {
					action.accept(candidate);
					return;
				}
			}
			display.timerExec(POLL_MILLIS, poll[0]);
		};
		display.timerExec(POLL_MILLIS, poll[0]);
	}

	/** Sends a selection as a click would (listeners run, no mouse needed). */
	public void click(Button button) {
		button.setFocus();
		button.notifyListeners(SWT.Selection, new Event());
		flush();
	}

	/**
	 * Sends a key press to a control's listeners as the keyboard would deliver it: a key code (or 0), the
	 * character it types, and the modifiers held (SWT.MOD1 for Ctrl).
	 */
	public void press(Control control, int keyCode, char character, int modifiers) {
		control.setFocus();
		Event event = new Event();
		event.keyCode = keyCode == 0 ? character : keyCode;
		event.character = character;
		event.stateMask = modifiers;
		event.doit = true;
		control.notifyListeners(SWT.KeyDown, event);
		flush();
	}

	/** Runs the event loop until {@code condition} holds; fails after {@code timeout} saying what was awaited. */
	public void waitUntil(BooleanSupplier condition, Duration timeout, Supplier<String> awaited) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited " + timeout.toMillis() + " ms for " + awaited.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(POLL_MILLIS, () -> { /* wakes display.sleep() */ });
				display.sleep();
			}
		}
	}

	public void waitUntil(BooleanSupplier condition, Supplier<String> awaited) {
		waitUntil(condition, DEFAULT_TIMEOUT, awaited);
	}

	/** Handles every event that is already queued. */
	public void flush() {
		while (display.readAndDispatch()) {
			// dispatch what is pending
		}
	}

	private static List<Widget> descendants(Composite root) {
		List<Widget> all = new ArrayList<>();
		collect(root, all);
		return all;
	}

	private static void collect(Control control, List<Widget> into) {
		into.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}

	private static List<Object> keysBelow(Composite root) {
		return descendants(root).stream().map(w -> w.getData(KEY)).filter(k -> k != null).toList();
	}

	private List<String> shellTitles() {
		return List.of(display.getShells()).stream().filter(s -> !s.isDisposed()).map(Shell::getText).toList();
	}
}
