package org.minewatch.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.minewatch.report.render.FontRoles.Role;

/**
 * Lays an {@link Outline} out as a DOCX the way GB/T 9704 lays out an official document (党政机关公文格式): A4, margins
 * 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (a 156 × 225 mm type area), the title in 二号 (22 pt) 方正小标宋,
 * text in 三号 (16 pt) 仿宋 with a two-character first-line indent on a fixed 28 pt line (22 lines a page), headings
 * 一、 in 黑体, （一） in 楷体, 1. in bold 仿宋, the page number "— 1 —" in 四号 at the foot; each role in the font
 * {@link FontRoles} found for it. The chart is a Word chart (its data travel with it).
 */
public final class OfficialDocx {

	private static final int TWIPS_PER_MM = 1440 * 10 / 254; // 56.69 → 56
	private static final int BODY_PT = 16;
	private static final int LINE_PT = 28;
	private static final int EMU_PER_MM = 36_000;
	/** The series' colours, as the PDF draws them. */
	static final byte[][] COLOURS = { { 0x45, 0x73, (byte) 0xC4 }, { (byte) 0xED, 0x7D, 0x31 }, { (byte) 0xA5, (byte) 0xA5, (byte) 0xA5 } };

	private final FontRoles fonts;

	public OfficialDocx(FontRoles fonts) {
		this.fonts = fonts;
	}

