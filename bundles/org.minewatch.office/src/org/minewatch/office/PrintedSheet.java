package org.minewatch.office;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet the suite writes, laid out to print as the paper form a bureau files (a ledger, a schedule, a report's
 * annex): a title row and a row of column names, repeated on every printed page and frozen on screen; landscape
 * A4, or A3 when the columns need it, fitted to the page width; the title, the area and the as-of date in the page
 * header, "page n of m" in the footer; each column as wide as its content needs (up to a limit, then the text
 * wraps), each row as high as its wrapped text; dates and times as dates. Every workbook the suite writes prints
 * through this class, so that they all look alike on paper.
 */
public final class PrintedSheet {

	/** Widths in character units (a Latin character is 1, a Chinese one 2). */
	private static final int MIN_WIDTH = 6;
	/** The widest a column gets; longer text wraps. */
	private static final int MAX_WIDTH = 48;
	/** Beyond this sum of widths the columns would print too small on A4: A3. */
	private static final int A4_WIDTH = 150;
	private static final float LINE_POINTS = 15f;
	/**
	 * How many character units a Chinese character takes on a printed line, as spreadsheets lay it out (LibreOffice with
	 * a CJK font: about 1.6; Excel's: up to 2): rows are made high enough for the wider of them.
	 */
	private static final double HAN_ON_LINE = 1.8;
	private static final int TITLE_ROW = 0;
	private static final int HEADER_ROW = 1;

	private final Workbook workbook;
	private final Sheet sheet;
	private final int columns;
	private final int[] widths;
	private final CellStyle text;
	private final CellStyle date;
	private final CellStyle dateTime;
	private final CellStyle bold;
	private int next = HEADER_ROW + 1;

	/**
	 * A sheet named {@code name} with its title and column names written.
	 *
	 * @param subtitle the area and as-of date, printed in the page header
	 * @param pageOf the footer in the person's language, with {0} for the page and {1} for the number of pages
	 */
	public PrintedSheet(Workbook workbook, String name, String title, String subtitle, String pageOf, String... columnNames) {
		this.workbook = workbook;
		this.sheet = workbook.createSheet(name);
		this.columns = columnNames.length;
		this.widths = new int[columns];
		this.text = style(false, null);
		this.date = style(false, "yyyy-mm-dd"); //$NON-NLS-1$
		this.dateTime = style(false, "yyyy-mm-dd hh:mm"); //$NON-NLS-1$
		this.bold = style(true, null);
		Row titleRow = sheet.createRow(TITLE_ROW);
		Cell titleCell = titleRow.createCell(0);
		titleCell.setCellValue(title);
		CellStyle titleStyle = workbook.createCellStyle();
		Font large = workbook.createFont();
		large.setBold(true);
		large.setFontHeightInPoints((short) 16);
		titleStyle.setFont(large);
		titleStyle.setAlignment(HorizontalAlignment.CENTER);
		titleCell.setCellStyle(titleStyle);
		titleRow.setHeightInPoints(28);
		sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, columns - 1));
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < columns; c++) {
			Cell cell = header.createCell(c);
			cell.setCellValue(columnNames[c]);
			cell.setCellStyle(bold);
			widths[c] = Math.max(MIN_WIDTH, width(columnNames[c]) + 2);
		}
		sheet.getHeader().setLeft(subtitle); // the title itself repeats with the column names on every page
		sheet.getFooter().setCenter(MessageFormat.format(pageOf, "&P", "&N")); // the page and the number of pages, as spreadsheets write them //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes a row of values: text, numbers, {@link LocalDate}s and {@link LocalDateTime}s (as dates), or null (empty). */
	public void row(Object... values) {
		Row row = sheet.createRow(next++);
		for (int c = 0; c < values.length && c < columns; c++) {
			Cell cell = row.createCell(c);
			Object value = values[c];
			if (value instanceof LocalDateTime time) {
				cell.setCellValue(time);
				cell.setCellStyle(dateTime);
				widths[c] = Math.max(widths[c], 18);
			} else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(date);
				widths[c] = Math.max(widths[c], 12);
			} else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(text);
				widths[c] = Math.max(widths[c], width(number.toString()) + 2);
			} else {
				String shown = value == null ? "" : value.toString(); //$NON-NLS-1$
				cell.setCellValue(shown);
				cell.setCellStyle(text);
				widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, widestLine(shown) + 2));
			}
		}
	}

	/** A line across the sheet below the rows, in bold (the totals). */
	public void closingLine(String line) {
		Row row = sheet.createRow(next++);
		Cell cell = row.createCell(0);
		cell.setCellValue(line);
		CellStyle style = workbook.createCellStyle();
		style.cloneStyleFrom(bold);
		style.setAlignment(HorizontalAlignment.LEFT);
		cell.setCellStyle(style);
		sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
	}

	/** Sets the column widths and row heights the content needs, and the page: call once, after the last row. */
	public void finish() {
		int total = 0;
		for (int c = 0; c < columns; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
			total += widths[c];
		}
		for (int r = HEADER_ROW; r < next; r++) {
			Row row = sheet.getRow(r);
			if (row != null && !isMerged(r)) {
				row.setHeightInPoints(LINE_POINTS * lines(row) + 4);
			}
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		sheet.setRepeatingRows(new CellRangeAddress(TITLE_ROW, HEADER_ROW, -1, -1));
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		PrintSetup page = sheet.getPrintSetup();
		page.setLandscape(true);
		page.setPaperSize(total > A4_WIDTH ? PrintSetup.A3_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
		page.setFitWidth((short) 1);
		page.setFitHeight((short) 0); // as many pages down as the rows need
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.6);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.setHorizontallyCenter(true);
	}

	/** The paper the sheet prints on once finished: A4 or A3. */
	public boolean onA3() {
		return sheet.getPrintSetup().getPaperSize() == PrintSetup.A3_PAPERSIZE;
	}

	private boolean isMerged(int rowIndex) {
		return sheet.getMergedRegions().stream().anyMatch(region -> region.getFirstRow() == rowIndex && region.getLastColumn() > region.getFirstColumn());
	}

	/** The lines the row's tallest cell wraps to in its column. */
	private int lines(Row row) {
		int most = 1;
		for (Cell cell : row) {
			if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
				double room = Math.max(1, widths[cell.getColumnIndex()] - 1);
				int lines = 0;
				for (String line : cell.getStringCellValue().split("\n", -1)) { //$NON-NLS-1$
					lines += Math.max(1, (int) Math.ceil(lineWidth(line) / room));
				}
				most = Math.max(most, lines);
			}
		}
		return most;
	}

	private CellStyle style(boolean heading, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setWrapText(true);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		if (heading) {
			Font font = workbook.createFont();
			font.setBold(true);
			style.setFont(font);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
		}
		if (format != null) {
			style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
		}
		return style;
	}

	private static int widestLine(String text) {
		int widest = 0;
		for (String line : text.split("\n", -1)) { //$NON-NLS-1$
			widest = Math.max(widest, width(line));
		}
		return widest;
	}

	/** The width of text in character units: 2 for a Chinese (full-width) character, 1 for others (a column fits it whole). */
	static int width(String text) {
		return text.codePoints().map(c -> wide(c) ? 2 : 1).sum();
	}

	/** The width text takes on a printed line that wraps it. */
	private static double lineWidth(String text) {
		return text.codePoints().mapToDouble(c -> wide(c) ? HAN_ON_LINE : 1).sum();
	}

	private static boolean wide(int c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF;
	}
}
