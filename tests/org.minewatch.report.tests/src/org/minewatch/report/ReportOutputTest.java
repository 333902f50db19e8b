package org.minewatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.people.Person;
import org.minewatch.model.report.Report;
import org.minewatch.report.render.FontRoles;
import org.minewatch.report.render.ReportFiles;
import org.minewatch.tests.store.DemoStore;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A monthly progress report written out and opened again: the DOCX by POI (A4, the GB/T 9704 margins, the title in the
 * title role's font at 22 pt, headings numbered 一、（一）1., the chart, the colophon with the chain head), the PDF by
 * PDFBox (its text, every font embedded), the XLSX annex by POI (each frozen figure under its key).
 */
class ReportOutputTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static Report report;
	private static ReportFiles.Written files;

	@BeforeAll
	static void write() {
		demo = DemoStore.open(temp.resolve("store"));
		ReportService reports = new ReportService(demo.store());
		Person author = demo.data().persons.stream().filter(p -> p.getAgency() != null && p.getMine() == null
				&& p.getAgency().getKind() == AgencyKind.PROVINCIAL_SUPERVISION_BUREAU).findFirst().orElseThrow();
		Actor actor = new Actor(author.getId(), author.getName(), author.getAgency().getId());
		Report created = reports.createMonthlyProgress(actor, YearMonth.of(2021, 10));
		reports.write(actor, created.getId(), Map.of("overview", "本月全省煤矿安全大排查有序推进。\n第二段：各地按计划开展检查。", "typicalCases", "某煤矿瓦斯超限作业，已责令停产整顿。",
				"problems", "个别煤矿自查不深入。", "nextSteps", "继续推进排查整治。"));
		report = reports.get(actor, created.getId());
		files = reports.export(actor, report.getId(), Locale.CHINA, temp.resolve("out"));
		keep(files);
	}

	/** The files stay in target/reports for a person to open. */
	private static void keep(ReportFiles.Written written) {
		try {
			Path kept = Files.createDirectories(Path.of("target", "reports")); //$NON-NLS-1$ //$NON-NLS-2$
			for (Path file : written.all()) {
				Files.copy(file, kept.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	private static String flat(String text) {
		return text.replaceAll("\\s+", "");
	}

	@Test
	void theDocxIsAnOfficialDocumentOnA4WithNumberedHeadingsAndAChart() throws Exception {
		try (InputStream in = Files.newInputStream(files.docx()); XWPFDocument doc = new XWPFDocument(in)) {
			CTSectPr page = doc.getDocument().getBody().getSectPr();
			assertEquals("11906", page.getPgSz().getW().toString());
			assertEquals("16838", page.getPgSz().getH().toString());
			assertEquals(37 * 56, ((java.math.BigInteger) page.getPgMar().getTop()).intValue());
			assertEquals(28 * 56, ((java.math.BigInteger) page.getPgMar().getLeft()).intValue());
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			XWPFParagraph title = paragraphs.get(0);
			assertEquals(report.getTitle(), title.getText());
			XWPFRun titleRun = title.getRuns().get(0);
			assertEquals(22.0, titleRun.getFontSizeAsDouble());
			assertEquals(FontRoles.installed().font(FontRoles.Role.TITLE).family(), titleRun.getFontFamily(XWPFRun.FontCharRange.eastAsia));
			List<String> texts = paragraphs.stream().map(XWPFParagraph::getText).toList();
			assertTrue(texts.contains("一、总体进展"), texts.toString());
			assertTrue(texts.contains("二、排查检查开展情况"), texts.toString());
			assertTrue(texts.contains("（一）矿山自查"), texts.toString());
			assertTrue(texts.contains("（二）重大事故隐患"), texts.toString());
			assertTrue(texts.contains("五、典型案例"), texts.toString());
			assertTrue(texts.contains("第二段：各地按计划开展检查。"), "each line of a section is a paragraph: " + texts);
			assertTrue(texts.stream().anyMatch(t -> t.contains(report.getChainHead())), "the chain head in the colophon");
			assertTrue(texts.stream().anyMatch(t -> t.startsWith("1.") || t.startsWith("2.")) || new Figures(report).count("documents.ON_SITE_INSPECTION_RECORD") == 0,
					"documents numbered 1. 2.");
			assertEquals(1, doc.getCharts().size(), "the hazards chart");
			assertEquals(1, doc.getTables().size(), "the inspections table");
			assertEquals(4, doc.getTables().get(0).getNumberOfRows());
		}
	}

	@Test
	void thePdfSaysTheSameWithItsFontsEmbedded() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(files.pdf().toFile())) {
			String text = flat(new PDFTextStripper().getText(pdf));
			assertTrue(text.contains(flat(report.getTitle())), text);
			assertTrue(text.contains("国家矿山安全监察局："), text);
			assertTrue(text.contains("三、隐患排查整改情况"), text);
			assertTrue(text.contains("某煤矿瓦斯超限作业，已责令停产整顿。"), text);
			assertTrue(text.contains(report.getChainHead()), "the chain head: " + text);
			assertTrue(text.contains("—1—"), "the page number: " + text);
			List<String> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					fonts.add(font.getName());
					assertTrue(font.isEmbedded(), font.getName() + " is embedded");
				}
			}
			assertTrue(!fonts.isEmpty());
		}
	}

	@Test
	void theAnnexHoldsEveryFrozenFigureUnderItsKey() throws Exception {
		try (InputStream in = Files.newInputStream(files.xlsx()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().contains(report.getTitle()));
			Map<String, BigDecimal> read = new HashMap<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 1 && row.getCell(3) != null && !row.getCell(3).getStringCellValue().isEmpty()) {
					read.put(row.getCell(3).getStringCellValue(), BigDecimal.valueOf(row.getCell(2).getNumericCellValue()));
				}
			}
			Map<String, BigDecimal> frozen = new Figures(report).all();
			assertEquals(frozen.keySet(), read.keySet());
			frozen.forEach((key, value) -> assertEquals(0, value.compareTo(read.get(key)), key));
			assertEquals("矿山自查计划次数", sheet.getRow(2).getCell(1).getStringCellValue());
		}
	}
}
