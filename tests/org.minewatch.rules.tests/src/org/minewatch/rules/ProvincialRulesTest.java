package org.minewatch.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minewatch.rules.TinyData.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.registry.AreaKind;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.StandardisationGrade;
import org.minewatch.model.registry.SupervisionClass;

/**
 * One oracle per evaluated rule of the three provincial plugins, read from the installed plugins' rulebooks: a tiny
 * data set and the findings expected of it; and the structure-only rules (待省局补充) listed and never evaluated.
 */
class ProvincialRulesTest {

	private final Rulebook shanxi = shipped("org.minewatch.province.shanxi"); //$NON-NLS-1$
	private final Rulebook heilongjiang = shipped("org.minewatch.province.heilongjiang"); //$NON-NLS-1$
	private final Rulebook innerMongolia = shipped("org.minewatch.province.innermongolia"); //$NON-NLS-1$

	private List<Finding> evaluate(Rulebook book, MineFacts facts) {
		return new Evaluator().evaluate(List.of(book), List.of(), facts);
	}

	@Test
	void shanxiTechnicalRedLineFindsFacesWorkedOutsideThisYearsPlan() {
		Mine mine = mine("晋A矿", SHANXI, ProductionStatus.PRODUCING); //$NON-NLS-1$
		area(mine, "1201采煤工作面", AreaKind.COAL_FACE, true, 2021); //$NON-NLS-1$ in this year's plan
		area(mine, "1202掘进工作面", AreaKind.HEADING_FACE, true, 2020); //$NON-NLS-1$ last year's plan
		area(mine, "1203采煤工作面", AreaKind.COAL_FACE, true, null); //$NON-NLS-1$ in no plan
		area(mine, "1204采煤工作面", AreaKind.COAL_FACE, false, 2020); //$NON-NLS-1$ not in use
		area(mine, "运输大巷", AreaKind.ROADWAY, true, null); //$NON-NLS-1$ not a face
		Mine stopped = mine("晋B矿", SHANXI, ProductionStatus.ORDERED_TO_STOP); //$NON-NLS-1$
		area(stopped, "2201采煤工作面", AreaKind.COAL_FACE, true, 2020); //$NON-NLS-1$ stopped: nothing is mined

		List<Finding> found = evaluate(shanxi, facts(mine));
		assertEquals(List.of("shanxi.technical-red-line @ 晋A矿 / 1202掘进工作面", "shanxi.technical-red-line @ 晋A矿 / 1203采煤工作面"), summary(found));
		Finding first = found.get(0);
		assertEquals(Severity.STOP_AND_RECTIFY, first.severity());
		assertEquals("双红线 / 技术红线", first.group());
		assertTrue(first.basis().contains("严禁超越红线组织生产建设"), first.basis());
		assertEquals("1202掘进工作面不在本年度（2021年）采掘计划范围内仍在作业：触犯技术红线，应停工停产整顿（本套件提示，非官方文本）", first.message(Locale.CHINESE));
		assertTrue(first.message(Locale.ENGLISH).startsWith("1202掘进工作面 is worked outside this year's (2021) mining plan"), first.message(Locale.ENGLISH));
		assertEquals(List.of(), evaluate(shanxi, facts(stopped)));
	}

	@Test
	void heilongjiangInspectionCoverageFindsMinesWithoutARegulatorsInspectionThisYear() {
		Mine covered = mine("黑A矿", HEILONGJIANG, ProductionStatus.PRODUCING); //$NON-NLS-1$
		Mine selfOnly = mine("黑B矿", HEILONGJIANG, ProductionStatus.PRODUCING); //$NON-NLS-1$
		Mine closed = mine("黑C矿", HEILONGJIANG, ProductionStatus.CLOSED); //$NON-NLS-1$ closed mines are covered too

		assertEquals(List.of(), evaluate(heilongjiang, facts(covered, List.of(inspection(covered, InspectionKind.REGULATORY_INVESTIGATION, LocalDate.of(2021, 5, 10))))));
		assertEquals(List.of("heilongjiang.full-coverage.inspection @ 黑B矿"), summary(evaluate(heilongjiang, facts(selfOnly, //$NON-NLS-1$
				List.of(inspection(selfOnly, InspectionKind.SELF_INSPECTION, LocalDate.of(2021, 3, 1)),
						inspection(selfOnly, InspectionKind.STATE_ENFORCEMENT, LocalDate.of(2020, 9, 1)))))));
		List<Finding> found = evaluate(heilongjiang, facts(closed));
		assertEquals(List.of("heilongjiang.full-coverage.inspection @ 黑C矿"), summary(found)); //$NON-NLS-1$
		assertEquals(Severity.WARNING, found.get(0).severity());
		assertTrue(found.get(0).message(Locale.CHINESE).startsWith("本年度（2021年）尚无监管排查或监察执法记录"), found.get(0).message(Locale.CHINESE));
	}

