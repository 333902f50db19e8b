package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A regulator finds a county's mine with the keyboard in the navigator of the built product, renames
 * it, saves, quits, and at the next start finds the editor open again on the new name, read from the
 * database.
 */
class RegistryEditTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path OUT = Path.of(System.getProperty("minewatch.e2e.out", "target/e2e"));
	/** 古冶区 (Guye district, Tangshan, Hebei): the demo data has mines there. */
	private static final String COUNTY = "130204";
	private static final String COUNTY_PATH = "河北省 \u203a 唐山市 \u203a 古冶区";
	private static final String NEW_NAME = "E2E renamed mine";
	/** Eclipse tracing of the navigator: its loads, which the test waits on, go to the log. */
	private static final String TRACE = "org.minewatch.registry.ui/debug=true\norg.minewatch.registry.ui/debug/navigator=true\n"
			+ "org.minewatch.ui/debug=true\norg.minewatch.ui/debug/editors=true\n";

	@BeforeAll
	static void productIsBuilt() {
		assertTrue(Files.isExecutable(PRODUCT.resolve("minewatch")), "no built product at " + PRODUCT);
	}

	@Test
	void aMineRenamedInItsEditorIsFoundAgainAfterARestart() throws Exception {
		Path data = Files.createDirectories(OUT).resolve("data-registry");
		Folders.deleteRecursively(data);
		Path options = Files.writeString(OUT.resolve("registry-trace.options"), TRACE);
		String oldName;
		try (ProductRun first = ProductRun.start(PRODUCT, data, OUT, "registry-first", "-debug", options.toString(), "-nl", "en")) {
			try {
				first.awaitMainWindow();
				first.awaitDatabase();
				first.awaitLog("Minewatch registry ready, acting as ");
				// the filter has the focus at the start; Enter goes to the first match: the county
				first.type(COUNTY);
				first.press("Return");
				first.awaitLog("Navigator: filtered \"" + COUNTY + "\"");
				first.press("Right");
				String loaded = first.awaitLog(" items under " + COUNTY_PATH);
				first.screenshot("navigator");
				first.press("Down");
				first.press("Return");
				first.awaitLog("Editor: showing Mine ");
				oldName = Wait.until(() -> Optional.of(first.title()).filter(t -> t.contains(" \u2014 Minewatch")).map(t -> t.substring(0, t.indexOf(" \u2014 "))),
						ProductRun.START_TIMEOUT, "the mine's editor in front (its name in the window title)");
				first.press("ctrl+a");
				first.type(NEW_NAME);
				first.press("ctrl+s");
				String saved = first.awaitLog("Saved Mine ");
				assertTrue(saved.contains(" revision 2 "), saved);
				Wait.until(() -> first.title().startsWith(NEW_NAME + " \u2014 ") ? Optional.of(true) : Optional.empty(), ProductRun.START_TIMEOUT,
						"the editor's tab and the window title show the new name after the save");
				first.screenshot("saved");
				assertEquals(0, first.quit(), "a clean exit after Ctrl+Q");
				assertFalse(Files.readString(first.savedLayout()).contains(NEW_NAME),
						"the saved layout keeps which record the editor shows, not its name: the next start reads the name from the database");
				assertFalse(oldName.equals(NEW_NAME), loaded);
			} catch (AssertionError | RuntimeException e) {
				first.keepEvidence();
				throw e;
			}
		}
		try (ProductRun second = ProductRun.start(PRODUCT, data, OUT, "registry-second", "-nl", "en")) {
			try {
				second.awaitMainWindow();
				Wait.until(() -> second.title().startsWith(NEW_NAME + " \u2014 ") ? Optional.of(true) : Optional.empty(), ProductRun.START_TIMEOUT,
						"the editor open at exit open again, on the name saved in the database");
				second.screenshot("restored");
				assertEquals(0, second.quit());
			} catch (AssertionError | RuntimeException e) {
				second.keepEvidence();
				throw e;
			}
		}
	}
}
