package org.minewatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.demo.ModelResources;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.RegulatorDepartment;
import org.minewatch.model.validation.ModelValidator;

/** The demo data: the places of the bulletin, every state, valid, deterministic, and whole through XMI. */
class DemoDataTest {

	@TempDir
	Path temp;

	@Test
	void coversTheBulletinsProvincesAndEveryHazardState() {
		DemoDataSet data = Shipped.demo(Shipped.SEED);
		Set<String> provinces = data.mines.stream().map(m -> m.getProvince().getName()).collect(Collectors.toSet());
		assertEquals(Set.of("山东省", "山西省", "黑龙江省", "河南省", "内蒙古自治区", "贵州省", "河北省"), provinces);
		assertTrue(data.mines.stream().anyMatch(m -> m.getCounty().getParent().getName().equals("烟台市")));
		assertTrue(data.mines.stream().anyMatch(m -> m.getCounty().getParent().getName().equals("临汾市")));
		assertTrue(data.enterprises.size() >= 20, "tens of enterprises: " + data.enterprises.size());
		assertTrue(data.mines.size() >= 200 && data.mines.size() <= 500, "a few hundred mines: " + data.mines.size());
		assertEquals(EnumSet.allOf(HazardState.class), states(data.hazards, HazardGrade.MAJOR));
		assertTrue(states(data.hazards, HazardGrade.GENERAL).containsAll(EnumSet.complementOf(EnumSet.of(HazardState.SUPERVISED))));
		assertEquals(EnumSet.allOf(InspectionKind.class), data.inspections.stream().map(i -> i.getKind()).collect(Collectors.toCollection(
				() -> EnumSet.noneOf(InspectionKind.class))));
		assertTrue(data.hazards.stream().anyMatch(Hazard::isVoided));
		assertTrue(data.hazards.stream().anyMatch(h -> h.getRepeatOf() != null));
		assertTrue(data.hazards.stream().anyMatch(h -> h.getCitation() != null && h.getCitation().getCriterion() != null));
		assertTrue(!data.monitorAssignments.isEmpty() && !data.visits.isEmpty() && !data.plans.isEmpty() && !data.reports.isEmpty()
				&& !data.documents.isEmpty());
		assertTrue(data.templates.stream().filter(t -> t.isStarter()).allMatch(t -> t.getOrigin() == TemplateOrigin.SUITE && t.getOriginJurisdiction() == null),
				"the demo's starter checklist is the suite's own, issued by nobody");
	}

