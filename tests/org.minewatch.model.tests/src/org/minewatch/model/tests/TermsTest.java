package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.minewatch.model.base.Term;
import org.minewatch.model.refdata.ReferenceData;

/**
 * One term per concept, the same in the model's labels, the validation messages, every bundle's messages and
 * the shipped data (issue 15, item 10). The terms come from the February 2021 bulletin and the domain brief;
 * a retired term is listed with the one that replaced it, so that it cannot come back unnoticed.
 */
class TermsTest {

	private static final String EDIT_ZH = "bundles/org.minewatch.model.edit/plugin_zh.properties";
	private static final String EDIT_EN = "bundles/org.minewatch.model.edit/plugin_en.properties";
	private static final String VALIDATION = "bundles/org.minewatch.model/src/org/minewatch/model/validation/messages";
	private static final String HAZARD = "bundles/org.minewatch.hazard/src/org/minewatch/hazard/messages";
	private static final String HAZARD_UI = "bundles/org.minewatch.hazard.ui/src/org/minewatch/hazard/ui/internal/messages";

	/** Retired term (a regular expression) → the term that replaced it, and why. */
	private static final Map<String, String> RETIRED = new LinkedHashMap<>();
	static {
		// a coal mine's 自查自改 stays (the bulletin's words for coal mines); the inspection kind is every mine's
		RETIRED.put("煤矿自查(?!自改)", "矿山自查: every mine kind inspects itself (the bulletin: 高风险矿山自查自改)");
		RETIRED.put("暗查暗访", "突击检查: the bulletin's check of closed mines (明察暗访 is the national bureau's visits)");
		RETIRED.put("入门模板", "起步模板: one term for the suite's starter templates");
		RETIRED.put("开始治理", "开始整改: the lifecycle's step");
		RETIRED.put("进入治理", "开始整改: the lifecycle's step");
		RETIRED.put("治理中", "整改中: the state under rectification");
		RETIRED.put("督办编号", "督办文号: the number of the listing document");
		RETIRED.put("矿井分级", "隐患分级: the hazard's A/B/C grade, not the mine's");
		RETIRED.put("区域已停产", "受威胁区域已停止作业: work stops in the threatened area, not the mine");
		RETIRED.put("地质防治水", "地测防治水");
		RETIRED.put("地质与防治水", "地测防治水");
		RETIRED.put("Mine grading", "Hazard grading (A/B/C)");
		RETIRED.put("Threatened area stopped", "Work stopped in the threatened area");
		RETIRED.put("I, prone", "Class I, easily combustible");
		RETIRED.put("II, combustible", "Class II, spontaneously combustible");
		RETIRED.put("not prone", "Class III, not easily combustible");
	}

	@Test
	void noLabelMessageOrDataFileUsesARetiredTerm() {
		List<Path> files = SourceTree.textFiles();
		assertTrue(files.size() > 30, "the label and message files are found: " + files);
		List<String> found = new ArrayList<>();
		for (Path file : files) {
			String[] lines = SourceTree.text(file).split("\n");
			for (String line : lines) {
				RETIRED.forEach((retired, replacement) -> {
					if (Pattern.compile(retired).matcher(line).find()) {
						found.add(SourceTree.relative(file) + ": " + line.strip() + "  ← " + retired + " is now " + replacement);
					}
				});
			}
		}
		assertEquals(List.of(), found);
	}

	@Test
	void theModelsLabelsSayWhatTheFieldAndTheBulletinSay() {
		Properties zh = SourceTree.properties(EDIT_ZH);
		Properties en = SourceTree.properties(EDIT_EN);
		Map<String, String[]> glossary = new LinkedHashMap<>();
		glossary.put("_UI_Hazard_mineGrade_feature", new String[] { "隐患分级", "Hazard grading (A/B/C)" });
		glossary.put("_UI_InspectionKind_SELF_INSPECTION_literal", new String[] { "矿山自查", "Mine self-inspection" });
		glossary.put("_UI_VisitKind_SURPRISE_CHECK_literal", new String[] { "突击检查", "Surprise check" });
		glossary.put("_UI_Hazard_areaStopped_feature", new String[] { "受威胁区域已停止作业", "Work stopped in the threatened area" });
		glossary.put("_UI_Supervision_number_feature", new String[] { "督办文号", "Listing number" });
		glossary.put("_UI_Role_VIEWER_literal", new String[] { "查阅人员", "Viewer" });
		glossary.put("_UI_SpontaneousCombustion_PRONE_literal", new String[] { "Ⅰ类 容易自燃", "Class I, easily combustible" });
		glossary.put("_UI_SpontaneousCombustion_COMBUSTIBLE_literal", new String[] { "Ⅱ类 自燃", "Class II, spontaneously combustible" });
		glossary.put("_UI_SpontaneousCombustion_NOT_PRONE_literal", new String[] { "Ⅲ类 不易自燃", "Class III, not easily combustible" });
		glossary.put("_UI_HazardSource_REPORT_literal", new String[] { "举报", "Public report" });
		glossary.put("_UI_ChecklistTemplate_starter_feature", new String[] { "起步模板（非官方）", "Starter template (not an official list)" });
		glossary.put("_UI_TemplateOrigin_SUITE_literal", new String[] { "Minewatch 自带（非官方）", "Shipped with Minewatch (not official)" });
		glossary.put("_UI_AgencyKind_PROVINCIAL_SUPERVISION_BUREAU_literal", new String[] { "省级煤矿安全监察局（更名后：国家矿山安全监察局省级局）",
				"Provincial coal-mine safety supervision bureau (renamed later as the national bureau's provincial bureau)" });
		glossary.put("_UI_AgencyKind_LOCAL_REGULATOR_literal",
				new String[] { "地方煤矿安全监管部门（应急管理、能源或煤炭管理部门）", "Local regulator (emergency-management, energy or coal-management department)" });
		List<String> wrong = new ArrayList<>();
		glossary.forEach((key, expected) -> {
			if (!expected[0].equals(zh.getProperty(key)) || !expected[1].equals(en.getProperty(key))) {
				wrong.add(key + " is " + zh.getProperty(key) + " / " + en.getProperty(key) + ", should be " + expected[0] + " / " + expected[1]);
			}
		});
		assertEquals(List.of(), wrong);
	}

