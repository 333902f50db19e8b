package org.minewatch.model.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.minewatch.model.base.BasePackage;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.InspectedUnit;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.DeadlineExtension;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.hazard.RectificationPlan;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.jurisdiction.JurisdictionPackage;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Licence;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportPackage;
import org.minewatch.model.report.ReportStatus;
import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.model.schedule.SchedulePackage;
import org.minewatch.model.validation.ModelValidator.Field;

/** The invariants of the Minewatch model. Each has a message in messages.properties and messages_zh.properties. */
public final class Constraints {

	private static final Set<InspectionStatus> DONE = Set.of(InspectionStatus.COMPLETED, InspectionStatus.SUBMITTED, InspectionStatus.ACCEPTED,
			InspectionStatus.REJECTED);
	private static final Set<HazardState> UNDER_RECTIFICATION = Set.of(HazardState.RECTIFYING, HazardState.SUPERVISED, HazardState.ACCEPTED,
			HazardState.CLOSED);

	/** A major hazard cannot leave `registered` without all five 五落实 fields. */
	static final Constraint<Hazard> MAJOR_HAZARD_FIVE_IN_PLACE = new Constraint<>("hazard.majorFiveInPlace", Hazard.class, //$NON-NLS-1$
			HazardPackage.Literals.HAZARD__RECTIFICATION, h -> {
				if (h.getGrade() != HazardGrade.MAJOR || !UNDER_RECTIFICATION.contains(h.getState())) {
					return null;
				}
				List<Field> missing = missingFiveInPlace(h.getRectification(), true);
				return missing.isEmpty() ? null : new Object[] { join(missing) };
			});

	/** A general hazard being rectified has a responsible person, measures and a deadline, unless fixed on the spot. */
	static final Constraint<Hazard> GENERAL_HAZARD_RESPONSIBILITY = new Constraint<>("hazard.generalResponsibility", Hazard.class, //$NON-NLS-1$
			HazardPackage.Literals.HAZARD__RECTIFICATION, h -> {
				if (h.getGrade() != HazardGrade.GENERAL || h.isFixedOnSpot() || !UNDER_RECTIFICATION.contains(h.getState())) {
					return null;
				}
				List<Field> missing = missingFiveInPlace(h.getRectification(), false);
				return missing.isEmpty() ? null : new Object[] { join(missing) };
			});

	/** A major hazard under rectification has a complete rectification plan. */
	static final Constraint<Hazard> MAJOR_HAZARD_PLAN = new Constraint<>("hazard.majorPlan", Hazard.class, //$NON-NLS-1$
			HazardPackage.Literals.HAZARD__PLAN, h -> {
				if (h.getGrade() != HazardGrade.MAJOR || !UNDER_RECTIFICATION.contains(h.getState())) {
					return null;
				}
				RectificationPlan p = h.getPlan();
				List<Field> missing = new ArrayList<>();
				if (p == null || blank(p.getGoalsAndTasks())) missing.add(new Field("RectificationPlan.goalsAndTasks")); //$NON-NLS-1$
				if (p == null || blank(p.getMethodsAndMeasures())) missing.add(new Field("RectificationPlan.methodsAndMeasures")); //$NON-NLS-1$
				if (p == null || blank(p.getFundsAndMaterials())) missing.add(new Field("RectificationPlan.fundsAndMaterials")); //$NON-NLS-1$
				if (p == null || blank(p.getResponsibleBodies())) missing.add(new Field("RectificationPlan.responsibleBodies")); //$NON-NLS-1$
				if (p == null || blank(p.getTimeLimit())) missing.add(new Field("RectificationPlan.timeLimit")); //$NON-NLS-1$
				if (p == null || blank(p.getSafetyMeasures())) missing.add(new Field("RectificationPlan.safetyMeasures")); //$NON-NLS-1$
				return missing.isEmpty() ? null : new Object[] { join(missing) };
			});

	/** A closed hazard has a passed acceptance; one fixed on the spot has evidence instead. */
	static final Constraint<Hazard> CLOSED_HAZARD_ACCEPTED = new Constraint<>("hazard.closedAccepted", Hazard.class, //$NON-NLS-1$
			HazardPackage.Literals.HAZARD__ACCEPTANCES, h -> {
				if (h.getState() != HazardState.CLOSED) {
					return null;
				}
				boolean accepted = h.getAcceptances().stream().anyMatch(Acceptance::isPassed);
				boolean evidenced = h.isFixedOnSpot() && !h.getAttachments().isEmpty();
				return accepted || evidenced ? null : new Object[0];
			});

	/** The acceptance is done by a person other than the one responsible for the rectification. */
	static final Constraint<Acceptance> ACCEPTOR_NOT_RECTIFIER = new Constraint<>("acceptance.notRectifier", Acceptance.class, //$NON-NLS-1$
			HazardPackage.Literals.ACCEPTANCE__CHECKED_BY, a -> {
				Rectification r = a.eContainer() instanceof Hazard h ? h.getRectification() : null;
				boolean same = r != null && a.getCheckedBy() != null && (a.getCheckedBy() == r.getResponsiblePerson()
						|| r.getResponsiblePerson() == null && a.getCheckedBy().getName().equals(r.getResponsiblePersonName()));
				return same ? new Object[0] : null;
			});

