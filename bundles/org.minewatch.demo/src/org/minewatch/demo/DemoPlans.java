package org.minewatch.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.minewatch.model.enforcement.Decision;
import org.minewatch.model.enforcement.DecisionKind;
import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.enforcement.EnforcementFactory;
import org.minewatch.model.enforcement.Signature;
import org.minewatch.model.enforcement.SignerRole;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportFactory;
import org.minewatch.model.report.ReportKind;
import org.minewatch.model.report.ReportSection;
import org.minewatch.model.report.ReportStatus;
import org.minewatch.model.schedule.InvestigationPlan;
import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.model.schedule.MonitorReason;
import org.minewatch.model.schedule.PlanTarget;
import org.minewatch.model.schedule.PlanTeam;
import org.minewatch.model.schedule.ScheduleFactory;
import org.minewatch.model.schedule.Visit;
import org.minewatch.model.schedule.VisitKind;

/** Resident monitors, visits, investigation plans, reports and enforcement documents. */
final class DemoPlans {

	private final DemoContext context;
	private final DemoRandom random;
	private final DemoDataSet data;

	DemoPlans(DemoContext context) {
		this.context = context;
		this.random = context.random();
		this.data = context.data();
	}

	void build() {
		for (Mine mine : data.mines) {
			ProductionStatus status = mine.statusOn(context.today());
			if (status == ProductionStatus.ORDERED_TO_STOP || status == ProductionStatus.LONG_TERM_STOPPED) {
				monitors(mine, status == ProductionStatus.ORDERED_TO_STOP ? MonitorReason.STOPPED : MonitorReason.HIGH_RISK);
			}
			if (status == ProductionStatus.CLOSED || status == ProductionStatus.LONG_TERM_STOPPED) {
				closedMineChecks(mine);
			}
		}
		data.agencies.stream().filter(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.PREFECTURE)
				.forEach(this::investigationPlan);
		data.agencies.stream().filter(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.PROVINCE)
				.forEach(this::monthlyReports);
		data.inspections.stream().filter(i -> i.getKind() == InspectionKind.STATE_ENFORCEMENT && i.getStatus() == InspectionStatus.COMPLETED)
				.forEach(this::enforcementDocuments);
	}

	/** Two officials per mine (两人一矿). */
	private void monitors(Mine mine, MonitorReason reason) {
		List<Person> officials = staffOf(mine.getOwner()).subList(0, 2);
		for (Person official : officials) {
			MonitorAssignment assignment = ScheduleFactory.eINSTANCE.createMonitorAssignment();
			context.identify(assignment, mine.getOwner());
			assignment.setPerson(official);
			assignment.setMine(mine);
			assignment.setStartDate(context.today().minusDays(random.between(5, 30)));
			assignment.setEndDate(assignment.getStartDate().plusMonths(3));
			assignment.setReason(reason);
			data.monitorAssignments.add(assignment);
		}
	}

	/** Closed and stopped mines are checked at least once a quarter. */
	private void closedMineChecks(Mine mine) {
		for (LocalDate date : List.of(LocalDate.of(2021, 3, 15), LocalDate.of(2021, 6, 15), LocalDate.of(2021, 9, 15), LocalDate.of(2021, 12, 15))) {
			Visit visit = ScheduleFactory.eINSTANCE.createVisit();
			context.identify(visit, mine.getOwner());
			visit.setKind(random.chance(0.5) ? VisitKind.CLOSED_MINE_CHECK : VisitKind.SURPRISE_CHECK);
			visit.setMine(mine);
			visit.setPlannedDate(date.plusDays(random.between(-10, 10)));
			if (visit.getPlannedDate().isBefore(context.today())) {
				visit.setDoneDate(visit.getPlannedDate());
			}
			visit.getTeam().addAll(staffOf(mine.getOwner()).subList(0, 2));
			data.visits.add(visit);
		}
	}

	private void investigationPlan(Agency city) {
		InvestigationPlan plan = ScheduleFactory.eINSTANCE.createInvestigationPlan();
		context.identify(plan, city);
		plan.setName(city.nameOn(context.today()) + "煤矿安全大排查监管排查计划"); //$NON-NLS-1$
		plan.setAgency(city);
		plan.setCampaign(data.campaigns.get(0));
		plan.setStartDate(LocalDate.of(2021, 3, 1));
		plan.setEndDate(LocalDate.of(2021, 6, 30));
		List<Person> staff = staffOf(city);
		for (int t = 0; t < 2; t++) {
			PlanTeam team = ScheduleFactory.eINSTANCE.createPlanTeam();
			team.setId(random.uuid());
			team.setName("第" + (t + 1) + "检查组"); //$NON-NLS-1$ //$NON-NLS-2$
			team.getMembers().add(staff.get(t % staff.size()));
			team.getMembers().add(staff.get((t + 1) % staff.size()));
			plan.getTeams().add(team);
		}
		List<Mine> mines = data.mines.stream().filter(m -> city.getCovers().get(0).contains(m.getCounty())).limit(10).toList();
		LocalDate start = plan.getStartDate();
		for (int order = 0; order < mines.size(); order++) {
			PlanTarget target = ScheduleFactory.eINSTANCE.createPlanTarget();
			target.setOrder(order + 1);
			target.setMine(mines.get(order));
			target.setTeam(plan.getTeams().get(order % 2));
			target.setDays(random.between(2, 4));
			target.setPlannedStart(start);
			start = start.plusDays(order % 2 == 1 ? target.getDays() : 0);
			plan.getTargets().add(target);
		}
		data.plans.add(plan);
	}

