package org.minewatch.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.InspectedUnit;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.refdata.DataFileException;
import org.minewatch.model.refdata.DataFolder;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.MineKind;

/**
 * The suite's starter templates, read from their data files: one per mine kind and one for an enterprise, by speciality, key
 * operations marked, the coal starters ending with the major-hazard situations, each cited as the standard numbers it.
 */
class StarterTemplatesTest {

	private static final ReferenceData REFERENCE = ReferenceData.loadShipped();

	@Test
	void oneStarterPerMineKindOrganisedBySpecialityShippedWithTheSuiteNotIssuedByTheState() {
		List<ChecklistTemplate> templates = new StarterTemplates().templates(REFERENCE);
		Map<MineKind, ChecklistTemplate> byKind = templates.stream().filter(t -> t.getInspects() == InspectedUnit.MINE)
				.collect(Collectors.toMap(t -> t.getAppliesTo().get(0), t -> t));
		assertEquals(MineKind.VALUES.size(), byKind.size(), "a starter for each kind: " + byKind.keySet());
		for (ChecklistTemplate template : templates) {
			assertTrue(template.isStarter(), template.getName() + " is marked as a starter");
			assertEquals(TemplateOrigin.SUITE, template.getOrigin(), template.getName() + " is the suite's own, not a list the state issued");
			assertTrue(template.getName().contains("起步模板"), "a starter says so in its name: " + template.getName());
			for (ChecklistSection section : template.getSections()) {
				assertTrue(section.getSpeciality() != null || section.getTitle().startsWith("重大事故隐患"), section.getTitle() + " has its speciality");
				assertTrue(!section.getItems().isEmpty());
			}
		}
		List<String> keyOperations = items(byKind.get(MineKind.UNDERGROUND_COAL)).stream().filter(ChecklistItem::isKeyOperation).map(ChecklistItem::getSubject).toList();
		assertTrue(keyOperations.containsAll(List.of("瓦斯抽采", "石门揭煤", "巷道贯通", "采空区密闭", "井下动火", "爆破作业")), keyOperations.toString());
	}

	@Test
	void theOpenPitStarterHasTheOpenPitSpecialitiesAndTheCoalMajorHazardSituations() {
		// issue 15, item 11: 穿孔 and 采装 were tagged 采煤, 防排水 sat under 应急救援, and Order 4 was missing
		ChecklistTemplate openPit = starter(MineKind.OPEN_PIT_COAL);
		Map<String, String> specialities = openPit.getSections().stream().filter(s -> s.getSpeciality() != null)
				.collect(Collectors.toMap(ChecklistSection::getTitle, s -> s.getSpeciality().getCode()));
		assertEquals("DRILLING", specialities.get("穿孔"));
		assertEquals("BLASTING", specialities.get("爆破"));
		assertEquals("SLOPE", specialities.get("边坡"));
		assertEquals("LOADING", specialities.get("采装"));
		assertEquals("TRANSPORT", specialities.get("运输"));
		assertEquals("DUMPING", specialities.get("排土"));
		ChecklistSection drainage = openPit.getSections().stream().filter(s -> s.getItems().stream().anyMatch(i -> i.getSubject().equals("防排水")))
				.findFirst().orElseThrow();
		assertEquals("GEOLOGY_WATER", drainage.getSpeciality().getCode(), "water prevention is not emergency rescue");
		ChecklistSection major = openPit.getSections().get(openPit.getSections().size() - 1);
		assertEquals(situations(MineKind.OPEN_PIT_COAL, openPit), major.getItems().size(), "Order 4 applies to open-pit coal mines");
		ChecklistItem slopeAngle = major.getItems().stream().filter(i -> i.getNumber().endsWith(".15.10")).findFirst().orElseThrow();
		assertTrue(slopeAngle.getCriteria().startsWith("露天煤矿边坡角"), "18(10) is the open-pit situation: " + slopeAngle.getCriteria());
		assertEquals("《煤矿重大事故隐患判定标准》（应急管理部令第4号（2020））第十八条第（十）项", slopeAngle.getLegalBasis());
	}

