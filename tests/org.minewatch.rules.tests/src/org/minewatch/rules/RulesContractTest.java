package org.minewatch.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minewatch.rules.TinyData.*;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.minewatch.model.registry.AreaKind;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;

/**
 * The contract between the suite and a provincial plugin: a malformed rulebook is refused naming the plugin, file,
 * line and field; a rule or a check that throws disables its plugin, reported, while the other plugins' rules run on
 * and the data stays as it was; a rule applies only to its own province's mines.
 */
class RulesContractTest {

	private static final String HEADER = "rulebook = 测试规则\nprovince = 140000\nofficial = false\n\n"; //$NON-NLS-1$

	private static final String RULE = """
			[rule test.big]
			for = mine
			kinds = UNDERGROUND_COAL
			severity = WARNING
			basis = test
			message.zh = {mine.name}产能大
			message.en = {mine.name} is big
			"""; //$NON-NLS-1$

	private static Problem malformed(String text) {
		return assertThrows(RulebookException.class, () -> read("org.example.province", text)).problem(); //$NON-NLS-1$
	}

	@Test
	void aMalformedRulebookIsRefusedNamingPluginFileLineAndField() {
		Problem unknownField = malformed(HEADER + RULE + "when = mine.capacity > 100\n"); //$NON-NLS-1$
		assertEquals("org.example.province", unknownField.plugin()); //$NON-NLS-1$
		assertEquals("rules/test.rulebook", unknownField.file()); //$NON-NLS-1$
		assertEquals(12, unknownField.line());
		assertEquals("test.big.when", unknownField.field()); //$NON-NLS-1$
		assertTrue(unknownField.what().contains("capacity") && unknownField.what().contains("approvedCapacity"), unknownField.what()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(unknownField.describe().contains("org.example.province") && unknownField.describe().contains("12"), unknownField.describe()); //$NON-NLS-1$ //$NON-NLS-2$

		Problem literal = malformed(HEADER + RULE + "when = mine.status = PRODUCNG\n"); //$NON-NLS-1$
		assertEquals(12, literal.line());
		assertTrue(literal.what().contains("PRODUCNG") && literal.what().contains("PRODUCING"), literal.what()); //$NON-NLS-1$ //$NON-NLS-2$

		Problem missing = malformed(HEADER + RULE.replace("message.en = {mine.name} is big\n", "") + "when = mine.approvedCapacity > 100\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("test.big.message.en", missing.field()); //$NON-NLS-1$
		assertEquals(5, missing.line(), "the rule's header line"); //$NON-NLS-1$

		Problem severity = malformed(HEADER + RULE.replace("WARNING", "SEVERE") + "when = mine.approvedCapacity > 100\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("test.big.severity", severity.field()); //$NON-NLS-1$
		assertEquals(8, severity.line());

		Problem key = malformed(HEADER + RULE + "wehn = mine.approvedCapacity > 100\n"); //$NON-NLS-1$
		assertEquals("test.big.wehn", key.field()); //$NON-NLS-1$
		assertEquals(12, key.line());

		Problem syntax = malformed(HEADER + RULE + "when = mine.approvedCapacity >\n  and area.active\n"); //$NON-NLS-1$
		assertEquals(12, syntax.line(), "a continued condition is reported at its first line"); //$NON-NLS-1$

		Problem placeholder = malformed(HEADER + RULE.replace("{mine.name} is big", "{area.name} is big") + "when = mine.approvedCapacity > 100\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("test.big.message.en", placeholder.field()); //$NON-NLS-1$

		Problem province = malformed(HEADER.replace("140000", "山西") + RULE + "when = mine.approvedCapacity > 100\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, province.line());
		assertEquals("province", province.field()); //$NON-NLS-1$

		Problem both = malformed(HEADER + RULE + "when = mine.approvedCapacity > 100\npending = 待省局补充\n"); //$NON-NLS-1$
		assertEquals("test.big", both.field()); //$NON-NLS-1$

		Problem regulator = malformed(HEADER + RULE.replace("for = mine", "for = regulator") + "when = mine.approvedCapacity > 100\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals("test.big.when", regulator.field()); //$NON-NLS-1$
	}

	@Test
	void aRuleThatThrowsDisablesItsPluginWhileTheOthersRunOnAndTheDataStaysAsItWas() {
		Rulebook throwing = read("org.example.throwing", HEADER + RULE + "when = mine.approvedCapacity > 'big'\n"); //$NON-NLS-1$ //$NON-NLS-2$
		Rulebook shanxi = shipped("org.minewatch.province.shanxi"); //$NON-NLS-1$
		Mine mine = mine("晋A矿", SHANXI, ProductionStatus.PRODUCING); //$NON-NLS-1$
		mine.setApprovedCapacity(java.math.BigDecimal.valueOf(120));
		area(mine, "1202掘进工作面", AreaKind.HEADING_FACE, true, 2020); //$NON-NLS-1$
		Mine before = EcoreUtil.copy(mine);
		Evaluator evaluator = new Evaluator();

		List<Finding> found = evaluator.evaluate(List.of(throwing, shanxi), List.of(), facts(mine));

		assertEquals(List.of("shanxi.technical-red-line @ 晋A矿 / 1202掘进工作面"), summary(found)); //$NON-NLS-1$
		assertEquals(1, evaluator.problems().size());
		Problem problem = evaluator.problems().get(0);
		assertEquals("org.example.throwing", problem.plugin()); //$NON-NLS-1$
		assertEquals("rules/test.rulebook", problem.file()); //$NON-NLS-1$
		assertEquals(12, problem.line());
		assertEquals("test.big.when", problem.field()); //$NON-NLS-1$
		assertTrue(problem.what().contains("test.big") && problem.what().contains("晋A矿") && problem.what().contains("big"), problem.what()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(EcoreUtil.equals(before, mine), "the data is untouched"); //$NON-NLS-1$
		// disabled: not evaluated again, not even where it would not throw
		Mine small = mine("晋B矿", SHANXI, ProductionStatus.PRODUCING); //$NON-NLS-1$
		assertEquals(List.of(), evaluator.evaluate(List.of(throwing, shanxi), List.of(), facts(small)));
		assertEquals(1, evaluator.problems().size());
	}

	@Test
	void aCheckThatThrowsDisablesItsPlugin() {
		RuleCheck throwing = new RuleCheck() {
			@Override
			public String province() {
				return "140000"; //$NON-NLS-1$
			}

			@Override
			public List<Finding> check(MineFacts facts) {
				throw new IllegalStateException("the check's own bug"); //$NON-NLS-1$
			}
		};
		Evaluator evaluator = new Evaluator();
		Mine mine = mine("晋A矿", SHANXI, ProductionStatus.PRODUCING); //$NON-NLS-1$
		area(mine, "1202掘进工作面", AreaKind.HEADING_FACE, true, 2020); //$NON-NLS-1$
		List<Finding> found = evaluator.evaluate(List.of(shipped("org.minewatch.province.shanxi")), //$NON-NLS-1$
				List.of(new Evaluator.Contributed("org.example.check", throwing)), facts(mine)); //$NON-NLS-1$
		assertEquals(1, found.size());
		assertEquals("org.example.check", evaluator.problems().get(0).plugin()); //$NON-NLS-1$
		assertTrue(evaluator.problems().get(0).what().contains("the check's own bug"), evaluator.problems().get(0).what()); //$NON-NLS-1$
	}

	@Test
	void aRuleAppliesOnlyToTheMinesOfItsProvince() {
		Rulebook shanxi = shipped("org.minewatch.province.shanxi"); //$NON-NLS-1$
		Rulebook heilongjiang = shipped("org.minewatch.province.heilongjiang"); //$NON-NLS-1$
		Mine heilongjiangMine = mine("黑A矿", HEILONGJIANG, ProductionStatus.PRODUCING); //$NON-NLS-1$
		area(heilongjiangMine, "1202掘进工作面", AreaKind.HEADING_FACE, true, 2020); //$NON-NLS-1$ outside the plan, but not in Shanxi
		Mine shanxiMine = mine("晋A矿", SHANXI, ProductionStatus.PRODUCING); //$NON-NLS-1$ no inspection, but not in Heilongjiang
		area(shanxiMine, "1201采煤工作面", AreaKind.COAL_FACE, true, 2021); //$NON-NLS-1$

		Evaluator evaluator = new Evaluator();
		assertEquals(List.of("heilongjiang.full-coverage.inspection @ 黑A矿"), //$NON-NLS-1$
				summary(evaluator.evaluate(List.of(shanxi, heilongjiang), List.of(), facts(heilongjiangMine))));
		assertEquals(List.of(), evaluator.evaluate(List.of(shanxi, heilongjiang), List.of(), facts(shanxiMine)));
		// and only to its mine kinds
		Mine tailings = mine("晋C尾矿库", SHANXI, ProductionStatus.PRODUCING); //$NON-NLS-1$
		tailings.setKind(org.minewatch.model.registry.MineKind.TAILINGS_POND);
		area(tailings, "坝体", AreaKind.OTHER, true, null); //$NON-NLS-1$
		area(tailings, "1号台阶", AreaKind.BENCH, true, 2020); //$NON-NLS-1$
		assertEquals(List.of(), evaluator.evaluate(List.of(shanxi), List.of(), facts(tailings)));
		assertEquals(List.of(), evaluator.problems());
	}

	@Test
	void theConditionLanguageCountsComparesDatesAndNegates() {
		Rulebook book = read("org.example.language", HEADER + """
				[rule test.language]
				for = mine
				kinds = UNDERGROUND_COAL
				severity = NOTICE
				basis = test
				message.zh = {mine.name}：{mine.status}
				message.en = {mine.name}: {mine.status}
				when = count(areas where area.active and not area.kind in (ROADWAY, OTHER)) >= 2
				  and mine.province.code = '140000'
				  and not (mine.approvedCapacity is empty)
				  and today > '2021-01-01' and today.month = 11
				  and mine.status not in (CLOSED)
				"""); //$NON-NLS-1$
		Mine mine = mine("晋A矿", SHANXI, ProductionStatus.PRODUCING); //$NON-NLS-1$
		mine.setApprovedCapacity(java.math.BigDecimal.TEN);
		area(mine, "a", AreaKind.COAL_FACE, true, 2021); //$NON-NLS-1$
		area(mine, "b", AreaKind.ROADWAY, true, 2021); //$NON-NLS-1$
		Evaluator evaluator = new Evaluator();
		assertEquals(List.of(), evaluator.evaluate(List.of(book), List.of(), facts(mine)));
		area(mine, "c", AreaKind.HEADING_FACE, true, 2021); //$NON-NLS-1$
		List<Finding> found = evaluator.evaluate(List.of(book), List.of(), facts(mine));
		assertEquals(List.of("test.language @ 晋A矿"), summary(found)); //$NON-NLS-1$
		assertEquals("晋A矿：PRODUCING", found.get(0).messageZh()); //$NON-NLS-1$
		mine.setApprovedCapacity(null);
		assertEquals(List.of(), evaluator.evaluate(List.of(book), List.of(), facts(mine)));
		assertEquals(List.of(), evaluator.problems());
	}

	/** The worked example of docs/plugin-guide.md, as a province's developer copies it: it reads, and finds what it says. */
	@Test
	void thePluginGuidesWorkedExampleFindsAMajorHazardWhoseAreaWorksOn() {
		Rulebook example = read("org.minewatch.province.example", """
				rulebook = 示例省重大隐患停产核查（示例，非官方文本）
				province = 370000
				official = false
				source = 示例：本省文件名称及日期

				[rule example.major-hazard-area-not-stopped]
				group = 重大事故隐患
				for = hazard
				kinds = UNDERGROUND_COAL
				severity = STOP_AND_RECTIFY
				basis = 示例：本省文件条款
				message.zh = 重大事故隐患{hazard.number}尚未整改完毕，受威胁区域未停止作业
				message.en = Major hazard {hazard.number} is not rectified and its area has not stopped work
				when = hazard.grade = MAJOR
				  and hazard.state in (REGISTERED, RECTIFYING, SUPERVISED)
				  and not hazard.areaStopped
				"""); //$NON-NLS-1$
		Mine mine = mine("鲁A矿", province("370000", "山东省"), ProductionStatus.PRODUCING); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<org.minewatch.model.hazard.Hazard> hazards = List.of(
				hazard(mine, "H1", org.minewatch.model.hazard.HazardGrade.MAJOR, org.minewatch.model.hazard.HazardState.RECTIFYING, false), //$NON-NLS-1$
				hazard(mine, "H2", org.minewatch.model.hazard.HazardGrade.MAJOR, org.minewatch.model.hazard.HazardState.RECTIFYING, true), //$NON-NLS-1$
				hazard(mine, "H3", org.minewatch.model.hazard.HazardGrade.MAJOR, org.minewatch.model.hazard.HazardState.CLOSED, false), //$NON-NLS-1$
				hazard(mine, "H4", org.minewatch.model.hazard.HazardGrade.GENERAL, org.minewatch.model.hazard.HazardState.REGISTERED, false)); //$NON-NLS-1$
		List<Finding> found = new Evaluator().evaluate(List.of(example), List.of(), new MineFacts(mine, hazards, List.of(), TODAY));
		assertEquals(List.of("example.major-hazard-area-not-stopped @ 鲁A矿 / H1"), summary(found)); //$NON-NLS-1$
		assertEquals("Major hazard H1 is not rectified and its area has not stopped work", found.get(0).messageEn()); //$NON-NLS-1$
	}

	private static org.minewatch.model.hazard.Hazard hazard(Mine mine, String number, org.minewatch.model.hazard.HazardGrade grade,
			org.minewatch.model.hazard.HazardState state, boolean areaStopped) {
		org.minewatch.model.hazard.Hazard hazard = org.minewatch.model.hazard.HazardFactory.eINSTANCE.createHazard();
		hazard.setId(number);
		hazard.setNumber(number);
		hazard.setMine(mine);
		hazard.setGrade(grade);
		hazard.setState(state);
		hazard.setAreaStopped(areaStopped);
		return hazard;
	}
}