	/** The monthly progress report, due by the 5th of the next month. */
	private void monthlyReports(Agency province) {
		Person author = staffOf(province).get(0);
		YearMonth last = YearMonth.from(context.today()).minusMonths(1);
		for (YearMonth month = YearMonth.of(2021, 2); !month.isAfter(last); month = month.plusMonths(1)) {
			Report report = ReportFactory.eINSTANCE.createReport();
			context.identify(report, province);
			report.setKind(ReportKind.MONTHLY_PROGRESS);
			report.setTitle(province.nameOn(context.today()) + month.getYear() + "年" + month.getMonthValue() + "月煤矿安全大排查进展情况"); //$NON-NLS-1$ //$NON-NLS-2$
			report.setPeriodStart(month.atDay(1));
			report.setPeriodEnd(month.atEndOfMonth());
			report.setDueDate(month.plusMonths(1).atDay(5));
			report.setAuthor(author);
			report.setJurisdiction(province.getCovers().get(0));
			report.setCampaign(data.campaigns.get(0));
			boolean latest = month.equals(last);
			report.setStatus(latest ? ReportStatus.SUBMITTED : ReportStatus.ACCEPTED);
			report.setSubmittedAt(random.during(report.getDueDate().minusDays(random.between(0, 3))));
			section(report, "总体进展", "本月组织开展煤矿安全大排查，各项工作有序推进。"); //$NON-NLS-1$ //$NON-NLS-2$
			section(report, "发现的主要问题", "部分煤矿自查自改不深入不彻底。"); //$NON-NLS-1$ //$NON-NLS-2$
			section(report, "下一步工作", "持续推进排查整治，强化监管执法。"); //$NON-NLS-1$ //$NON-NLS-2$
			data.reports.add(report);
			if (month.getMonthValue() == 3) {
				report.setStatus(ReportStatus.REJECTED);
				report.setRejectionReason("数据统计口径与要求不一致，请重新报送"); //$NON-NLS-1$
				Report redo = org.eclipse.emf.ecore.util.EcoreUtil.copy(report);
				context.identify(redo, province);
				redo.setStatus(ReportStatus.ACCEPTED);
				redo.setRejectionReason(null);
				redo.setRedoOf(report);
				data.reports.add(redo);
			}
		}
	}

	private static void section(Report report, String title, String text) {
		ReportSection section = ReportFactory.eINSTANCE.createReportSection();
		section.setOrder(report.getSections().size() + 1);
		section.setTitle(title);
		section.setText(text);
		report.getSections().add(section);
	}

	private void enforcementDocuments(Inspection inspection) {
		List<Hazard> found = data.hazards.stream().filter(h -> h.getSourceInspection() == inspection).toList();
		EnforcementDocument record = document(inspection, DocumentKind.ON_SITE_INSPECTION_RECORD);
		record.setContent("依法对该矿开展现场检查，检查情况见检查记录。"); //$NON-NLS-1$
		if (!found.isEmpty()) {
			EnforcementDocument decision = document(inspection, DocumentKind.ON_SITE_HANDLING_DECISION);
			decision.setContent("对检查发现的问题作出现场处理决定。"); //$NON-NLS-1$
			Decision d = EnforcementFactory.eINSTANCE.createDecision();
			d.setKind(DecisionKind.CORRECT_BY_DEADLINE);
			d.setText("限期整改检查发现的隐患"); //$NON-NLS-1$
			d.setDeadline(inspection.getPlannedEnd().plusDays(30));
			d.getHazards().addAll(found);
			decision.getDecisions().add(d);
		}
	}

	private EnforcementDocument document(Inspection inspection, DocumentKind kind) {
		Agency agency = inspection.getOwner();
		EnforcementDocument document = EnforcementFactory.eINSTANCE.createEnforcementDocument();
		context.identify(document, agency);
		document.setKind(kind);
		document.setNumber(String.format("%s煤安监〔2021〕%d号", DemoRegistry.abbreviation(inspection.getMine().getProvince()), data.documents.size() + 1)); //$NON-NLS-1$
		document.setIssuingAgency(agency);
		document.setMine(inspection.getMine());
		document.setInspection(inspection);
		document.setIssuedAt(inspection.getCompletedAt());
		for (Person officer : inspection.getTeam().stream().map(m -> m.getPerson()).limit(2).toList()) {
			sign(document, SignerRole.OFFICER, officer, officer.getName());
		}
		Person recipient = data.persons.stream().filter(p -> p.getMine() == inspection.getMine()).findFirst().orElseThrow();
		sign(document, SignerRole.RECIPIENT, recipient, recipient.getName());
		data.documents.add(document);
		return document;
	}

	private static void sign(EnforcementDocument document, SignerRole role, Person person, String name) {
		Signature signature = EnforcementFactory.eINSTANCE.createSignature();
		signature.setRole(role);
		signature.setPerson(person);
		signature.setName(name);
		signature.setSignedAt(document.getIssuedAt());
		document.getSignatures().add(signature);
	}

	private List<Person> staffOf(Agency agency) {
		return data.persons.stream().filter(p -> p.getAgency() == agency).toList();
	}
}