	/** Only a major hazard cites a determination standard. */
	static final Constraint<Hazard> CITATION_ONLY_FOR_MAJOR = new Constraint<>("hazard.citationOnlyMajor", Hazard.class, //$NON-NLS-1$
			HazardPackage.Literals.HAZARD__CITATION, h -> h.getCitation() != null && h.getGrade() != HazardGrade.MAJOR ? new Object[0] : null);

	/** A deadline extension moves the deadline later. */
	static final Constraint<DeadlineExtension> EXTENSION_LATER = new Constraint<>("extension.later", DeadlineExtension.class, //$NON-NLS-1$
			HazardPackage.Literals.DEADLINE_EXTENSION__NEW_DEADLINE, e -> e.getPreviousDeadline() != null && e.getNewDeadline() != null
					&& !e.getNewDeadline().isAfter(e.getPreviousDeadline()) ? new Object[] { e.getNewDeadline(), e.getPreviousDeadline() } : null);

	/** A mine's county lies in its province. */
	static final Constraint<Mine> MINE_COUNTY_IN_PROVINCE = new Constraint<>("mine.countyInProvince", Mine.class, //$NON-NLS-1$
			RegistryPackage.Literals.MINE__COUNTY, m -> {
				Jurisdiction county = m.getCounty();
				if (county == null || m.getProvince() == null) {
					return null;
				}
				return m.getProvince().contains(county) ? null : new Object[] { county.getName(), m.getProvince().getName() };
			});

	/** The county of a mine is a county. */
	static final Constraint<Mine> MINE_COUNTY_LEVEL = new Constraint<>("mine.countyLevel", Mine.class, //$NON-NLS-1$
			RegistryPackage.Literals.MINE__COUNTY, m -> m.getCounty() != null && m.getCounty().getLevel() != JurisdictionLevel.COUNTY
					? new Object[] { m.getCounty().getName() } : null);

	/** A group company's subsidiaries point at a group; nothing is its own parent. */
	static final Constraint<Enterprise> ENTERPRISE_PARENT_IS_GROUP = new Constraint<>("enterprise.parentGroup", Enterprise.class, //$NON-NLS-1$
			RegistryPackage.Literals.ENTERPRISE__PARENT, e -> {
				Enterprise parent = e.getParent();
				if (parent == null) {
					return null;
				}
				for (Enterprise p = parent; p != null; p = p.getParent()) {
					if (p == e) {
						return new Object[] { parent.getName() };
					}
				}
				return parent.isGroup() ? null : new Object[] { parent.getName() };
			});

	/** A licence's validity starts before it ends. */
	static final Constraint<Licence> LICENCE_PERIOD = new Constraint<>("licence.period", Licence.class, //$NON-NLS-1$
			RegistryPackage.Literals.LICENCE__VALID_TO, l -> before(l.getValidFrom(), l.getValidTo()));

	/** A resident-monitor assignment starts before it ends. */
	static final Constraint<MonitorAssignment> MONITOR_PERIOD = new Constraint<>("monitor.period", MonitorAssignment.class, //$NON-NLS-1$
			SchedulePackage.Literals.MONITOR_ASSIGNMENT__END_DATE, a -> before(a.getStartDate(), a.getEndDate()));

	/** A completed inspection has no item left unanswered. */
	static final Constraint<Inspection> INSPECTION_COMPLETE = new Constraint<>("inspection.complete", Inspection.class, //$NON-NLS-1$
			InspectionPackage.Literals.INSPECTION__RESULTS, i -> {
				if (!DONE.contains(i.getStatus())) {
					return null;
				}
				long open = i.getResults().stream().filter(r -> r.getOutcome() == ItemOutcome.UNANSWERED).count();
				return open == 0 ? null : new Object[] { open };
			});

	/** A hazard found at an item is written out (写实). */
	static final Constraint<ItemResult> HAZARD_RESULT_WRITTEN_OUT = new Constraint<>("result.writtenOut", ItemResult.class, //$NON-NLS-1$
			InspectionPackage.Literals.ITEM_RESULT__STATE_AS_FOUND, r -> r.getOutcome() == ItemOutcome.HAZARD && blank(r.getStateAsFound())
					? new Object[0] : null);

	/** A rejected inspection says why. */
	static final Constraint<Inspection> INSPECTION_REJECTION_REASON = new Constraint<>("inspection.rejectionReason", Inspection.class, //$NON-NLS-1$
			InspectionPackage.Literals.INSPECTION__REJECTION_REASON, i -> i.getStatus() == InspectionStatus.REJECTED && blank(i.getRejectionReason())
					? new Object[0] : null);

	/** A rejected report says why. */
	static final Constraint<Report> REPORT_REJECTION_REASON = new Constraint<>("report.rejectionReason", Report.class, //$NON-NLS-1$
			ReportPackage.Literals.REPORT__REJECTION_REASON, r -> r.getStatus() == ReportStatus.REJECTED && blank(r.getRejectionReason())
					? new Object[0] : null);