	@Test
	void innerMongoliaKeyMinesAreClassCOrStandardisationGradeThree() {
		Mine classC = mine("蒙A矿", INNER_MONGOLIA, ProductionStatus.PRODUCING); //$NON-NLS-1$
		classify(classC, LocalDate.of(2021, 4, 1), SupervisionClass.C, StandardisationGrade.GRADE_1);
		Mine gradeThree = mine("蒙B矿", INNER_MONGOLIA, ProductionStatus.CONSTRUCTING); //$NON-NLS-1$
		classify(gradeThree, LocalDate.of(2021, 4, 1), SupervisionClass.B, StandardisationGrade.GRADE_3);
		Mine wasC = mine("蒙C矿", INNER_MONGOLIA, ProductionStatus.PRODUCING); //$NON-NLS-1$ class C until a newer classification
		classify(wasC, LocalDate.of(2020, 10, 1), SupervisionClass.C, StandardisationGrade.GRADE_3);
		classify(wasC, LocalDate.of(2021, 7, 1), SupervisionClass.A, StandardisationGrade.GRADE_1);
		Mine closedC = mine("蒙D矿", INNER_MONGOLIA, ProductionStatus.CLOSED); //$NON-NLS-1$
		classify(closedC, LocalDate.of(2021, 4, 1), SupervisionClass.C, StandardisationGrade.GRADE_3);
		Mine unclassified = mine("蒙E矿", INNER_MONGOLIA, ProductionStatus.PRODUCING); //$NON-NLS-1$ no classes: nothing to say

		assertEquals(List.of("innermongolia.key-mine @ 蒙A矿"), summary(evaluate(innerMongolia, facts(classC)))); //$NON-NLS-1$
		assertEquals(List.of("innermongolia.key-mine @ 蒙B矿"), summary(evaluate(innerMongolia, facts(gradeThree)))); //$NON-NLS-1$
		assertEquals(List.of(), evaluate(innerMongolia, facts(wasC)));
		assertEquals(List.of(), evaluate(innerMongolia, facts(closedC)));
		assertEquals(List.of(), evaluate(innerMongolia, facts(unclassified)));
	}

	@Test
	void innerMongoliaEnforcementLoopHasItsEightStepsEndingInTheArchive() {
		List<String> steps = innerMongolia.steps().stream().sorted(java.util.Comparator.comparingInt(Step::order)).map(Step::nameZh).toList();
		assertEquals(List.of("编制方案", "工作准备", "现场检查", "问题处置", "通报情况", "提出建议", "整改复查", "总结归档"), steps);
		assertTrue(innerMongolia.steps().stream().allMatch(s -> s.inspectionKind().equals("REGULATORY_INVESTIGATION"))); //$NON-NLS-1$
	}

	@Test
	void structureOnlyRulesAreNamedMarkedPendingAndNeverEvaluated() {
		assertEquals(8, pending(heilongjiang, "八个必须")); //$NON-NLS-1$
		assertEquals(7, pending(heilongjiang, "七个一律")); //$NON-NLS-1$
		assertEquals(6, pending(heilongjiang, "六个到位")); //$NON-NLS-1$
		assertEquals(4, pending(heilongjiang, "四个从严")); //$NON-NLS-1$
		assertEquals(3, heilongjiang.rules().stream().filter(r -> r.group().startsWith("三个全覆盖")).count()); //$NON-NLS-1$
		assertEquals(9, pending(shanxi, "双红线 / 安全管理红线 / 九严格")); //$NON-NLS-1$
		assertEquals(9, pending(shanxi, "双红线 / 安全管理红线 / 九严禁")); //$NON-NLS-1$
		assertEquals(10, pending(shanxi, "双红线 / 安全管理红线 / 特别规定")); //$NON-NLS-1$
		// 两人一矿 is no longer a pending rule: the plugin contributes it to the plan as a ScheduleRule (schedule tests)
		assertTrue(shanxi.rules().stream().noneMatch(r -> r.group() != null && r.group().contains("两人一矿")), "两人一矿 left in the rulebook"); //$NON-NLS-1$ //$NON-NLS-2$
		// no invented text: every item of the named lists says it waits for the province's text
		for (Rulebook book : List.of(heilongjiang, shanxi)) {
			book.rules().stream().filter(r -> r.group().matches(".*(八个必须|七个一律|六个到位|四个从严|九严格|九严禁)")) //$NON-NLS-1$
					.forEach(r -> assertTrue(r.messageZh().contains("待省局补充") && r.messageEn().contains("to be completed"), r.id())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		// a mine that would breach anything gets only the evaluated rules' findings
		Mine mine = mine("黑D矿", HEILONGJIANG, ProductionStatus.PRODUCING); //$NON-NLS-1$
		assertEquals(List.of("heilongjiang.full-coverage.inspection"), evaluate(heilongjiang, facts(mine)).stream().map(Finding::ruleId).toList()); //$NON-NLS-1$
		assertFalse(shanxi.official() || heilongjiang.official() || innerMongolia.official(), "the suite's wording is not official"); //$NON-NLS-1$
		assertTrue(shanxi.name().contains("非官方") && heilongjiang.name().contains("非官方") && innerMongolia.name().contains("非官方")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static long pending(Rulebook book, String group) {
		return book.rules().stream().filter(r -> r.group().equals(group) && r.isPending()).count();
	}
}
