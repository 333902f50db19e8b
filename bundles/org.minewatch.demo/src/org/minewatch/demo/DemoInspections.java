package org.minewatch.demo;

import java.time.LocalDate;
import java.util.List;

import org.minewatch.model.campaign.Campaign;
import org.minewatch.model.campaign.CampaignFactory;
import org.minewatch.model.campaign.CampaignRound;
import org.minewatch.model.campaign.ReportDeadline;
import org.minewatch.model.campaign.ReportFrequency;
import org.minewatch.model.checklist.ChecklistFactory;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.inspection.TeamMember;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.report.ReportKind;

/** The 2021 campaign, a small starter checklist, and inspections of the three kinds with their item results. */
final class DemoInspections {

	/** Section title, speciality code, and items: subject and what to check. */
	private record Section(String title, String speciality, String[][] items) {
	}

	private static final List<Section> SECTIONS = List.of(
			new Section("通风、瓦斯和粉尘", "VENTILATION", new String[][] { { "通风系统", "矿井通风系统是否完善、可靠，有无不符合规定的串联通风" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					{ "瓦斯检查", "瓦斯检查制度是否落实，有无瓦斯超限作业" }, { "瓦斯抽采", "瓦斯抽采系统是否正常运行" } }), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Section("地测防治水", "GEOLOGY_WATER", new String[][] { { "水害探查", "是否坚持有掘必探、先探后掘" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					{ "防治水设施", "排水系统能力是否满足要求" } }), //$NON-NLS-1$ //$NON-NLS-2$
			new Section("采掘", "MINING", new String[][] { { "采掘布置", "采掘工作面个数是否符合规定" }, { "顶板管理", "顶板支护是否符合作业规程" } }), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			new Section("机电运输", "ELECTROMECHANICAL", new String[][] { { "供电系统", "是否具备双回路供电" }, { "提升运输", "提升运输设备保护装置是否齐全有效" } }), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			new Section("安全监控", "MONITORING", new String[][] { { "监控系统", "安全监控系统是否正常运行，数据是否真实" } }), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			new Section("关键作业", "SAFETY", new String[][] { { "井下动火", "井下动火作业是否审批并落实安全措施" }, { "采空区密闭", "采空区是否及时密闭" } })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final DemoContext context;
	private final DemoRandom random;
	private final DemoDataSet data;
	private final DemoHazards hazards;
	private ChecklistTemplate template;
	private Campaign campaign;

	DemoInspections(DemoContext context) {
		this.context = context;
		this.random = context.random();
		this.data = context.data();
		this.hazards = new DemoHazards(context);
	}

	void build() {
		Agency national = data.agencies.get(0);
		template = template(national);
		campaign = campaign(national);
		List<Mine> coalMines = data.mines.stream().filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL).toList();
		for (int i = 0; i < coalMines.size(); i++) {
			Mine mine = coalMines.get(i);
			if (i % 3 == 0) {
				selfInspection(mine, i);
			}
			if (i % 6 == 1) {
				inspection(mine, InspectionKind.REGULATORY_INVESTIGATION, mine.getOwner(), InspectionStatus.COMPLETED);
			}
			if (i % 12 == 2) {
				inspection(mine, InspectionKind.STATE_ENFORCEMENT, subBureauOf(mine), InspectionStatus.COMPLETED);
			}
			if (i % 20 == 5) {
				inspection(mine, InspectionKind.REGULATORY_INVESTIGATION, mine.getOwner(), InspectionStatus.PLANNED);
			}
		}
		hazards.registerByHand(data.mines.stream().filter(m -> m.getKind() != MineKind.UNDERGROUND_COAL).limit(12).toList());
	}

	private void selfInspection(Mine mine, int index) {
		InspectionStatus status = random.pick(new InspectionStatus[] { InspectionStatus.COMPLETED, InspectionStatus.SUBMITTED, InspectionStatus.ACCEPTED });
		if (index % 15 == 0) {
			Inspection rejected = inspection(mine, InspectionKind.SELF_INSPECTION, mine.getOwner(), InspectionStatus.REJECTED);
			rejected.setRejectionReason("写实内容过于简单，隐患排查不彻底，推倒重来"); //$NON-NLS-1$
			Inspection redo = inspection(mine, InspectionKind.SELF_INSPECTION, mine.getOwner(), status);
			redo.setRedoOf(rejected);
			redo.setRound(rejected.getRound());
		} else {
			inspection(mine, InspectionKind.SELF_INSPECTION, mine.getOwner(), status);
		}
	}

	private Inspection inspection(Mine mine, InspectionKind kind, Agency agency, InspectionStatus status) {
		Inspection inspection = InspectionFactory.eINSTANCE.createInspection();
		context.identify(inspection, agency);
		inspection.setKind(kind);
		inspection.setMine(mine);
		inspection.setTemplate(template);
		inspection.setCampaign(campaign);
		inspection.setRound(1);
		inspection.setStatus(status);
		LocalDate start = status == InspectionStatus.PLANNED ? context.today().plusDays(random.between(3, 40))
				: random.dateBetween(DemoContext.CAMPAIGN_START.plusDays(10), context.today().minusDays(40));
		inspection.setPlannedStart(start);
		inspection.setPlannedEnd(start.plusDays(kind == InspectionKind.SELF_INSPECTION ? 7 : 2));
		List<Person> team = kind == InspectionKind.SELF_INSPECTION ? staffOf(mine) : staffOf(agency);
		for (Person person : team) {
			TeamMember member = InspectionFactory.eINSTANCE.createTeamMember();
			member.setPerson(person);
			member.setSpeciality(person.getSpecialities().isEmpty() ? null : person.getSpecialities().get(0));
			member.setLeader(inspection.getTeam().isEmpty());
			inspection.getTeam().add(member);
		}
		data.inspections.add(inspection);
		if (status != InspectionStatus.PLANNED) {
			inspection.setStartedAt(random.during(start));
			answer(inspection, team.get(0));
			inspection.setCompletedAt(random.during(start.plusDays(1)));
			inspection.setSignedOffBy(team.get(0));
			inspection.setSignedOffAt(inspection.getCompletedAt());
		}
		return inspection;
	}

	private void answer(Inspection inspection, Person inspector) {
		for (ChecklistSection section : template.getSections()) {
			for (ChecklistItem item : section.getItems()) {
				ItemResult result = InspectionFactory.eINSTANCE.createItemResult();
				result.setId(random.uuid());
				result.setItem(item);
				result.setAnsweredBy(inspector);
				result.setAnsweredAt(inspection.getStartedAt());
				double roll = random.decimal(0, 1);
				result.setOutcome(roll < 0.12 ? ItemOutcome.HAZARD : roll < 0.18 ? ItemOutcome.NOT_APPLICABLE : ItemOutcome.CONFORMING);
				result.setStateAsFound(switch (result.getOutcome()) {
				case HAZARD -> item.getSubject() + "：现场检查发现不符合要求，" + random.pick(DemoHazards.PROBLEMS); //$NON-NLS-1$
				case NOT_APPLICABLE -> "本矿不涉及该项"; //$NON-NLS-1$
				default -> item.getSubject() + "：经查阅资料和现场核查，符合要求"; //$NON-NLS-1$
				});
				inspection.getResults().add(result);
				if (result.getOutcome() == ItemOutcome.HAZARD) {
					hazards.fromInspection(inspection, result, inspector);
				}
			}
		}
	}

	private List<Person> staffOf(Mine mine) {
		return data.persons.stream().filter(p -> p.getMine() == mine).toList();
	}

	private List<Person> staffOf(Agency agency) {
		return data.persons.stream().filter(p -> p.getAgency() == agency).limit(3).toList();
	}

	private Agency subBureauOf(Mine mine) {
		return data.agencies.stream()
				.filter(a -> a.getKind() == AgencyKind.SUPERVISION_SUB_BUREAU && a.getCovers().get(0).contains(mine.getCounty())).findFirst()
				.orElseThrow();
	}

	private ChecklistTemplate template(Agency national) {
		ChecklistTemplate t = ChecklistFactory.eINSTANCE.createChecklistTemplate();
		context.identify(t, national);
		t.setName("井工煤矿安全大排查检查表（演示用起步模板）"); //$NON-NLS-1$
		t.setEdition("demo-2021"); //$NON-NLS-1$
		t.setSource("Minewatch demo data: a starter list, not the official 221-item checklist"); //$NON-NLS-1$
		t.setValidFrom(DemoContext.CAMPAIGN_START);
		t.setOrigin(TemplateOrigin.SUITE); // issued by nobody: not an official list
		t.getAppliesTo().add(MineKind.UNDERGROUND_COAL);
		t.setStarter(true);
		int sectionNumber = 0;
		for (Section spec : SECTIONS) {
			ChecklistSection section = ChecklistFactory.eINSTANCE.createChecklistSection();
			section.setId(random.uuid());
			section.setNumber(String.valueOf(++sectionNumber));
			section.setTitle(spec.title());
			section.setSpeciality(context.reference().term(ReferenceData.SPECIALITY, spec.speciality()));
			int itemNumber = 0;
			for (String[] item : spec.items()) {
				ChecklistItem checklistItem = ChecklistFactory.eINSTANCE.createChecklistItem();
				checklistItem.setId(random.uuid());
				checklistItem.setNumber(sectionNumber + "." + ++itemNumber); //$NON-NLS-1$
				checklistItem.setSubject(item[0]);
				checklistItem.setCriteria(item[1]);
				checklistItem.setMethod("查阅资料，现场核查"); //$NON-NLS-1$
				checklistItem.setKeyOperation(spec.speciality().equals("SAFETY")); //$NON-NLS-1$
				section.getItems().add(checklistItem);
			}
			t.getSections().add(section);
		}
		data.templates.add(t);
		return t;
	}

	private Campaign campaign(Agency national) {
		Campaign c = CampaignFactory.eINSTANCE.createCampaign();
		context.identify(c, national);
		c.setName("全国煤矿安全大排查"); //$NON-NLS-1$
		c.setNameEn("Nationwide coal-mine safety investigation (2021)"); //$NON-NLS-1$
		c.setStartDate(DemoContext.CAMPAIGN_START);
		c.setEndDate(LocalDate.of(2021, 12, 31));
		c.getRequiredTemplates().add(template);
		for (int n = 1; n <= 2; n++) {
			CampaignRound round = CampaignFactory.eINSTANCE.createCampaignRound();
			round.setNumber(n);
			round.setStartDate(n == 1 ? DemoContext.CAMPAIGN_START : LocalDate.of(2021, 7, 1));
			round.setEndDate(n == 1 ? LocalDate.of(2021, 6, 30) : LocalDate.of(2021, 12, 31));
			c.getRounds().add(round);
		}
		c.getReportCalendar().add(deadline(ReportKind.MONTHLY_PROGRESS, ReportFrequency.MONTHLY, 5, JurisdictionLevel.PROVINCE));
		c.getReportCalendar().add(deadline(ReportKind.SELF_INSPECTION, ReportFrequency.HALF_YEARLY, 0, JurisdictionLevel.COUNTY));
		c.getReportCalendar().add(deadline(ReportKind.ENFORCEMENT, ReportFrequency.QUARTERLY, 10, JurisdictionLevel.PROVINCE));
		c.getReportCalendar().add(deadline(ReportKind.ANALYSIS, ReportFrequency.MONTHLY, 10, JurisdictionLevel.PREFECTURE));
		data.campaigns.add(c);
		return c;
	}

	private static ReportDeadline deadline(ReportKind kind, ReportFrequency frequency, int dueDay, JurisdictionLevel level) {
		ReportDeadline deadline = CampaignFactory.eINSTANCE.createReportDeadline();
		deadline.setReportKind(kind);
		deadline.setFrequency(frequency);
		deadline.setDueDay(dueDay);
		deadline.setLevel(level);
		return deadline;
	}
}
