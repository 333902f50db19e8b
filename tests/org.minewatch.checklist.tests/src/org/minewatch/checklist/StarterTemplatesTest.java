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
import org.minewatch.model.refdata.DataFileException;
import org.minewatch.model.refdata.DataFolder;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.MineKind;

/** The suite's starter templates, read from their data files: one per mine kind, by speciality, key operations marked, coal's major-hazard situations cited. */
class StarterTemplatesTest {

	private static final ReferenceData REFERENCE = ReferenceData.loadShipped();

	@Test
	void oneStarterPerMineKindOrganisedBySpeciality() {
		List<ChecklistTemplate> templates = new StarterTemplates().templates(REFERENCE);
		Map<MineKind, ChecklistTemplate> byKind = templates.stream().collect(Collectors.toMap(t -> t.getAppliesTo().get(0), t -> t));
		assertEquals(MineKind.VALUES.size(), byKind.size(), "a starter for each kind: " + byKind.keySet());
		for (ChecklistTemplate template : templates) {
			assertTrue(template.isStarter(), template.getName() + " is marked as a starter");
			assertTrue(template.getName().contains("起步模板"), "a starter says so in its name: " + template.getName());
			for (ChecklistSection section : template.getSections()) {
				assertTrue(section.getSpeciality() != null || section.getTitle().startsWith("重大事故隐患"), section.getTitle() + " has its speciality");
				assertTrue(!section.getItems().isEmpty());
			}
		}
		List<String> openPit = byKind.get(MineKind.OPEN_PIT_COAL).getSections().stream().map(ChecklistSection::getTitle).toList();
		assertTrue(openPit.containsAll(List.of("穿孔", "爆破", "边坡", "采装", "运输", "排土")), openPit.toString());
		List<String> keyOperations = items(byKind.get(MineKind.UNDERGROUND_COAL)).stream().filter(ChecklistItem::isKeyOperation).map(ChecklistItem::getSubject).toList();
		assertTrue(keyOperations.containsAll(List.of("瓦斯抽采", "石门揭煤", "巷道贯通", "采空区密闭", "井下动火", "爆破作业")), keyOperations.toString());
	}

	@Test
	void theUndergroundCoalStarterEndsWithEveryMajorHazardSituationCitingItsArticle() {
		ChecklistTemplate coal = new StarterTemplates().templates(REFERENCE).stream().filter(t -> t.getAppliesTo().contains(MineKind.UNDERGROUND_COAL)).findFirst()
				.orElseThrow();
		ChecklistSection major = coal.getSections().get(coal.getSections().size() - 1);
		int situations = REFERENCE.criteriaFor(MineKind.UNDERGROUND_COAL, coal.getValidFrom()).getCategories().stream().mapToInt(c -> c.getCriteria().size()).sum();
		assertEquals(situations, major.getItems().size());
		ChecklistItem first = major.getItems().get(0);
		assertEquals("《煤矿重大事故隐患判定标准》（应急管理部令第4号（2020））第四条第1项", first.getLegalBasis());
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

	private static List<ChecklistItem> items(ChecklistTemplate template) {
		return template.getSections().stream().flatMap(s -> s.getItems().stream()).toList();
	}
}
