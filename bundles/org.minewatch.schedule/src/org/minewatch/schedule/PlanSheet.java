package org.minewatch.schedule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.minewatch.core.LocalTexts;
import org.minewatch.office.PrintedSheet;

/** A plan as the schedule a bureau files (XLSX through {@link PrintedSheet}): one row per staffed duty, by first day. */
public final class PlanSheet {

	private static final LocalTexts TEXTS = LocalTexts.of(PlanSheet.class, "org.minewatch.schedule.messages"); //$NON-NLS-1$

	private PlanSheet() {
	}

	public static void write(Plan plan, String area, Locale locale, OutputStream out) throws IOException {
		Map<String, Duty> duties = plan.problem().dutiesById();
		Map<String, Worker> workers = plan.problem().workersById();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			PrintedSheet sheet = new PrintedSheet(workbook, TEXTS.format(locale, "sheet.name"), TEXTS.format(locale, "sheet.title"), //$NON-NLS-1$ //$NON-NLS-2$
					TEXTS.format(locale, "sheet.subtitle", area, plan.problem().from(), plan.problem().to()), TEXTS.format(locale, "sheet.pageOf"), //$NON-NLS-1$ //$NON-NLS-2$
					TEXTS.format(locale, "sheet.number"), TEXTS.format(locale, "sheet.from"), TEXTS.format(locale, "sheet.to"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					TEXTS.format(locale, "sheet.mine"), TEXTS.format(locale, "sheet.duty"), TEXTS.format(locale, "sheet.people")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List<Assignment> rows = plan.assignments().stream().filter(a -> duties.containsKey(a.dutyId()))
					.sorted(Comparator.comparing(Assignment::start, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Assignment::dutyId)).toList();
			int n = 1;
			for (Assignment a : rows) {
				Duty d = duties.get(a.dutyId());
				String people = String.join("、", a.personIds().stream().map(p -> workers.containsKey(p) ? workers.get(p).name() : p).toList()); //$NON-NLS-1$
				sheet.row(n++, a.start() == null ? plan.problem().from() : a.start(),
						a.start() == null ? plan.problem().to() : a.start().plusDays(Math.max(1, d.days()) - 1L), d.mineName(), title(d.ruleId(), locale), people);
			}
			sheet.closingLine(TEXTS.format(locale, "sheet.total", rows.size(), plan.score().unmet())); //$NON-NLS-1$
			sheet.finish();
			workbook.write(out);
		}
	}

	private static String title(String ruleId, Locale locale) {
		return Rules.ALL.stream().filter(r -> r.id().equals(ruleId)).findFirst().map(r -> r.title(locale)).orElse(ruleId);
	}
}
