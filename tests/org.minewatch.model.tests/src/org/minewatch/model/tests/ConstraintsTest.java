package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.checklist.ChecklistFactory;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.InspectedUnit;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.hazard.Acceptance;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.DeadlineExtension;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.hazard.RectificationPlan;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionFactory;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.PeopleFactory;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Licence;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.report.Report;
import org.minewatch.model.report.ReportFactory;
import org.minewatch.model.report.ReportStatus;
import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.model.schedule.ScheduleFactory;
import org.minewatch.model.validation.Constraints;
import org.minewatch.model.validation.ModelValidator;

/** Each constraint: one object that violates it and one that satisfies it; messages name object and field. */
class ConstraintsTest {

	private static final Person RECTIFIER = person("王伟");
	private static final Person CHECKER = person("李强");

	/** code, a violating object, the same object mended. */
	static Stream<Arguments> cases() {
		return Stream.of(
				c("hazard.majorFiveInPlace", () -> hazard(HazardGrade.MAJOR, HazardState.RECTIFYING, h -> h.setRectification(rectification(false))),
						h -> ((Hazard) h).setRectification(rectification(true))),
				c("hazard.generalResponsibility", () -> hazard(HazardGrade.GENERAL, HazardState.RECTIFYING, h -> { }),
						h -> ((Hazard) h).setRectification(rectification(false))),
				c("hazard.majorPlan", () -> hazard(HazardGrade.MAJOR, HazardState.SUPERVISED, h -> h.setRectification(rectification(true))),
						h -> ((Hazard) h).setPlan(plan())),
				c("hazard.closedAccepted", () -> hazard(HazardGrade.GENERAL, HazardState.CLOSED, h -> h.setRectification(rectification(false))),
						h -> ((Hazard) h).getAcceptances().add(acceptance(CHECKER, true))),
				c("acceptance.notRectifier", () -> hazard(HazardGrade.GENERAL, HazardState.ACCEPTED, h -> {
					h.setRectification(rectification(false));
					h.getAcceptances().add(acceptance(RECTIFIER, true));
				}), h -> ((Hazard) h).getAcceptances().get(0).setCheckedBy(CHECKER)),
				c("hazard.citationOnlyMajor", () -> hazard(HazardGrade.GENERAL, HazardState.FOUND, h -> h.setCitation(citation())),
						h -> ((Hazard) h).setGrade(HazardGrade.MAJOR)),
				c("extension.later", () -> extension(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 4, 1)),
						e -> ((DeadlineExtension) e).setNewDeadline(LocalDate.of(2021, 5, 20))),
				c("mine.countyInProvince", () -> mine("150000", "370602"), m -> ((Mine) m).setProvince(division("370000"))),
				c("mine.countyLevel", () -> mine("370000", "370600"), m -> ((Mine) m).setCounty(division("370602"))),
				c("enterprise.parentGroup", ConstraintsTest::enterpriseUnderNonGroup, e -> ((Enterprise) e).getParent().setGroup(true)),
				c("licence.period", () -> licence(LocalDate.of(2025, 1, 1), LocalDate.of(2020, 1, 1)),
						l -> ((Licence) l).setValidTo(LocalDate.of(2030, 1, 1))),
				c("monitor.period", () -> monitor(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 5, 1)),
						m -> ((MonitorAssignment) m).setEndDate(LocalDate.of(2021, 8, 1))),
				c("inspection.complete", () -> inspection(InspectionStatus.COMPLETED, ItemOutcome.UNANSWERED),
						i -> ((Inspection) i).getResults().get(0).setOutcome(ItemOutcome.CONFORMING)),
				c("result.writtenOut", () -> inspection(InspectionStatus.IN_PROGRESS, ItemOutcome.HAZARD),
						i -> ((Inspection) i).getResults().get(0).setStateAsFound("回风巷瓦斯浓度1.2%")),
				c("inspection.rejectionReason", () -> inspection(InspectionStatus.REJECTED, ItemOutcome.CONFORMING),
						i -> ((Inspection) i).setRejectionReason("写实不具体")),
				c("report.rejectionReason", ConstraintsTest::rejectedReport, r -> ((Report) r).setRejectionReason("数据有误")),
				c("legal.voidReason", () -> voided(hazard(HazardGrade.GENERAL, HazardState.REGISTERED, h -> { })),
						h -> ((LegalRecord) h).setVoidReason("重复登记")),
				c("legal.supersedeReason", ConstraintsTest::superseded, r -> ((LegalRecord) r).setSupersedeReason("更正错误")),
				c("jurisdiction.level", ConstraintsTest::countyUnderProvince, j -> ((Jurisdiction) j).setLevel(JurisdictionLevel.PREFECTURE)),
				c("template.suiteOrigin", () -> template(TemplateOrigin.SUITE, InspectedUnit.MINE, MineKind.UNDERGROUND_COAL),
						t -> ((ChecklistTemplate) t).setOrigin(TemplateOrigin.PROVINCE)),
				c("template.enterpriseKinds", () -> template(TemplateOrigin.ENTERPRISE, InspectedUnit.ENTERPRISE, MineKind.UNDERGROUND_COAL),
						t -> ((ChecklistTemplate) t).getAppliesTo().clear()));
	}

	@Test
	void everyConstraintHasACase() {
		assertEquals(Constraints.ALL.stream().map(c -> c.code()).sorted().toList(),
				cases().map(a -> (String) a.get()[0]).sorted().toList());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void isViolatedThenSatisfied(String code, Supplier<EObject> violating, Consumer<EObject> mend) {
		EObject object = violating.get();
		List<Diagnostic> found = failures(object, code, Locale.ENGLISH);
		assertEquals(1, found.size(), code + " must fail once on the violating object: " + found);
		mend.accept(object);
		assertEquals(List.of(), failures(object, code, Locale.ENGLISH), code + " must pass on the mended object");
	}

	@Test
	void messagesNameTheObjectAndTheFieldInChineseAndEnglish() {
		Hazard hazard = hazard(HazardGrade.MAJOR, HazardState.RECTIFYING, h -> h.setRectification(rectification(false)));
		hazard.setNumber("YH-2021-00042");
		String english = failures(hazard, "hazard.majorFiveInPlace", Locale.ENGLISH).get(0).getMessage();
		String chinese = failures(hazard, "hazard.majorFiveInPlace", Locale.SIMPLIFIED_CHINESE).get(0).getMessage();
		assertTrue(english.startsWith("Hazard «YH-2021-00042», Rectification (five in place): "), english);
		assertTrue(english.contains("Responsible unit, Funds (10k yuan), Contingency plan"), english);
		assertTrue(chinese.startsWith("隐患「YH-2021-00042」，五落实："), chinese);
		assertTrue(chinese.contains("责任单位、整改资金（万元）、应急预案"), chinese);
	}

	private static List<Diagnostic> failures(EObject object, String code, Locale locale) {
		return new ModelValidator(locale).validate(object).getChildren().stream()
				.filter(d -> d.getData().size() > 2 && code.equals(d.getData().get(2))).toList();
	}

	private static Arguments c(String code, Supplier<? extends EObject> violating, Consumer<EObject> mend) {
		return Arguments.of(code, violating, mend);
	}

	private static Person person(String name) {
		Person person = PeopleFactory.eINSTANCE.createPerson();
		person.setId(name);
		person.setName(name);
		return person;
	}

	private static Hazard hazard(HazardGrade grade, HazardState state, Consumer<Hazard> setup) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setId("h1");
		hazard.setDescription("回风巷瓦斯积聚");
		hazard.setGrade(grade);
		hazard.setState(state);
		setup.accept(hazard);
		return hazard;
	}

	private static Rectification rectification(boolean major) {
		Rectification r = HazardFactory.eINSTANCE.createRectification();
		r.setResponsiblePerson(RECTIFIER);
		r.setMeasures("加强通风，排放瓦斯");
		r.setDeadline(LocalDate.of(2021, 6, 1));
		if (major) {
			r.setResponsibleUnit("通风区");
			r.setFunds(BigDecimal.TEN);
			r.setContingencyPlan("撤人、断电、设警戒");
		}
		return r;
	}

	private static RectificationPlan plan() {
		RectificationPlan plan = HazardFactory.eINSTANCE.createRectificationPlan();
		plan.setGoalsAndTasks("a");
		plan.setMethodsAndMeasures("b");
		plan.setFundsAndMaterials("c");
		plan.setResponsibleBodies("d");
		plan.setTimeLimit("e");
		plan.setSafetyMeasures("f");
		return plan;
	}

	private static Acceptance acceptance(Person checker, boolean passed) {
		Acceptance acceptance = HazardFactory.eINSTANCE.createAcceptance();
		acceptance.setCheckedBy(checker);
		acceptance.setPassed(passed);
		return acceptance;
	}

	private static Citation citation() {
		Citation citation = HazardFactory.eINSTANCE.createCitation();
		citation.setStandard("煤矿重大事故隐患判定标准");
		citation.setEdition("应急管理部令第4号（2020）");
		citation.setItem("2.1");
		return citation;
	}

	private static DeadlineExtension extension(LocalDate previous, LocalDate next) {
		DeadlineExtension extension = HazardFactory.eINSTANCE.createDeadlineExtension();
		extension.setPreviousDeadline(previous);
		extension.setNewDeadline(next);
		extension.setReason("工程量大");
		return extension;
	}

	private static Jurisdiction division(String code) {
		return Shipped.reference().jurisdiction(code);
	}

	private static Mine mine(String province, String county) {
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		mine.setId("m1");
		mine.setName("测试煤矿");
		mine.setProvince(division(province));
		mine.setCounty(division(county));
		return mine;
	}

	private static Enterprise enterpriseUnderNonGroup() {
		Enterprise parent = RegistryFactory.eINSTANCE.createEnterprise();
		parent.setId("e0");
		parent.setName("某煤业公司");
		Enterprise child = RegistryFactory.eINSTANCE.createEnterprise();
		child.setId("e1");
		child.setName("某矿业公司");
		child.setParent(parent);
		return child;
	}

	private static Licence licence(LocalDate from, LocalDate to) {
		Licence licence = RegistryFactory.eINSTANCE.createLicence();
		licence.setValidFrom(from);
		licence.setValidTo(to);
		return licence;
	}

	private static MonitorAssignment monitor(LocalDate start, LocalDate end) {
		MonitorAssignment assignment = ScheduleFactory.eINSTANCE.createMonitorAssignment();
		assignment.setId("a1");
		assignment.setStartDate(start);
		assignment.setEndDate(end);
		return assignment;
	}

	private static Inspection inspection(InspectionStatus status, ItemOutcome outcome) {
		Inspection inspection = InspectionFactory.eINSTANCE.createInspection();
		inspection.setId("i1");
		inspection.setStatus(status);
		ItemResult result = InspectionFactory.eINSTANCE.createItemResult();
		result.setId("r1");
		result.setOutcome(outcome);
		inspection.getResults().add(result);
		return inspection;
	}

	/** A bureau's template (not a starter). */
	private static ChecklistTemplate template(TemplateOrigin origin, InspectedUnit inspects, MineKind... kinds) {
		ChecklistTemplate template = ChecklistFactory.eINSTANCE.createChecklistTemplate();
		template.setId("t1");
		template.setName("某局检查表");
		template.setEdition("1");
		template.setOrigin(origin);
		template.setInspects(inspects);
		template.getAppliesTo().addAll(List.of(kinds));
		return template;
	}

	private static Report rejectedReport() {
		Report report = ReportFactory.eINSTANCE.createReport();
		report.setId("rp1");
		report.setTitle("2021年3月进展");
		report.setStatus(ReportStatus.REJECTED);
		return report;
	}

	private static Hazard voided(Hazard hazard) {
		hazard.setVoidedAt(Instant.parse("2021-04-01T02:00:00Z"));
		return hazard;
	}

	private static Report superseded() {
		Report old = rejectedReport();
		old.setStatus(ReportStatus.ACCEPTED);
		Report newer = ReportFactory.eINSTANCE.createReport();
		newer.setId("rp2");
		newer.setTitle("更正版");
		old.setSupersededBy(newer);
		return old;
	}

	private static Jurisdiction countyUnderProvince() {
		Jurisdiction province = JurisdictionFactory.eINSTANCE.createJurisdiction();
		province.setCode("370000");
		province.setName("山东省");
		province.setLevel(JurisdictionLevel.PROVINCE);
		Jurisdiction child = JurisdictionFactory.eINSTANCE.createJurisdiction();
		child.setCode("370600");
		child.setName("烟台市");
		child.setLevel(JurisdictionLevel.COUNTY);
		province.getChildren().add(child);
		return child;
	}

}
