package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hazard board on the built product: Hazards > Hazard Board by keyboard, then Hazards > Export the Board's
 * Ledger through the save dialog; the XLSX holds every hazard the board counts. This runs POI inside the product, where its
 * logging API must find a provider (a missing one hung the export).
 */
class HazardLedgerTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path OUT = Path.of(System.getProperty("minewatch.e2e.out", "target/e2e"));
	private static final String TRACE = "org.minewatch.hazard.ui/debug=true\norg.minewatch.hazard.ui/debug/board=true\n";

	@BeforeAll
	static void productIsBuilt() {
		assertTrue(Files.isExecutable(PRODUCT.resolve("minewatch")), "no built product at " + PRODUCT);
	}

	@Test
	void theBoardsLedgerIsExportedToXlsxWithEveryHazardItCounts() throws Exception {
		Path data = Files.createDirectories(OUT).resolve("data-ledger");
		Folders.deleteRecursively(data);
		Path options = Files.writeString(OUT.resolve("ledger-trace.options"), TRACE);
		Path ledger = OUT.toAbsolutePath().resolve("exported-ledger.xlsx");
		Files.deleteIfExists(ledger);
		try (ProductRun run = ProductRun.start(PRODUCT, data, OUT, "ledger", "-debug", options.toString(), "-nl", "zh_CN")) {
			try {
				run.awaitMainWindow();
				run.awaitDatabase();
				run.awaitLog("Minewatch registry ready, acting as ");
				run.press("alt+z");
				run.press("Return"); // the menu's first item: Hazard Board
				String shown = run.awaitLog("Board: showing "); // "100 of 164 hazards"
				String total = shown.substring(shown.indexOf(" of ") + 4, shown.indexOf(" hazards"));
				run.screenshot("board");
				run.press("alt+z");
				run.press("l"); // Export the Board's Ledger...
				String dialog = Wait.until(() -> X11.findWindow("导出隐患台账"), ProductRun.START_TIMEOUT, "the save dialog");
				X11.pressKeys(dialog, "ctrl+a");
				X11.typeText(dialog, ledger.toString());
				X11.pressKeys(dialog, "Return");
				String written = run.awaitLog("Hazard ledger of ");
				assertEquals(total + " hazards written to " + ledger, written, "the ledger holds what the board counts");
				String firstNumber;
				try (ZipFile xlsx = new ZipFile(ledger.toFile())) {
					String sheet = new String(xlsx.getInputStream(xlsx.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
					long rows = sheet.split("<row ", -1).length - 1;
					assertEquals(Long.parseLong(total) + 3, rows, "a title row, the column names, a row per hazard and the totals");
					String strings = new String(xlsx.getInputStream(xlsx.getEntry("xl/sharedStrings.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
					java.util.regex.Matcher number = java.util.regex.Pattern.compile("YH-\\d{4}-\\d+").matcher(strings);
					assertTrue(number.find(), "the ledger holds the hazards' numbers");
					firstNumber = number.group();
				}
				// on paper, as a bureau prints it: LibreOffice converts it, the first page is rendered and read
				Path pdf = Paper.pdf(ledger);
				Paper.render(pdf, 1, 80, OUT.resolve("ledger-page-1.png"));
				String page = Paper.text(pdf, 1);
				assertTrue(page.contains("隐患排查治理台账"), "the title in the person's language on page 1:\n" + page);
				assertTrue(page.contains(firstNumber), "the first hazard on page 1: " + firstNumber + "\n" + page);
				for (String column : java.util.List.of("序号", "隐患编号", "隐患内容", "排查时间", "整改时限", "整改措施", "销号时间", "整改前照片", "整改后照片")) {
					assertTrue(page.contains(column), "every column on the page, " + column + " too:\n" + page);
				}
				assertTrue(page.contains("第 1 页，共"), "page numbers in the footer:\n" + page);
				assertTrue(landscape(Paper.info(pdf)), "printed across the page: " + Paper.info(pdf));
				assertEquals(java.util.List.of(), run.loggedErrors());
				assertEquals(0, run.quit(), "a clean exit after Ctrl+Q");
			} catch (AssertionError | RuntimeException e) {
				run.keepEvidence();
				throw e;
			}
		}
	}

	/** True when pdfinfo's page size is wider than high. */
	private static boolean landscape(String info) {
		java.util.regex.Matcher size = java.util.regex.Pattern.compile("Page size:\\s+([\\d.]+) x ([\\d.]+)").matcher(info);
		return size.find() && Double.parseDouble(size.group(1)) > Double.parseDouble(size.group(2));
	}
}