	/** A voided legal record says why. */
	static final Constraint<LegalRecord> VOID_REASON = new Constraint<>("legal.voidReason", LegalRecord.class, //$NON-NLS-1$
			BasePackage.Literals.LEGAL_RECORD__VOID_REASON, r -> r.getVoidedAt() != null && blank(r.getVoidReason()) ? new Object[0] : null);

	/** A superseded legal record says why. */
	static final Constraint<LegalRecord> SUPERSEDE_REASON = new Constraint<>("legal.supersedeReason", LegalRecord.class, //$NON-NLS-1$
			BasePackage.Literals.LEGAL_RECORD__SUPERSEDE_REASON, r -> r.getSupersededBy() != null && blank(r.getSupersedeReason())
					? new Object[0] : null);

	/** A division sits one level below its parent. */
	static final Constraint<Jurisdiction> JURISDICTION_LEVEL = new Constraint<>("jurisdiction.level", Jurisdiction.class, //$NON-NLS-1$
			JurisdictionPackage.Literals.JURISDICTION__LEVEL, j -> j.getParent() != null && j.getLevel() != null && j.getParent().getLevel() != null
					&& j.getLevel().getValue() != j.getParent().getLevel().getValue() + 1 ? new Object[] { j.getParent().getName() } : null);

	/**
	 * Only the suite's starter templates have the origin SUITE (issued by nobody, not an official list): a bureau's
	 * or a province's template says who issued it. (Starters stored before SUITE existed say NATIONAL; they stay.)
	 */
	static final Constraint<ChecklistTemplate> TEMPLATE_SUITE_ORIGIN = new Constraint<>("template.suiteOrigin", ChecklistTemplate.class, //$NON-NLS-1$
			ChecklistPackage.Literals.CHECKLIST_TEMPLATE__ORIGIN, t -> t.getOrigin() == TemplateOrigin.SUITE && !t.isStarter() ? new Object[0] : null);

	/** A template for inspecting an enterprise itself names no mine kind (so it is never offered for a mine); one for mines names its kinds. */
	static final Constraint<ChecklistTemplate> TEMPLATE_ENTERPRISE_KINDS = new Constraint<>("template.enterpriseKinds", ChecklistTemplate.class, //$NON-NLS-1$
			ChecklistPackage.Literals.CHECKLIST_TEMPLATE__APPLIES_TO, t -> (t.getInspects() == InspectedUnit.ENTERPRISE) != t.getAppliesTo().isEmpty()
					? new Object[0] : null);

	public static final List<Constraint<?>> ALL = List.of(MAJOR_HAZARD_FIVE_IN_PLACE, GENERAL_HAZARD_RESPONSIBILITY, MAJOR_HAZARD_PLAN,
			CLOSED_HAZARD_ACCEPTED, ACCEPTOR_NOT_RECTIFIER, CITATION_ONLY_FOR_MAJOR, EXTENSION_LATER, MINE_COUNTY_IN_PROVINCE, MINE_COUNTY_LEVEL,
			ENTERPRISE_PARENT_IS_GROUP, LICENCE_PERIOD, MONITOR_PERIOD, INSPECTION_COMPLETE, HAZARD_RESULT_WRITTEN_OUT, INSPECTION_REJECTION_REASON,
			REPORT_REJECTION_REASON, VOID_REASON, SUPERSEDE_REASON, JURISDICTION_LEVEL, TEMPLATE_SUITE_ORIGIN, TEMPLATE_ENTERPRISE_KINDS);

	private static List<Field> missingFiveInPlace(Rectification r, boolean major) {
		List<Field> missing = new ArrayList<>();
		if (major && (r == null || blank(r.getResponsibleUnit()))) missing.add(new Field("Rectification.responsibleUnit")); //$NON-NLS-1$
		if (r == null || (r.getResponsiblePerson() == null && blank(r.getResponsiblePersonName()))) missing.add(new Field("Rectification.responsiblePerson")); //$NON-NLS-1$
		if (r == null || blank(r.getMeasures())) missing.add(new Field("Rectification.measures")); //$NON-NLS-1$
		if (major && (r == null || r.getFunds() == null)) missing.add(new Field("Rectification.funds")); //$NON-NLS-1$
		if (r == null || r.getDeadline() == null) missing.add(new Field("Rectification.deadline")); //$NON-NLS-1$
		if (major && (r == null || blank(r.getContingencyPlan()))) missing.add(new Field("Rectification.contingencyPlan")); //$NON-NLS-1$
		return missing;
	}

	private static Object[] before(LocalDate from, LocalDate to) {
		return from != null && to != null && !from.isBefore(to) ? new Object[] { from, to } : null;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static Object join(List<Field> fields) {
		return new FieldList(fields);
	}

	/** Several fields in one message argument; the validator localizes each. */
	record FieldList(List<Field> fields) {
	}

	private Constraints() {
	}
}