	@Test
	void theEnterpriseStarterHoldsWhatTheBulletinSaysAnEnterpriseMustDoAndNoMineKind() {
		ChecklistTemplate enterprise = new StarterTemplates().templates(REFERENCE).stream().filter(t -> t.getInspects() == InspectedUnit.ENTERPRISE)
				.findFirst().orElseThrow(() -> new AssertionError("a template for inspecting an enterprise"));
		assertEquals(List.of(), enterprise.getAppliesTo(), "never offered for a mine's inspection");
		assertTrue(enterprise.getSource().contains("not in our sources") && enterprise.getSource().contains("not an official list"), enterprise.getSource());
		String criteria = items(enterprise).stream().map(ChecklistItem::getCriteria).collect(Collectors.joining(" "));
		// the bulletin: 既要对下属煤矿开展排查，也要对自身问题进行检查；“一矿一组”；“两个清单”；保障所属各矿安全投入
		for (String duty : List.of("亲自组织部署", "对下属煤矿开展排查", "自身", "一矿一组", "自查自改", "落实整改措施", "两个清单", "治根治本", "安全投入")) {
			assertTrue(criteria.contains(duty), duty + " is checked: " + criteria);
		}
		assertTrue(items(enterprise).stream().allMatch(i -> i.getLegalBasis() == null), "no legal basis is made up");
	}

	@Test
	void theUndergroundCoalStarterEndsWithEveryMajorHazardSituationCitingItsArticle() {
		ChecklistTemplate coal = starter(MineKind.UNDERGROUND_COAL);
		ChecklistSection major = coal.getSections().get(coal.getSections().size() - 1);
		assertEquals(situations(MineKind.UNDERGROUND_COAL, coal), major.getItems().size());
		ChecklistItem first = major.getItems().get(0);
		assertEquals("《煤矿重大事故隐患判定标准》（应急管理部令第4号（2020））第四条第（一）项", first.getLegalBasis(), "the standard's own numbering");
		assertTrue(items(coal).stream().filter(i -> !major.getItems().contains(i)).allMatch(i -> i.getLegalBasis() == null),
				"no legal basis is made up for the starter items");
	}

	@Test
	void theSameEditionLoadedTwiceHasTheSameIdsSoInspectionsKeepPointingAtItsItems() {
		ChecklistTemplate once = new StarterTemplates().templates(REFERENCE).get(0);
		ChecklistTemplate again = new StarterTemplates().templates(REFERENCE).get(0);
		assertEquals(once.getId(), again.getId());
		assertEquals(items(once).stream().map(ChecklistItem::getId).toList(), items(again).stream().map(ChecklistItem::getId).toList());
	}

	@Test
	void anUnknownSpecialityIsRefusedWithFileLineAndColumn(@TempDir Path folder) throws Exception {
		Path template = Files.createDirectories(folder.resolve("bad"));
		Files.writeString(folder.resolve("templates.txt"), "bad\n");
		Files.writeString(template.resolve("edition.properties"), "name = t\nedition = 1\norigin = PROVINCE\nappliesTo = UNDERGROUND_COAL\n");
		Files.writeString(template.resolve("items.tsv"), "section_no\tsection\tspeciality\titem_no\tsubject\tcriteria\tmethod\tlegal_basis\tkey_operation\tapplies_to\n"
				+ "1\tA\tSAFETY\t1\ts\tc\tm\t\t\t\n2\tB\tCOOKING\t1\ts\tc\tm\t\t\t\n");
		DataFileException refused = assertThrows(DataFileException.class, () -> TemplateFolders.load(DataFolder.of(folder), REFERENCE));
		assertEquals(3, refused.line());
		assertEquals("speciality", refused.field());
		assertTrue(refused.file().endsWith("items.tsv"), refused.file());
	}

	private static ChecklistTemplate starter(MineKind kind) {
		return new StarterTemplates().templates(REFERENCE).stream().filter(t -> t.getAppliesTo().contains(kind)).findFirst().orElseThrow();
	}

	private static int situations(MineKind kind, ChecklistTemplate template) {
		return REFERENCE.criteriaFor(kind, template.getValidFrom()).getCategories().stream().mapToInt(c -> c.getCriteria().size()).sum();
	}

	private static List<ChecklistItem> items(ChecklistTemplate template) {
		return template.getSections().stream().flatMap(s -> s.getItems().stream()).toList();
	}
}