	@Test
	void theSpecialitiesAreNamedTheSameInBothLanguages() {
		ReferenceData reference = Shipped.reference();
		Term ventilation = reference.term(ReferenceData.SPECIALITY, "VENTILATION");
		assertEquals("通风", ventilation.getLabelZh(), "the bulletin's speciality");
		assertEquals("Ventilation", ventilation.getLabelEn(), "the same speciality in English, not the checklist section's title");
		Term geology = reference.term(ReferenceData.SPECIALITY, "GEOLOGY_WATER");
		assertEquals("地测防治水", geology.getLabelZh());
		assertEquals("Geology, surveying and water prevention", geology.getLabelEn());
	}

	@Test
	void theLifecycleNamesTheStatesAsTheModelDoes() {
		Properties zh = SourceTree.properties(EDIT_ZH);
		Properties en = SourceTree.properties(EDIT_EN);
		Properties lifecycleZh = SourceTree.properties(HAZARD + "_zh.properties");
		Properties lifecycleEn = SourceTree.properties(HAZARD + ".properties");
		List<String> differ = new ArrayList<>();
		for (String state : List.of("FOUND", "REGISTERED", "RECTIFYING", "SUPERVISED", "ACCEPTED", "CLOSED")) {
			String model = zh.getProperty("_UI_HazardState_" + state + "_literal");
			String modelEn = en.getProperty("_UI_HazardState_" + state + "_literal");
			if (!model.equals(lifecycleZh.getProperty("state." + state)) || !modelEn.equalsIgnoreCase(lifecycleEn.getProperty("state." + state))) {
				differ.add(state + ": the property sheet says " + model + " / " + modelEn + ", the lifecycle " + lifecycleZh.getProperty("state." + state) + " / "
						+ lifecycleEn.getProperty("state." + state));
			}
		}
		assertEquals(List.of(), differ);
		Properties boardZh = SourceTree.properties(HAZARD_UI + "_zh.properties");
		assertEquals(lifecycleZh.getProperty("action.startRectification"), plain(boardZh.getProperty("step_startRectification")),
				"the editor's button and the lifecycle's step");
		assertEquals(zh.getProperty("_UI_Supervision_number_feature"), boardZh.getProperty("dialog_number"), "the listing dialog and the model");
		assertTrue(lifecycleZh.getProperty("lifecycle.supervisionListing").contains(zh.getProperty("_UI_Supervision_number_feature")),
				"the lifecycle's rule names the listing number as the model does: " + lifecycleZh.getProperty("lifecycle.supervisionListing"));
	}

	@Test
	void validationMessagesNameTypesAndFieldsAsTheModelsLabelsDo() {
		for (String language : List.of("", "_zh")) {
			Properties labels = SourceTree.properties(language.isEmpty() ? EDIT_EN : EDIT_ZH);
			Properties messages = SourceTree.properties(VALIDATION + language + ".properties");
			List<String> differ = new ArrayList<>();
			for (String key : messages.stringPropertyNames()) {
				String label = key.startsWith("type.") ? "_UI_" + key.substring(5) + "_type"
						: key.startsWith("field.") ? "_UI_" + key.substring(6).replace('.', '_') + "_feature" : null;
				if (label != null && !messages.getProperty(key).equals(labels.getProperty(label))) {
					differ.add(key + " = " + messages.getProperty(key) + " but " + label + " = " + labels.getProperty(label));
				}
			}
			assertEquals(List.of(), differ, "validation messages" + language);
		}
	}

	@Test
	void theEscalationStepAndTheRepeatWindowAreCalledLocalChoicesNotRules() {
		// issue 15, item 13: no source sets 7 days per level or a 365-day window; the bureau chooses them
		String doc = SourceTree.text(SourceTree.file("docs/hazards.md"));
		int section = doc.indexOf("## Bureau settings: local choices, not rules");
		assertTrue(section >= 0, "docs/hazards.md has the section on the bureau's settings");
		String text = doc.substring(section, doc.indexOf("\n## ", section + 1) < 0 ? doc.length() : doc.indexOf("\n## ", section + 1));
		for (String key : List.of("hazard.escalation.stepDays", "hazard.repeat.windowDays")) {
			assertTrue(text.contains("`" + key + "`"), key + " is in that section");
		}
		assertTrue(text.contains("not in any source"), "the section says that no source sets them");
	}

	/** A button's text without its mnemonic and ellipsis: "开始整改(&S)……" → "开始整改". */
	private static String plain(String text) {
		return text.replaceAll("\\(&.\\)", "").replace("&", "").replace("……", "").replace("...", "").strip();
	}
}
