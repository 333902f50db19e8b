package org.minewatch.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.ConflictException;
import org.minewatch.core.IndexRow;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.core.Query;
import org.minewatch.hazard.Resumption;
import java.time.LocalDate;
import org.minewatch.store.JdbcStore;
import org.minewatch.tests.store.DemoStore;

/** The registry over a real embedded store holding the demo data. */
class RegistryTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static JdbcStore store;
	private static DemoDataSet data;
	private static Registry registry;
	private static Actor actor;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
		store = demo.store();
		data = demo.data();
		registry = new Registry(store);
		actor = registry.firstOfficial(new Actor("test", "test", "test")).orElseThrow();
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	@Test
	void theFirstOfficialOfTheTopAgencyActsUntilSomeoneIsChosen() {
		Agency national = data.agencies.stream().filter(a -> a.getParent() == null).min(Comparator.comparing(Agency::getId)).orElseThrow();
		Person first = data.persons.stream().filter(p -> p.getAgency() == national).min(Comparator.comparing(Person::getName).thenComparing(Person::getId))
				.orElseThrow();
		assertEquals(new Actor(first.getId(), first.getName(), national.getId()), actor);
		Person staff = data.persons.stream().filter(p -> p.getMine() != null && p.getAgency() == null).findFirst().orElseThrow();
		MinewatchException refused = assertThrows(MinewatchException.class, () -> registry.actor(actor, staff.getId()), "mine staff act for no agency");
		assertEquals("registry.noAgency", refused.code());
		assertTrue(refused.getMessage().contains(staff.getName()), refused.getMessage());
		Person official = data.persons.stream().filter(p -> p.getAgency() != null && p.getAgency() != national).findFirst().orElseThrow();
		assertEquals(new Actor(official.getId(), official.getName(), official.getAgency().getId()), registry.actor(actor, official.getId()));
		List<Registry.Official> officials = registry.officials(actor, null, 1000);
		assertEquals(data.persons.stream().filter(p -> p.getAgency() != null && p.getMine() == null).count(), officials.size());
		Registry.Official listed = officials.stream().filter(o -> o.personId().equals(official.getId())).findFirst().orElseThrow();
		assertEquals(official.getAgency().nameOn(java.time.LocalDate.now(store.clock())), listed.agencyName(), "named with the agency's name today");
	}

	@Test
	void theChosenPersonActsWhenTheyCanElseTheFirstOfficial() {
		Person official = data.persons.stream().filter(p -> p.getAgency() != null && p.getMine() == null).skip(3).findFirst().orElseThrow();
		Person staff = data.persons.stream().filter(p -> p.getMine() != null && p.getAgency() == null).findFirst().orElseThrow();
		assertEquals(java.util.Optional.of(registry.actor(actor, official.getId())), registry.actingPerson(actor, official.getId()));
		assertEquals(java.util.Optional.of(actor), registry.actingPerson(actor, staff.getId()), "a mine's staff acts for no agency");
		assertEquals(java.util.Optional.of(actor), registry.actingPerson(actor, "no-such-person"));
		assertEquals(java.util.Optional.of(actor), registry.actingPerson(actor, null));
	}

	@Test
	void aSaveIsRefusedWithTheConstraintsWordsAndWritesNothing() {
		Mine mine = registry.load(actor, Mine.class, data.mines.get(3).getId());
		long revision = mine.getRevision();
		Jurisdiction elsewhere = registry.provinces(actor).stream().filter(p -> !p.getCode().equals(mine.getProvince().getCode())).findFirst().orElseThrow();
		mine.setProvince(elsewhere); // its county is no longer in its province
		org.minewatch.core.MinewatchException refused = assertThrows(org.minewatch.core.MinewatchException.class, () -> registry.save(actor, mine));
		assertEquals("mine.countyInProvince", refused.code());
		assertFalse(refused.getMessage().isBlank());
		assertThrows(org.minewatch.core.MinewatchException.class, () -> registry.overwrite(actor, mine), "an overwrite keeps the rules too");
		assertEquals(revision, store.read(actor, s -> s.get(Mine.class, mine.getId())).getRevision(), "nothing was written");
	}

	@Test
	void aCountyAPrefectureAndAProvinceListTheirMinesByNameAPageAtATime() {
		Mine sample = data.mines.get(0);
		Jurisdiction county = registry.division(actor, sample.getCounty().getCode());
		Jurisdiction prefecture = county.getParent();
		Jurisdiction province = registry.division(actor, sample.getProvince().getCode());

		assertEquals(names(m -> m.getCounty().getCode().equals(county.getCode())), all(r -> registry.mines(actor, county, null, r)));
		assertEquals(names(m -> m.getCounty().getParent().getCode().equals(prefecture.getCode())), all(r -> registry.mines(actor, prefecture, null, r)));
		assertEquals(names(m -> m.getProvince().getCode().equals(province.getCode())), all(r -> registry.mines(actor, province, null, r)));
		assertEquals(data.mines.size(), all(r -> registry.mines(actor, province.getParent(), null, r)).size(), "the nation lists every mine");

		String part = sample.getName().substring(3, 5);
		assertEquals(names(m -> m.getProvince().getCode().equals(province.getCode()) && m.getName().contains(part)),
				all(r -> registry.mines(actor, province, part, r)));
	}

	@Test
	void enterprisesListGroupsAndIndependentsFirstThenTheirSubsidiariesAndMines() {
		List<String> top = all(r -> registry.enterprises(actor, null, null, r));
		assertEquals(data.enterprises.stream().filter(e -> e.getParent() == null).map(Enterprise::getName).sorted().toList(), top);
		Enterprise group = data.enterprises.stream().filter(e -> data.enterprises.stream().anyMatch(c -> c.getParent() == e)).findFirst().orElseThrow();
		assertEquals(data.enterprises.stream().filter(e -> e.getParent() == group).map(Enterprise::getName).sorted().toList(),
				all(r -> registry.enterprises(actor, group.getId(), null, r)));
		Enterprise owner = data.mines.get(0).getEnterprise();
		assertEquals(names(m -> m.getEnterprise() == owner), all(r -> registry.minesOf(actor, owner.getId(), r)));
	}

	@Test
	void divisionsAreFoundByNameOrCodeHigherLevelsFirst() {
		Mine sample = data.mines.get(0);
		List<Jurisdiction> byCode = registry.findDivisions(actor, sample.getCounty().getCode(), 10);
		assertEquals(sample.getCounty().getCode(), byCode.get(0).getCode());
		List<Jurisdiction> byName = registry.findDivisions(actor, "山西", 10);
		assertEquals("140000", byName.get(0).getCode(), "the province before its prefectures and counties");
		assertTrue(registry.findDivisions(actor, "  ", 10).isEmpty());
	}

	@Test
	void aSaveMovesTheRevisionOnAStaleSaveIsRefusedAndAnOverwriteIsDeliberate() {
		String id = data.mines.get(7).getId();
		Mine mine = registry.load(actor, Mine.class, id);
		Mine stale = registry.load(actor, Mine.class, id);
		assertNotNull(mine.getEnterprise().getName(), "references are loaded for editing");

		mine.setAddress("新地址一号");
		Mine saved = registry.save(actor, mine);
		assertEquals(mine.getRevision() + 1, saved.getRevision());
		assertEquals("新地址一号", registry.load(actor, Mine.class, id).getAddress());

		stale.setAddress("旧窗口的地址");
		ConflictException conflict = assertThrows(ConflictException.class, () -> registry.save(actor, stale));
		assertEquals(List.of(new ConflictException.FieldDifference("address", "旧窗口的地址", "新地址一号")), conflict.differences());
		assertEquals("新地址一号", registry.load(actor, Mine.class, id).getAddress(), "nothing was overwritten");

		Mine overwritten = registry.overwrite(actor, stale);
		assertEquals(saved.getRevision() + 1, overwritten.getRevision());
		assertEquals("旧窗口的地址", registry.load(actor, Mine.class, id).getAddress());
		assertTrue(store.verify(null).intact());
	}

	/** Issue 15, item 7: the registry's status change back to producing is a resumption, refused as the hazard area's rule says. */
	@Test
	void aStoppedMineChangedBackToProducingInTheRegistryWaitsForItsMajorsAndAResumptionCheck() {
		String id = data.mines.get(9).getId();
		Mine stopped = registry.load(actor, Mine.class, id);
		stopped.getStatusHistory().add(status(ProductionStatus.ORDERED_TO_STOP, LocalDate.of(2021, 11, 1)));
		registry.save(actor, stopped); // stopping is not a resumption

		Mine producing = registry.load(actor, Mine.class, id);
		producing.getStatusHistory().add(status(ProductionStatus.PRODUCING, LocalDate.of(2021, 11, 29)));
		MinewatchException refused = assertThrows(MinewatchException.class, () -> registry.save(actor, producing));
		assertEquals("resumption.refused", refused.code());
		assertEquals(ProductionStatus.ORDERED_TO_STOP, Resumption.latest(registry.load(actor, Mine.class, id)), "nothing was saved");
		assertEquals("resumption.refused", assertThrows(MinewatchException.class, () -> registry.overwrite(actor, producing)).code());

		store.write(actor, s -> {
			for (Hazard open : s.query(Query.of(Hazard.class).where("mine", id).where("grade", HazardGrade.MAJOR), PageRequest.first(500)).items()) {
				if (open.getState() != HazardState.CLOSED) {
					s.voidRecord(open, "测试：本矿重大隐患另行处理");
				}
			}
			Inspection check = InspectionFactory.eINSTANCE.createInspection();
			check.setKind(InspectionKind.REGULATORY_INVESTIGATION);
			check.setMine(s.get(Mine.class, id));
			check.setOwner(s.get(Agency.class, actor.agencyId()));
			check.setStatus(InspectionStatus.COMPLETED);
			check.setBeforeResumption(true);
			check.setCompletedAt(store.clock().instant());
			return s.create(check);
		});
		Mine resumed = registry.save(actor, producing);
		assertEquals(ProductionStatus.PRODUCING, Resumption.latest(resumed));
	}

	private static StatusChange status(ProductionStatus status, LocalDate since) {
		StatusChange change = RegistryFactory.eINSTANCE.createStatusChange();
		change.setStatus(status);
		change.setSince(since);
		change.setReason("测试");
		return change;
	}

	private static List<String> names(java.util.function.Predicate<Mine> which) {
		return data.mines.stream().filter(which).sorted(Comparator.comparing(Mine::getName).thenComparing(Mine::getId)).map(Mine::getName).toList();
	}

	/** Every page, 3 rows at a time, as names. */
	private static List<String> all(Function<PageRequest, Page<IndexRow>> pages) {
		List<String> names = new ArrayList<>();
		PageRequest request = PageRequest.first(3);
		while (request != null) {
			Page<IndexRow> page = pages.apply(request);
			page.items().forEach(r -> names.add(r.text("name")));
			request = page.next();
		}
		assertFalse(names.contains(null));
		return names;
	}
}
