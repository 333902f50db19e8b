package org.minewatch.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.IndexRow;
import org.minewatch.core.PageRequest;
import org.minewatch.hazard.HazardService;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.PeopleFactory;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.tests.store.DemoStore;

/**
 * A mine's submitted self-inspection, in a database the bureau shares: the county regulator, the state
 * enforcement agency for the area, the group company and the mine see it waiting for review; a regulator of
 * another county and another mine's staff do not.
 */
class InspectionScopeTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static Mine mine;
	private static String submitted;

	@BeforeAll
	static void submitASelfInspection() {
		demo = DemoStore.open(temp);
		TemplateLibrary library = new TemplateLibrary(demo.store());
		library.addSource(new StarterTemplates());
		library.install(demo.official());
		InspectionService inspections = new InspectionService(demo.store(), new HazardService(demo.store()));
		mine = demo.data().mines.stream().filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL && m.getEnterprise().getParent() != null).findFirst()
				.orElseThrow();
		Inspection self = inspections.plan(demo.official(), InspectionKind.SELF_INSPECTION, mine.getId(),
				library.forKind(demo.official(), MineKind.UNDERGROUND_COAL).get(0).getId(), LocalDate.of(2021, 11, 20), LocalDate.of(2021, 11, 25));
		for (ItemResult result : self.getResults()) {
			inspections.answer(demo.official(), Locale.CHINA, self.getId(), result.getId(), Answer.conforming("符合"));
		}
		inspections.complete(demo.official(), self.getId());
		submitted = inspections.submit(demo.official(), self.getId()).getId();
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	@Test
	void theRegulatorTheStateAgencyTheGroupAndTheMineSeeItWaitingForReview() {
		assertTrue(awaiting(agencyPerson(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.COUNTY
				&& a.getCovers().get(0) == mine.getCounty())), "the county regulator");
		assertTrue(awaiting(agencyPerson(a -> a.getKind() == AgencyKind.SUPERVISION_SUB_BUREAU && a.getCovers().get(0).contains(mine.getCounty()))),
				"the state enforcement agency for the area");
		assertTrue(awaiting(agencyPerson(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.PROVINCE
				&& a.getCovers().get(0).contains(mine.getCounty()))), "the provincial regulator");
		assertTrue(awaiting(groupStaff(mine.getEnterprise().getParent())), "the group company");
		assertTrue(awaiting(demo.data().persons.stream().filter(p -> p.getMine() == mine).findFirst().orElseThrow()), "the mine itself");
		assertTrue(awaiting(demo.data().persons.stream().filter(p -> p.getAgency() == demo.data().agencies.get(0)).findFirst().orElseThrow()),
				"the national bureau");
	}

	@Test
	void othersDoNotSeeIt() {
		assertFalse(awaiting(agencyPerson(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.COUNTY
				&& !a.getCovers().get(0).contains(mine.getCounty()))), "another county's regulator");
		assertFalse(awaiting(demo.data().persons.stream().filter(p -> p.getMine() != null && p.getMine() != mine).findFirst().orElseThrow()),
				"another mine");
		Enterprise otherGroup = demo.data().enterprises.stream().filter(e -> e.isGroup() && e != mine.getEnterprise().getParent()).findFirst().orElseThrow();
		assertFalse(awaiting(groupStaff(otherGroup)), "another group");
	}

	@Test
	void theListFiltersByKindStatusMineAndPeriod() {
		Person regulator = agencyPerson(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.COUNTY
				&& a.getCovers().get(0) == mine.getCounty());
		List<IndexRow> rows = rows(regulator, new InspectionFilter(InspectionKind.SELF_INSPECTION, java.util.EnumSet.of(InspectionStatus.SUBMITTED),
				mine.getName().substring(mine.getName().length() - 4), LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30)));
		assertEquals(List.of(submitted), rows.stream().map(IndexRow::id).toList());
		assertEquals(mine.getName(), rows.get(0).text("mineName"));
		assertTrue(rows(regulator, new InspectionFilter(InspectionKind.SELF_INSPECTION, java.util.EnumSet.of(InspectionStatus.SUBMITTED), "",
				LocalDate.of(2021, 12, 1), null)).stream().noneMatch(r -> r.id().equals(submitted)), "planned before the period");
		assertTrue(rows(regulator, new InspectionFilter(InspectionKind.REGULATORY_INVESTIGATION, java.util.EnumSet.allOf(InspectionStatus.class), "", null,
				null)).stream().noneMatch(r -> r.id().equals(submitted)), "another kind");
	}

	@Test
	void aRegulatorPlansInspectionsOfTheMinesOfItsArea() {
		Person regulator = agencyPerson(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.COUNTY
				&& a.getCovers().get(0) == mine.getCounty());
		List<IndexRow> mines = demo.store().read(demo.official(), s -> s.rows(
				InspectionScope.of(s, s.get(Person.class, regulator.getId())).narrowMines(org.minewatch.core.Query.of(Mine.class)), PageRequest.first(500)).items());
		assertEquals(demo.data().mines.stream().filter(m -> m.getCounty() == mine.getCounty()).count(), mines.size());
		assertTrue(mines.stream().allMatch(row -> mine.getCounty().getCode().equals(row.text("county"))));
	}

	@Test
	void theServiceListsAndOffersWhatTheActingPersonSees() {
		Person regulator = agencyPerson(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.COUNTY
				&& a.getCovers().get(0) == mine.getCounty());
		Actor acting = new Actor(regulator.getId(), regulator.getName(), regulator.getAgency().getId());
		InspectionService service = new InspectionService(demo.store(), new HazardService(demo.store()));
		assertEquals(List.of(submitted), service.list(acting, InspectionFilter.awaitingReview(), PageRequest.first(50)).items().stream().map(InspectionRow::id)
				.toList());
		Person elsewhere = agencyPerson(a -> a.getKind() == AgencyKind.LOCAL_REGULATOR && a.getLevel() == JurisdictionLevel.COUNTY
				&& !a.getCovers().get(0).contains(mine.getCounty()));
		assertTrue(service.list(new Actor(elsewhere.getId(), elsewhere.getName(), elsewhere.getAgency().getId()), InspectionFilter.awaitingReview(),
				PageRequest.first(50)).items().isEmpty(), "another county's regulator lists nothing of it");

		List<IndexRow> offered = service.plannableMines(acting, "", 500);
		assertEquals(demo.data().mines.stream().filter(m -> m.getCounty() == mine.getCounty()).count(), offered.size());
		assertTrue(service.plannableMines(acting, mine.getName(), 500).stream().anyMatch(row -> row.id().equals(mine.getId())), "found by its name");

		List<InspectionService.Candidate> colleagues = service.teamCandidates(acting, InspectionKind.REGULATORY_INVESTIGATION, mine.getId(), "", 200);
		assertEquals(demo.data().persons.stream().filter(p -> p.getAgency() == regulator.getAgency()).count(), colleagues.size());
		List<InspectionService.Candidate> staff = service.teamCandidates(acting, InspectionKind.SELF_INSPECTION, mine.getId(), "", 200);
		assertEquals(demo.data().persons.stream().filter(p -> p.getMine() == mine).map(Person::getId).sorted().toList(),
				staff.stream().map(InspectionService.Candidate::personId).sorted().toList(), "a self-inspection's team is the mine's staff");
		InspectionService.Candidate leader = service.candidate(acting, regulator.getId());
		assertEquals(regulator.getName(), leader.name());
		assertEquals(regulator.getSpecialities().stream().map(org.minewatch.model.base.Term::getCode).toList(),
				leader.specialities().stream().map(org.minewatch.model.base.Term::getCode).toList(), "the specialities, read while the unit of work was open");
	}

	private static boolean awaiting(Person person) {
		return rows(person, InspectionFilter.awaitingReview()).stream().anyMatch(r -> r.id().equals(submitted));
	}

	private static List<IndexRow> rows(Person person, InspectionFilter filter) {
		return demo.store().read(demo.official(), s -> s.rows(filter.query(InspectionScope.of(s, s.get(Person.class, person.getId()))), PageRequest.first(500)).items());
	}

	private static Person agencyPerson(Predicate<Agency> agency) {
		return demo.data().persons.stream().filter(p -> p.getAgency() != null && agency.test(p.getAgency())).findFirst().orElseThrow();
	}

	/** A group company's safety officer, stored as the group's staff. */
	private static Person groupStaff(Enterprise group) {
		return demo.store().write(demo.official(), s -> {
			Person staff = PeopleFactory.eINSTANCE.createPerson();
			staff.setName("集团安全部");
			staff.setEnterprise(s.get(Enterprise.class, group.getId()));
			return s.create(staff);
		});
	}
}