	@Test
	void satisfiesEveryConstraintOfTheModel() {
		DemoDataSet data = Shipped.demo(Shipped.SEED);
		ModelValidator validator = new ModelValidator(Locale.ENGLISH);
		List<String> errors = data.records().stream().map(validator::validate).flatMap(d -> d.getChildren().stream())
				.filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).limit(20).toList();
		assertEquals(List.of(), errors);
	}

	@Test
	void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws IOException {
		Path first = save(Shipped.demo(7), "a");
		Path second = save(Shipped.demo(7), "b");
		Path other = save(Shipped.demo(8), "c");
		assertEquals(Files.readString(first.resolve(ModelResources.RECORDS)), Files.readString(second.resolve(ModelResources.RECORDS)));
		assertNotEquals(Files.readString(first.resolve(ModelResources.RECORDS)), Files.readString(other.resolve(ModelResources.RECORDS)));
	}

	@Test
	void anXmiRoundTripLosesNothing() throws IOException {
		DemoDataSet data = Shipped.demo(Shipped.SEED);
		Path folder = save(data, "roundtrip");
		ResourceSet fresh = ModelResources.newResourceSet();
		Resource records = ModelResources.loadRecords(fresh, URI.createFileURI(folder.toString()));
		EcoreUtil.resolveAll(fresh);
		List<EObject> before = data.records();
		assertEquals(before.size(), records.getContents().size());
		EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper();
		for (int i = 0; i < before.size(); i++) {
			assertTrue(equality.equals(before.get(i), records.getContents().get(i)), "record " + i + " differs after the round trip: "
					+ before.get(i).eClass().getName());
		}
		assertTrue(fresh.getResources().stream().allMatch(r -> r.getErrors().isEmpty()), "no unresolved references");
	}

	@Test
	void agenciesAreNamedAsTheBulletinNamesThemAndDocumentsNumberedWithTheProvincesAbbreviation() {
		// issue 15, item 9
		DemoDataSet data = Shipped.demo(Shipped.SEED);
		LocalDate bulletin = LocalDate.of(2021, 2, 20);
		Map<AgencyKind, List<Agency>> byKind = data.agencies.stream().collect(Collectors.groupingBy(Agency::getKind));
		assertEquals(List.of("国家矿山安全监察局"), byKind.get(AgencyKind.NATIONAL_BUREAU).stream().map(a -> a.nameOn(bulletin)).toList());
		List<String> bureaus = byKind.get(AgencyKind.PROVINCIAL_SUPERVISION_BUREAU).stream().map(a -> a.nameOn(bulletin)).toList();
		assertTrue(bureaus.contains("河南煤矿安全监察局") && bureaus.contains("河北煤矿安全监察局") && bureaus.contains("山东煤矿安全监察局"), bureaus.toString());
		assertTrue(byKind.get(AgencyKind.PROVINCIAL_SUPERVISION_BUREAU).stream().allMatch(a -> a.nameOn(Shipped.DEMO_DAY).endsWith("煤矿安全监察局")),
				"no renaming of the provincial bureaus is dated in our sources");
		assertTrue(byKind.get(AgencyKind.SUPERVISION_SUB_BUREAU).stream().allMatch(a -> a.nameOn(bulletin).startsWith(a.getParent().nameOn(bulletin))));
		Map<RegulatorDepartment, Set<String>> departments = byKind.get(AgencyKind.LOCAL_REGULATOR).stream().collect(Collectors.groupingBy(
				Agency::getDepartment, Collectors.mapping(a -> a.getCovers().get(0).province().getName(), Collectors.toSet())));
		assertEquals(Set.of("山西省"), departments.get(RegulatorDepartment.ENERGY), "Shanxi's energy department");
		assertEquals(Set.of("黑龙江省"), departments.get(RegulatorDepartment.COAL_MANAGEMENT), "Heilongjiang's coal-management departments");
		assertEquals(5, departments.get(RegulatorDepartment.EMERGENCY_MANAGEMENT).size());
		assertEquals(null, departments.get(RegulatorDepartment.UNSTATED));
		assertTrue(byKind.get(AgencyKind.LOCAL_REGULATOR).stream().anyMatch(a -> a.nameOn(bulletin).equals("山西省能源局")));

		Map<String, String> abbreviations = Map.of("山东省", "鲁", "山西省", "晋", "黑龙江省", "黑", "河南省", "豫", "内蒙古自治区", "蒙", "贵州省", "黔", "河北省", "冀");
		Pattern number = Pattern.compile("(.)煤安监〔2021〕\\d+号");
		assertTrue(!data.documents.isEmpty());
		for (EnforcementDocument document : data.documents) {
			Matcher m = number.matcher(document.getNumber());
			assertTrue(m.matches(), document.getNumber());
			assertEquals(abbreviations.get(document.getMine().getProvince().getName()), m.group(1), document.getNumber());
		}
	}

	private static Set<HazardState> states(List<Hazard> hazards, HazardGrade grade) {
		return hazards.stream().filter(h -> h.getGrade() == grade).map(Hazard::getState)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(HazardState.class)));
	}

	private Path save(DemoDataSet data, String name) throws IOException {
		Path folder = Files.createDirectories(temp.resolve(name));
		ModelResources.save(data, ModelResources.newResourceSet(), URI.createFileURI(folder.toString()));
		return folder;
	}
}
