package org.minewatch.report.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.report.Report;
import org.minewatch.model.time.Zones;
import org.minewatch.office.PrintedSheet;
import org.minewatch.report.Figures;
import org.minewatch.report.MonthlyProgress;
import org.minewatch.report.Texts;

/**
 * The report's annex (附件): every figure frozen in the report, named in the person's language, with its key, as a
 * workbook printed by {@link PrintedSheet}; the rates the report prints are worked out from these.
 */
public final class FiguresAnnex {

	private final Locale locale;

	public FiguresAnnex(Locale locale) {
		this.locale = locale;
	}

	public void write(Report report, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			String area = report.getJurisdiction() == null ? "" : report.getJurisdiction().getName(); //$NON-NLS-1$
			String asOf = report.getAsOf() == null ? "" : LocalDateTime.ofInstant(report.getAsOf(), Zones.CHINA).withNano(0).toString().replace('T', ' '); //$NON-NLS-1$
			PrintedSheet sheet = new PrintedSheet(workbook, text("annex.sheet"), text("annex.title", report.getTitle()), //$NON-NLS-1$ //$NON-NLS-2$
					text("annex.subtitle", area, report.getPeriodStart(), report.getPeriodEnd(), asOf, report.getChainHead()), //$NON-NLS-1$
					text("annex.pageOf", "{0}", "{1}"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					text("annex.number"), text("annex.figure"), text("annex.value"), text("annex.key")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map<String, BigDecimal> figures = new Figures(report).all();
			int number = 1;
			for (String key : MonthlyProgress.keys()) {
				if (figures.containsKey(key)) {
					sheet.row(number++, label(key), figures.get(key), key);
				}
			}
			for (Map.Entry<String, BigDecimal> other : figures.entrySet()) {
				if (!MonthlyProgress.keys().contains(other.getKey())) {
					sheet.row(number++, other.getKey(), other.getValue(), other.getKey());
				}
			}
			sheet.closingLine(text("annex.closing", figures.size())); //$NON-NLS-1$
			sheet.finish();
			workbook.write(out);
		}
	}

	/** A figure's name: 矿山自查计划次数, 一般事故隐患发现数, 下达现场检查记录份数. */
	String label(String key) {
		for (InspectionKind kind : InspectionKind.VALUES) {
			String name = text("doc.kind." + kind.getName()); //$NON-NLS-1$
			for (String what : new String[] { "planned", "done", "mines" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (key.equals(MonthlyProgress.inspections(kind, what))) {
					return text("annex." + what, name); //$NON-NLS-1$
				}
			}
		}
		for (DocumentKind kind : DocumentKind.VALUES) {
			if (key.equals(MonthlyProgress.documents(kind))) {
				return text("annex.documents", text("doc.document." + kind.getName())); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return switch (key) {
		case MonthlyProgress.GENERAL_FOUND -> text("annex.found", text("doc.grade.general")); //$NON-NLS-1$ //$NON-NLS-2$
		case MonthlyProgress.GENERAL_RECTIFIED -> text("annex.rectified", text("doc.grade.general")); //$NON-NLS-1$ //$NON-NLS-2$
		case MonthlyProgress.MAJOR_FOUND -> text("annex.found", text("doc.grade.major")); //$NON-NLS-1$ //$NON-NLS-2$
		case MonthlyProgress.MAJOR_RECTIFIED -> text("annex.rectified", text("doc.grade.major")); //$NON-NLS-1$ //$NON-NLS-2$
		case MonthlyProgress.PENALTIES -> text("annex.penalties"); //$NON-NLS-1$
		case MonthlyProgress.FINES -> text("annex.fines"); //$NON-NLS-1$
		default -> key;
		};
	}

	private String text(String key, Object... arguments) {
		return Texts.format(locale, key, arguments);
	}
}
