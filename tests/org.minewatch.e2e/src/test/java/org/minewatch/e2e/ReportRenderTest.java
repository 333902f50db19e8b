package org.minewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A province's monthly progress report rendered by the built product: a desktop starts once (its first database gets the
 * demo data), then 'minewatch admin report' renders Shanxi's October 2021 report from that database as DOCX, PDF and
 * the XLSX annex. LibreOffice converts the DOCX to PDF as a bureau would print it; page 1 of both PDFs is rendered to
 * PNG and read: the Chinese title, the addressee, the numbered headings, and the chain head in the colophon.
 */
class ReportRenderTest {

	private static final Path PRODUCT = Path.of(System.getProperty("minewatch.product.dir", "missing"));
	private static final Path OUT = Path.of(System.getProperty("minewatch.e2e.out", "target/e2e"));

	@BeforeAll
	static void productIsBuilt() {
		assertTrue(Files.isExecutable(PRODUCT.resolve("minewatch")), "no built product at " + PRODUCT);
	}

	private record Result(int exit, String output) {
	}

	@Test
	void theMonthlyProgressReportIsRenderedHeadlessAndPrintsWithItsChineseTitle() throws Exception {
		Path data = Files.createDirectories(OUT).resolve("data-report");
		Folders.deleteRecursively(data);
		Path database;
		Path options = Files.writeString(OUT.resolve("report-trace.options"), "org.minewatch.report.ui/debug=true\norg.minewatch.report.ui/debug/reports=true\n");
		try (ProductRun run = ProductRun.start(PRODUCT, data, OUT, "report", "-debug", options.toString(), "-nl", "zh_CN")) {
			try {
				run.awaitMainWindow();
				run.awaitDatabase();
				run.awaitLog("Minewatch registry ready, acting as ");
				run.press("alt+p");
				run.press("Return"); // Reports > Reports and Due Dates
				String shown = run.awaitLog("Reports: showing ");
				assertTrue(shown.matches("\\d+ reports, \\d+ due, \\d+ overdue"), shown);
				run.screenshot("reports-part");
				assertEquals(List.of(), run.loggedErrors());
				database = run.workspace().resolve("minewatch-db");
				assertEquals(0, run.quit(), "a clean exit after Ctrl+Q");
			} catch (AssertionError | RuntimeException e) {
				run.keepEvidence();
				throw e;
			}
		}
		Path folder = OUT.toAbsolutePath().resolve("report");
		Folders.deleteRecursively(folder);
		Result rendered = admin("report", "--database", database.toString(), "--province", "140000", "--month", "2021-10", "--out", folder.toString());
		assertEquals(0, rendered.exit(), rendered.output());
		List<String> lines = rendered.output().lines().filter(l -> !l.isBlank()).toList();
		String title = lines.stream().filter(l -> l.contains("2021年10月")).findFirst().orElseThrow(() -> new AssertionError(rendered.output()));
		title = title.substring(0, title.indexOf(" ("));
		String head = rendered.output().replaceAll("(?s).*audit chain head (\\d+:[0-9a-f]+).*", "$1");
		Path docx = Path.of(lines.stream().filter(l -> l.endsWith(".docx")).findFirst().orElseThrow());
		Path pdf = Path.of(lines.stream().filter(l -> l.endsWith(".pdf")).findFirst().orElseThrow());
		Path annex = Path.of(lines.stream().filter(l -> l.endsWith(".xlsx")).findFirst().orElseThrow(() -> new AssertionError(rendered.output())));

		// the DOCX on paper, as LibreOffice prints it
		Path copy = Files.copy(docx, folder.resolve("monthly-report.docx"));
		Path printed = Paper.pdf(copy);
		Paper.render(printed, 1, 80, OUT.resolve("report-docx-page-1.png"));
		String page = flat(Paper.text(printed, 1));
		assertTrue(page.contains(flat(title)), "the Chinese title on page 1: " + title + "\n" + page);
		assertTrue(page.contains("国家矿山安全监察局：") && page.contains("一、总体进展") && page.contains("（一）矿山自查"), page);
		String all = flat(X11.run("pdftotext", printed.toString(), "-"));
		assertTrue(all.contains(head), "the chain head " + head + " printed:\n" + all);
		assertTrue(Paper.info(printed).contains("A4"), Paper.info(printed));

		// the annex of figures on paper: its title, and the chain head its figures were read at
		Path annexPrinted = Paper.pdf(Files.copy(annex, folder.resolve("monthly-report-annex.xlsx")));
		Paper.render(annexPrinted, 1, 80, OUT.resolve("report-annex-page-1.png"));
		String annexText = flat(X11.run("pdftotext", annexPrinted.toString(), "-"));
		assertTrue(annexText.contains(flat(title)) && annexText.contains(head), "the annex names its report and chain head:\n" + annexText);

		// the suite's own PDF, fonts embedded
		Path pdfCopy = Files.copy(pdf, folder.resolve("monthly-report-suite.pdf"));
		Paper.render(pdfCopy, 1, 80, OUT.resolve("report-pdf-page-1.png"));
		assertTrue(flat(Paper.text(pdfCopy, 1)).contains(flat(title)), Paper.text(pdfCopy, 1));
		String fonts = X11.run("pdffonts", pdfCopy.toString());
		assertTrue(fonts.lines().skip(2).allMatch(l -> l.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*")), "every font embedded (subset):\n" + fonts);
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	private Result admin(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(PRODUCT.resolve("minewatch").toString(), "admin"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("MINEWATCH_DATA", OUT.toAbsolutePath().resolve("admin-data-report").toString());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(300, TimeUnit.SECONDS), "minewatch admin " + String.join(" ", args) + " finished");
		return new Result(process.exitValue(), output);
	}
}
