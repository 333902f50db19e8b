package org.minewatch.hazard;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.time.Zones;

/**
 * The hazard ledger (隐患台账) as an XLSX workbook, with the columns of the ledgers mines and regulators
 * keep: number; content with the place and position; found at; found by; grade; responsible unit and
 * person; deadline; measures; closed at; photos before and after (the files' names).
 */
public final class Ledger {

	/** The ledger's columns, in order (message keys). */
	static final List<String> COLUMNS = List.of("ledger.number", "ledger.content", "ledger.foundAt", "ledger.foundBy", "ledger.grade", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"ledger.responsibleUnit", "ledger.responsiblePerson", "ledger.deadline", "ledger.measures", "ledger.closedAt", "ledger.photosBefore", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"ledger.photosAfter"); //$NON-NLS-1$

	private final ResourceBundle messages;

	public Ledger(Locale locale) {
		this.messages = ResourceBundle.getBundle("org.minewatch.hazard.messages", locale, Ledger.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** Writes the hazards, in the order given, under a title (the unit and period the ledger covers). */
	public void write(String title, List<Hazard> hazards, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(messages.getString("ledger.sheet")); //$NON-NLS-1$
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setWrapText(true);

			Row titleRow = sheet.createRow(0);
			titleRow.createCell(0).setCellValue(title);
			titleRow.getCell(0).setCellStyle(bold);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
			Row header = sheet.createRow(1);
			for (int c = 0; c < COLUMNS.size(); c++) {
				header.createCell(c).setCellValue(messages.getString(COLUMNS.get(c)));
				header.getCell(c).setCellStyle(bold);
			}
			int number = 1;
			for (Hazard hazard : hazards) {
				Row row = sheet.createRow(number + 1);
				String[] values = row(number++, hazard);
				for (int c = 0; c < values.length; c++) {
					row.createCell(c).setCellValue(values[c]);
					row.getCell(c).setCellStyle(wrapped);
				}
			}
			int[] widths = { 6, 48, 18, 10, 12, 16, 12, 12, 30, 18, 20, 20 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, 2);
			workbook.write(out);
		}
	}

	private String[] row(int number, Hazard hazard) {
		Rectification r = hazard.getRectification();
		Acceptance passed = hazard.getAcceptances().stream().filter(Acceptance::isPassed).reduce((a, b) -> b).orElse(null);
		return new String[] { String.valueOf(number), content(hazard), time(hazard.getFoundAt()),
				hazard.getFoundBy() == null ? "" : hazard.getFoundBy().getName(), //$NON-NLS-1$
				hazard.getGrade() == null ? "" : messages.getString(hazard.getGrade() == HazardGrade.MAJOR ? "ledger.major" : "ledger.general"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				r == null || r.getResponsibleUnit() == null ? "" : r.getResponsibleUnit(), //$NON-NLS-1$
				r == null ? "" : r.getResponsiblePerson() != null ? r.getResponsiblePerson().getName() : nullToEmpty(r.getResponsiblePersonName()), //$NON-NLS-1$
				r == null || r.getDeadline() == null ? "" : r.getDeadline().toString(), r == null ? "" : nullToEmpty(r.getMeasures()), //$NON-NLS-1$ //$NON-NLS-2$
				time(Repeats.closedAt(hazard)), names(passed == null ? List.of() : passed.getPhotosBefore()),
				names(passed == null ? List.of() : passed.getPhotosAfter()) };
	}

	/** "长城煤矿 · 1201 工作面（回风巷 30 米处）：描述". */
	private static String content(Hazard hazard) {
		StringBuilder text = new StringBuilder();
		if (hazard.getMine() != null && hazard.getMine().getName() != null) {
			text.append(hazard.getMine().getName());
		}
		if (hazard.getArea() != null && hazard.getArea().getName() != null) {
			text.append(text.length() > 0 ? " \u00b7 " : "").append(hazard.getArea().getName()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (hazard.getPlace() != null && !hazard.getPlace().isBlank()) {
			text.append('\uff08').append(hazard.getPlace().strip()).append('\uff09');
		}
		if (hazard.getDescription() != null) {
			text.append(text.length() > 0 ? "\uff1a" : "").append(hazard.getDescription()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	private static String time(Instant instant) {
		if (instant == null) {
			return ""; //$NON-NLS-1$
		}
		ZonedDateTime local = instant.atZone(Zones.CHINA);
		return LocalDate.from(local) + " " + String.format("%02d:%02d", local.getHour(), local.getMinute()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String names(List<Attachment> photos) {
		return photos.stream().map(Attachment::getFileName).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
