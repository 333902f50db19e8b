package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.minewatch.tests.driver.UiDriver;

/** The driver every UI test relies on must fail loudly, saying what it waited for or looked for. */
class UiDriverTest {

	@Test
	void waitingForAConditionThatNeverHoldsFailsAfterTheTimeout() {
		UiDriver ui = new UiDriver(Display.getDefault());
		long start = System.nanoTime();
		AssertionError error = assertThrows(AssertionError.class,
				() -> ui.waitUntil(() -> false, Duration.ofMillis(300), () -> "the impossible"));
		assertTrue(error.getMessage().contains("the impossible"), error.getMessage());
		assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos());
	}

	@Test
	void aMissingKeyIsReportedWithTheKeysThatExist() {
		UiDriver ui = new UiDriver(Display.getDefault());
		Shell shell = new Shell(ui.display());
		try {
			new Label(shell, 0).setData(UiDriver.KEY, "present.key");
			AssertionError error = assertThrows(AssertionError.class, () -> ui.byKey(shell, "absent.key", Label.class));
			assertTrue(error.getMessage().contains("absent.key") && error.getMessage().contains("present.key"), error.getMessage());
		} finally {
			shell.dispose();
		}
	}
}
