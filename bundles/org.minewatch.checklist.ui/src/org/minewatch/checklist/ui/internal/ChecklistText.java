package org.minewatch.checklist.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.ui.ModelText;

/** How the checklist views write kinds, statuses, outcomes, templates and dates, and read dates. */
public final class ChecklistText {

	public static String kind(InspectionKind kind) {
		return ModelText.literal(InspectionPackage.Literals.INSPECTION_KIND, kind);
	}

	/** A listed inspection's kind, and that it is the inspection before resumption (复工复产前检查) when it is. */
	public static String kind(org.minewatch.checklist.InspectionRow row) {
		return row.beforeResumption() ? NLS.bind(Messages.list_kindBeforeResumption, kind(row.kind())) : kind(row.kind());
	}

	public static String status(InspectionStatus status) {
		return ModelText.literal(InspectionPackage.Literals.INSPECTION_STATUS, status);
	}

	public static String outcome(ItemOutcome outcome) {
		return ModelText.literal(InspectionPackage.Literals.ITEM_OUTCOME, outcome);
	}

	public static String mineKind(MineKind kind) {
		return ModelText.literal(RegistryPackage.Literals.MINE_KIND, kind);
	}

	public static String origin(TemplateOrigin origin) {
		return ModelText.literal(ChecklistPackage.Literals.TEMPLATE_ORIGIN, origin);
	}

	/** "井工煤矿安全检查表 · 2021版": a template edition as offered in lists. */
	public static String template(ChecklistTemplate template) {
		if (template == null) {
			return ""; //$NON-NLS-1$
		}
		return template.getName() + " \u00b7 " + template.getEdition(); //$NON-NLS-1$
	}

	public static String kinds(ChecklistTemplate template) {
		return template.getAppliesTo().stream().map(ChecklistText::mineKind).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm") //$NON-NLS-1$
			.withZone(org.minewatch.model.time.Zones.CHINA);

	public static String time(java.time.Instant at) {
		return at == null ? "" : MINUTE.format(at); //$NON-NLS-1$
	}

	public static String date(LocalDate day) {
		return day == null ? "" : day.toString(); //$NON-NLS-1$
	}

	/** A typed date (yyyy-mm-dd); null when blank. */
	public static LocalDate parseDate(String text) throws DateTimeParseException {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
	}

	private ChecklistText() {
	}
}