	public void write(Outline outline, String colophonFonts, OutputStream out) throws IOException {
		try (XWPFDocument doc = new XWPFDocument()) {
			page(doc);
			doc.getProperties().getCoreProperties().setTitle(outline.title);
			doc.getProperties().getCoreProperties().setCreator(outline.agency);
			XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 0);
			title.setSpacingBefore(0);
			title.setSpacingAfter(LINE_PT * 20);
			title.setSpacingBetween(36, LineSpacingRule.EXACT);
			run(title, outline.title, Role.TITLE, 22, false);
			run(paragraph(doc, ParagraphAlignment.LEFT, 0), outline.addressee, Role.BODY, BODY_PT, false);
			for (Outline.Block block : outline.blocks) {
				switch (block) {
				case Outline.Heading h -> heading(doc, h);
				case Outline.Paragraph p -> run(paragraph(doc, ParagraphAlignment.BOTH, 2 * BODY_PT * 20), p.text(), Role.BODY, BODY_PT, false);
				case Outline.Table t -> table(doc, t);
				case Outline.Chart c -> chart(doc, c);
				}
			}
			XWPFParagraph gap = paragraph(doc, ParagraphAlignment.RIGHT, 0);
			gap.setSpacingBefore(LINE_PT * 20);
			run(gap, outline.agency, Role.BODY, BODY_PT, false);
			XWPFParagraph date = paragraph(doc, ParagraphAlignment.RIGHT, 0);
			date.setIndentationRight(4 * BODY_PT * 20);
			run(date, outline.date, Role.BODY, BODY_PT, false);
			XWPFParagraph line = paragraph(doc, ParagraphAlignment.LEFT, 0);
			line.setSpacingBefore(LINE_PT * 20);
			line.setBorderTop(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
			for (String text : outline.colophon) {
				XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 0);
				p.setSpacingBetween(18, LineSpacingRule.EXACT);
				run(p, text, Role.BODY, 10, false);
			}
			XWPFParagraph fontsLine = paragraph(doc, ParagraphAlignment.LEFT, 0);
			fontsLine.setSpacingBetween(18, LineSpacingRule.EXACT);
			run(fontsLine, colophonFonts, Role.BODY, 10, false);
			doc.write(out);
		} catch (InvalidFormatException e) {
			throw new IOException(e);
		}
	}

	/** A4 and the type area of GB/T 9704, and the page number at the foot. */
	private void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(37L * TWIPS_PER_MM));
		margins.setBottom(BigInteger.valueOf(35L * TWIPS_PER_MM));
		margins.setLeft(BigInteger.valueOf(28L * TWIPS_PER_MM));
		margins.setRight(BigInteger.valueOf(26L * TWIPS_PER_MM));
		margins.setHeader(BigInteger.valueOf(15L * TWIPS_PER_MM));
		margins.setFooter(BigInteger.valueOf(20L * TWIPS_PER_MM));
		XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
		XWPFParagraph number = footer.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		run(number, "\u2014 ", Role.BODY, 14, false); //$NON-NLS-1$
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE"); //$NON-NLS-1$
		field.addNewR().addNewT().setStringValue("1"); //$NON-NLS-1$
		run(number, " \u2014", Role.BODY, 14, false); //$NON-NLS-1$
	}

	private void heading(XWPFDocument doc, Outline.Heading heading) {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 2 * BODY_PT * 20);
		switch (heading.level()) {
		case 1 -> run(p, heading.numbered(), Role.HEADING, BODY_PT, false);
		case 2 -> run(p, heading.numbered(), Role.SUBHEADING, BODY_PT, false);
		default -> run(p, heading.numbered(), Role.BODY, BODY_PT, true);
		}
	}

	private void table(XWPFDocument doc, Outline.Table table) {
		XWPFTable t = doc.createTable(table.rows().size() + 1, table.header().size());
		t.setWidth("100%"); //$NON-NLS-1$
		fill(t.getRow(0), table.header(), true);
		for (int r = 0; r < table.rows().size(); r++) {
			fill(t.getRow(r + 1), table.rows().get(r), false);
		}
	}

	private void fill(XWPFTableRow row, List<String> values, boolean header) {
		for (int c = 0; c < values.size(); c++) {
			XWPFTableCell cell = row.getCell(c);
			XWPFParagraph p = cell.getParagraphs().get(0);
			p.setAlignment(c == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
			p.setSpacingBetween(20, LineSpacingRule.EXACT);
			run(p, values.get(c), header ? Role.HEADING : Role.BODY, 12, false);
		}
	}

	private void chart(XWPFDocument doc, Outline.Chart chart) throws IOException, InvalidFormatException {
		XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 0);
		p.setSpacingBetween(1, LineSpacingRule.AUTO);
		XWPFChart c = doc.createChart(p.createRun(), 150 * EMU_PER_MM, 80 * EMU_PER_MM);
		c.setTitleText(chart.title());
		c.setTitleOverlay(false);
		c.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis categories = c.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = c.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		int n = chart.categories().size();
		XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(chart.categories().toArray(String[]::new), c.formatRange(new CellRangeAddress(1, n, 0, 0)),
				0);
		XDDFBarChartData data = (XDDFBarChartData) c.createData(ChartTypes.BAR, categories, values);
		data.setBarDirection(BarDirection.COL);
		for (int s = 0; s < chart.series().size(); s++) {
			Long[] numbers = new Long[n];
			for (int i = 0; i < n; i++) {
				numbers[i] = chart.values()[i][s];
			}
			XDDFNumericalDataSource<Long> series = XDDFDataSourcesFactory.fromArray(numbers, c.formatRange(new CellRangeAddress(1, n, s + 1, s + 1)), s + 1);
			XDDFChartData.Series bars = data.addSeries(names, series);
			bars.setTitle(chart.series().get(s), c.setSheetTitle(chart.series().get(s), s + 1));
			// an explicit fill: LibreOffice draws a series without one as nothing
			XDDFShapeProperties fill = new XDDFShapeProperties();
			fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[s % COLOURS.length])));
			bars.setShapeProperties(fill);
		}
		data.setVaryColors(false);
		c.plot(data);
	}

	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment, int firstLineTwips) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(alignment);
		p.setSpacingBetween(LINE_PT, LineSpacingRule.EXACT);
		p.setSpacingAfter(0);
		if (firstLineTwips > 0) {
			p.setIndentationFirstLine(firstLineTwips);
		}
		return p;
	}

	private void run(XWPFParagraph p, String text, Role role, int points, boolean bold) {
		XWPFRun run = p.createRun();
		String family = fonts.font(role).family();
		for (FontCharRange range : new FontCharRange[] { FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.eastAsia, FontCharRange.cs }) {
			run.setFontFamily(family, range);
		}
		run.setFontSize(points);
		run.setBold(bold);
		run.setText(text);
	}
}
