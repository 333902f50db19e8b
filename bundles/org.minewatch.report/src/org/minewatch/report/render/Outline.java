package org.minewatch.report.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.refdata.ChineseNumbers;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportSection;
import org.minewatch.model.report.ReportStatus;
import org.minewatch.model.time.Zones;
import org.minewatch.report.Figures;
import org.minewatch.report.MonthlyProgress;
import org.minewatch.report.Texts;

/**
 * What a report says, in order, before it is laid out as DOCX or PDF: the title, the addressee, numbered headings
 * (一、（一）1.), paragraphs, the inspections table and the hazards chart, all worded from the figures frozen in the
 * report and the sections written for it, then the agency, the date, and the colophon with the as-of time and the
 * audit chain's head. Both writers lay out the same outline, so the two files say the same.
 */
public final class Outline {

	/** A part of the body. */
	public sealed interface Block permits Heading, Paragraph, Table, Chart {
	}

	/** A numbered heading: level 1 一、, level 2 （一）, level 3 1. */
	public record Heading(int level, String number, String text) implements Block {
		public String numbered() {
			return number + text;
		}
	}

	public record Paragraph(String text) implements Block {
	}

	public record Table(List<String> header, List<List<String>> rows) implements Block {
	}

	/** A column chart: per category, one bar per series. */
	public record Chart(String title, List<String> categories, List<String> series, long[][] values) implements Block {
	}

	public final String title;
	public final String addressee;
	public final List<Block> blocks = new ArrayList<>();
	public final String agency;
	public final String date;
	public final List<String> colophon = new ArrayList<>();
	private final Locale locale;
	private final int[] numbers = new int[3];

	private Outline(String title, String addressee, String agency, String date, Locale locale) {
		this.title = title;
		this.addressee = addressee;
		this.agency = agency;
		this.date = date;
		this.locale = locale;
	}

