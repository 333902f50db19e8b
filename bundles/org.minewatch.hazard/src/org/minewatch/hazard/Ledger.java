package org.minewatch.hazard;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.office.PrintedSheet;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.time.Zones;

/**
 * The hazard ledger (隐患排查治理台账) as an XLSX workbook, with the columns of the ledgers mines and regulators
 * keep: number; the hazard's number in the register; content with the place and position; found at; found by; grade; responsible unit and person;
 * deadline; measures; closed at; photos before and after (the files' names); and a totals line (found, rectified,
 * overdue, major). It prints as the paper ledger bureaus file ({@link PrintedSheet}): title and column names on
 * every page, the area and the as-of date in the page header, in the person's language throughout.
 */
public final class Ledger {

	/** The ledger's columns, in order (message keys). */
	static final List<String> COLUMNS = List.of("ledger.number", "ledger.hazardNumber", "ledger.content", "ledger.foundAt", "ledger.foundBy", "ledger.grade", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"ledger.responsibleUnit", "ledger.responsiblePerson", "ledger.deadline", "ledger.measures", "ledger.closedAt", "ledger.photosBefore", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"ledger.photosAfter"); //$NON-NLS-1$

	private final Locale locale;
	private final ResourceBundle messages;

	public Ledger(Locale locale) {
		this.locale = locale;
		this.messages = ResourceBundle.getBundle("org.minewatch.hazard.messages", locale, Ledger.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}

	/** The ledger's title in the person's language: 隐患排查治理台账. */
	public String title() {
		return messages.getString("ledger.title"); //$NON-NLS-1$
	}

	/** The area of a ledger of the whole nation, in the person's language. */
	public String nation() {
		return messages.getString("ledger.nation"); //$NON-NLS-1$
	}

	/** Writes the hazards, in the order given, for an area (its name) as they stood on {@code asOf}. */
	public void write(String area, LocalDate asOf, List<Hazard> hazards, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			PrintedSheet sheet = new PrintedSheet(workbook, messages.getString("ledger.sheet"), title(), //$NON-NLS-1$
					format("ledger.subtitle", area, asOf), messages.getString("ledger.pageOf"), //$NON-NLS-1$ //$NON-NLS-2$
					COLUMNS.stream().map(messages::getString).toArray(String[]::new));
			int number = 1;
			for (Hazard hazard : hazards) {
				sheet.row(row(number++, hazard));
			}
			long rectified = hazards.stream().filter(h -> h.getState() == HazardState.ACCEPTED || h.getState() == HazardState.CLOSED).count();
			long overdue = hazards.stream().filter(h -> Escalation.daysOverdue(h, asOf) > 0).count();
			long major = hazards.stream().filter(h -> h.getGrade() == HazardGrade.MAJOR).count();
			sheet.closingLine(format("ledger.totals", hazards.size(), rectified, overdue, major)); //$NON-NLS-1$
			sheet.finish();
			workbook.write(out);
		}
	}

	private String format(String key, Object... arguments) {
		return new MessageFormat(messages.getString(key), locale).format(arguments);
	}

	private Object[] row(int number, Hazard hazard) {
		Rectification r = hazard.getRectification();
		Acceptance passed = hazard.getAcceptances().stream().filter(Acceptance::isPassed).reduce((a, b) -> b).orElse(null);
		return new Object[] { number, nullToEmpty(hazard.getNumber()), content(hazard), time(hazard.getFoundAt()), hazard.getFoundBy() == null ? "" : hazard.getFoundBy().getName(), //$NON-NLS-1$
				hazard.getGrade() == null ? "" : messages.getString(hazard.getGrade() == HazardGrade.MAJOR ? "ledger.major" : "ledger.general"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				r == null || r.getResponsibleUnit() == null ? "" : r.getResponsibleUnit(), //$NON-NLS-1$
				r == null ? "" : r.getResponsiblePerson() != null ? r.getResponsiblePerson().getName() : nullToEmpty(r.getResponsiblePersonName()), //$NON-NLS-1$
				r == null ? null : r.getDeadline(), r == null ? "" : nullToEmpty(r.getMeasures()), //$NON-NLS-1$
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

	/** A moment as the date and time it was in China: a date cell of the sheet. */
	private static LocalDateTime time(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, Zones.CHINA).withSecond(0).withNano(0);
	}

	private static String names(List<Attachment> photos) {
		return photos.stream().map(Attachment::getFileName).collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