	/** The outline of a monthly progress report in {@code locale} (a report to the bureau: Chinese). */
	public static Outline of(Report report, Locale locale) {
		Figures figures = new Figures(report);
		LocalDate signed = report.getSubmittedAt() != null ? report.getSubmittedAt().atZone(Zones.CHINA).toLocalDate()
				: report.getAsOf() != null ? report.getAsOf().atZone(Zones.CHINA).toLocalDate() : report.getPeriodEnd();
		String agencyName = report.getOwner() == null ? "" : report.getOwner().nameOn(signed); //$NON-NLS-1$
		Outline o = new Outline(report.getTitle(), Texts.format(locale, "doc.addressee"), agencyName, date(signed, locale), locale); //$NON-NLS-1$
		o.paragraph(Texts.format(locale, "doc.opening", agencyName, date(report.getPeriodStart(), locale), date(report.getPeriodEnd(), locale))); //$NON-NLS-1$
		o.written(report, "overview"); //$NON-NLS-1$
		if (report.getAsOf() == null) {
			o.paragraph(Texts.format(locale, "doc.noFigures")); //$NON-NLS-1$
		} else {
			o.inspections(figures);
			o.hazards(figures);
			o.enforcement(figures);
		}
		for (String key : List.of("typicalCases", "problems", "nextSteps")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			o.written(report, key);
		}
		for (ReportSection section : report.getSections()) {
			if (!section.isWritten()) {
				o.heading(1, section.getTitle());
				o.paragraphs(section.getText());
			}
		}
		if (report.getAsOf() != null) {
			o.colophon.add(Texts.format(locale, "doc.colophon", LocalDateTime.ofInstant(report.getAsOf(), Zones.CHINA).withNano(0).toString().replace('T', ' '), //$NON-NLS-1$
					report.getChainHead()));
		}
		if (report.getStatus() != ReportStatus.ACCEPTED && report.getStatus() != ReportStatus.SUBMITTED) {
			o.colophon.add(Texts.format(locale, "doc.statusLine", Texts.format(locale, "status." + report.getStatus().getName()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (report.getRejectionReason() != null) {
			o.colophon.add(Texts.format(locale, "doc.rejectedLine", report.getRejectionReason())); //$NON-NLS-1$
		}
		return o;
	}

	private void written(Report report, String key) {
		ReportSection section = report.getSections().stream().filter(s -> s.isWritten() && key.equals(s.getKey())).findFirst().orElse(null);
		if (section == null) {
			return;
		}
		heading(1, section.getTitle());
		if (section.getText() == null || section.getText().isBlank()) {
			paragraph(Texts.format(locale, "doc.notWritten")); //$NON-NLS-1$
		} else {
			paragraphs(section.getText());
		}
	}

	private void inspections(Figures figures) {
		heading(1, Texts.format(locale, "doc.h.inspections")); //$NON-NLS-1$
		List<List<String>> rows = new ArrayList<>();
		for (InspectionKind kind : InspectionKind.VALUES) {
			long planned = figures.count(MonthlyProgress.inspections(kind, "planned")); //$NON-NLS-1$
			long done = figures.count(MonthlyProgress.inspections(kind, "done")); //$NON-NLS-1$
			long mines = figures.count(MonthlyProgress.inspections(kind, "mines")); //$NON-NLS-1$
			String name = Texts.format(locale, "doc.kind." + kind.getName()); //$NON-NLS-1$
			heading(2, name);
			paragraph(Texts.format(locale, "doc.inspectionLine", planned, done, mines, rate(done, planned))); //$NON-NLS-1$
			BigDecimal percent = Figures.percent(done, planned);
			rows.add(List.of(name, Long.toString(planned), Long.toString(done), Long.toString(mines), percent == null ? "\u2014" : percent.toPlainString() + "%")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		blocks.add(new Table(List.of(Texts.format(locale, "doc.col.kind"), Texts.format(locale, "doc.col.planned"), Texts.format(locale, "doc.col.done"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Texts.format(locale, "doc.col.mines"), Texts.format(locale, "doc.col.rate")), rows)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void hazards(Figures figures) {
		heading(1, Texts.format(locale, "doc.h.hazards")); //$NON-NLS-1$
		long general = figures.count(MonthlyProgress.GENERAL_FOUND);
		long generalFixed = figures.count(MonthlyProgress.GENERAL_RECTIFIED);
		long major = figures.count(MonthlyProgress.MAJOR_FOUND);
		long majorFixed = figures.count(MonthlyProgress.MAJOR_RECTIFIED);
		paragraph(Texts.format(locale, "doc.hazardTotal", general + major, major, generalFixed + majorFixed, rate(generalFixed + majorFixed, general + major))); //$NON-NLS-1$
		heading(2, Texts.format(locale, "doc.grade.general")); //$NON-NLS-1$
		paragraph(Texts.format(locale, "doc.hazardLine", general, generalFixed, rate(generalFixed, general))); //$NON-NLS-1$
		heading(2, Texts.format(locale, "doc.grade.major")); //$NON-NLS-1$
		paragraph(Texts.format(locale, "doc.hazardLine", major, majorFixed, rate(majorFixed, major))); //$NON-NLS-1$
		blocks.add(new Chart(Texts.format(locale, "doc.chartTitle"), //$NON-NLS-1$
				List.of(Texts.format(locale, "doc.grade.general"), Texts.format(locale, "doc.grade.major")), //$NON-NLS-1$ //$NON-NLS-2$
				List.of(Texts.format(locale, "doc.chartFound"), Texts.format(locale, "doc.chartRectified")), //$NON-NLS-1$ //$NON-NLS-2$
				new long[][] { { general, generalFixed }, { major, majorFixed } }));
	}

	private void enforcement(Figures figures) {
		heading(1, Texts.format(locale, "doc.h.enforcement")); //$NON-NLS-1$
		long total = 0;
		for (DocumentKind kind : DocumentKind.VALUES) {
			total += figures.count(MonthlyProgress.documents(kind));
		}
		if (total == 0) {
			paragraph(Texts.format(locale, "doc.noDocuments")); //$NON-NLS-1$
		} else {
			paragraph(Texts.format(locale, "doc.documentsIssued", total)); //$NON-NLS-1$
			for (DocumentKind kind : DocumentKind.VALUES) {
				long count = figures.count(MonthlyProgress.documents(kind));
				if (count > 0) {
					heading(3, Texts.format(locale, "doc.documentLine", Texts.format(locale, "doc.document." + kind.getName()), count)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		BigDecimal fines = figures.amount(MonthlyProgress.FINES);
		paragraph(Texts.format(locale, "doc.penaltyLine", figures.count(MonthlyProgress.PENALTIES), fines.toPlainString())); //$NON-NLS-1$
	}

	/** "85.0%", or the words for no rate. */
	private String rate(long part, long whole) {
		BigDecimal percent = Figures.percent(part, whole);
		return percent == null ? Texts.format(locale, "doc.noRate") : percent.toPlainString() + "%"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void heading(int level, String text) {
		numbers[level - 1]++;
		for (int deeper = level; deeper < numbers.length; deeper++) {
			numbers[deeper] = 0;
		}
		int n = numbers[level - 1];
		String number = switch (level) {
		case 1 -> ChineseNumbers.of(n) + "\u3001"; // 一、 //$NON-NLS-1$
		case 2 -> "\uff08" + ChineseNumbers.of(n) + "\uff09"; // （一） //$NON-NLS-1$ //$NON-NLS-2$
		default -> n + "."; //$NON-NLS-1$
		};
		blocks.add(new Heading(level, number, text));
	}

	private void paragraph(String text) {
		blocks.add(new Paragraph(text));
	}

	private void paragraphs(String text) {
		for (String line : text.split("\\R")) { //$NON-NLS-1$
			if (!line.isBlank()) {
				paragraph(line.strip());
			}
		}
	}

	/** 2021年12月3日, or 2021-12-03 outside Chinese. */
	static String date(LocalDate day, Locale locale) {
		if (day == null) {
			return ""; //$NON-NLS-1$
		}
		return "zh".equals(locale.getLanguage()) ? day.getYear() + "\u5e74" + day.getMonthValue() + "\u6708" + day.getDayOfMonth() + "\u65e5" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: day.format(DateTimeFormatter.ISO_LOCAL_DATE);
	}
}
