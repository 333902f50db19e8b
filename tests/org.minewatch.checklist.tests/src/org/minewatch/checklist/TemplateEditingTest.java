package org.minewatch.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.hazard.HazardService;
import org.minewatch.model.checklist.ChecklistFactory;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.registry.MineKind;
import org.minewatch.tests.store.DemoStore;

/**
 * A bureau authors a template of its own and versions it: a new template is filled with sections and items and
 * saved, problems are refused with what is wrong, a starter and an edition in use are not edited in place.
 */
class TemplateEditingTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static TemplateLibrary library;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
		library = new TemplateLibrary(demo.store());
		library.addSource(new StarterTemplates());
		library.install(demo.official());
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	@Test
	void aNewTemplateIsFilledWithSectionsAndItemsAndSaved() {
		ChecklistTemplate started = library.newTemplate(demo.official(), "山西省煤矿双红线检查表", "2021", TemplateOrigin.PROVINCE,
				List.of(MineKind.UNDERGROUND_COAL), LocalDate.of(2021, 11, 1));
		assertNull(library.whyNotEditable(demo.official(), started.getId()), "a new template is editable");
		ChecklistSection section = section("一", "红线一：超能力生产");
		section.getItems().add(item("1.1", "是否超能力组织生产", "查阅产量台账和调度记录"));
		section.getItems().add(item("1.2", "是否超强度开采", "查阅工作面推进度"));
		started.getSections().add(section);
		ChecklistTemplate saved = library.save(demo.official(), started, false);
		assertEquals(2, saved.getRevision());

		ChecklistTemplate stored = demo.store().read(demo.official(), s -> s.get(ChecklistTemplate.class, started.getId()));
		assertEquals(List.of("1.1", "1.2"), stored.getSections().get(0).getItems().stream().map(ChecklistItem::getNumber).toList());
		assertEquals(started.getId() + "/1.2", stored.getSections().get(0).getItems().get(1).getId(), "ids follow the edition and the number");
		assertTrue(library.forKind(demo.official(), MineKind.UNDERGROUND_COAL).stream().anyMatch(t -> t.getId().equals(started.getId())));

		var other = demo.data().persons.stream().filter(p -> p.getAgency() != null && !p.getAgency().getId().equals(demo.official().agencyId())).findFirst()
				.orElseThrow();
		org.minewatch.core.Actor otherBureau = new org.minewatch.core.Actor(other.getId(), other.getName(), other.getAgency().getId());
		assertTrue(library.whyNotEditable(otherBureau, started.getId()).contains("belongs to"), "another bureau's template is not edited in place");
		stored.setName("山西省煤矿双红线检查表（改名）");
		InspectionException renamed = assertThrows(InspectionException.class, () -> library.save(demo.official(), stored, false));
		assertTrue(renamed.getMessage().contains("fixed"), renamed.getMessage());
	}

	@Test
	void problemsAreRefusedWithWhatIsWrong() {
		ChecklistTemplate started = library.newTemplate(demo.official(), "县局专项检查表", "1", TemplateOrigin.PROVINCE, List.of(MineKind.TAILINGS_POND), null);
		ChecklistSection section = section("1", "坝体");
		section.getItems().add(item("1", "坝体有无裂缝", null));
		section.getItems().add(item("1", "排洪设施是否畅通", null));
		section.getItems().add(item("2", "", null));
		started.getSections().add(section);
		started.getSections().add(section("1", ""));
		InspectionException refused = assertThrows(InspectionException.class, () -> library.save(demo.official(), started, false));
		assertEquals(List.of("item number 1 is used twice", "an item of section 1 needs a number and what it checks", "section 1 needs a number and a title",
				"1 numbers both a section and an item"), TemplateLibrary.problems(started));
		assertTrue(refused.getMessage().contains("item number 1 is used twice"), refused.getMessage());
		assertEquals(1, demo.store().read(demo.official(), s -> s.get(ChecklistTemplate.class, started.getId()).getRevision()), "nothing was saved");
	}

	@Test
	void aStarterAndAnEditionInUseAreChangedByANewEditionOnly() {
		ChecklistTemplate starter = library.forKind(demo.official(), MineKind.OPEN_PIT_COAL).stream().filter(ChecklistTemplate::isStarter).findFirst()
				.orElseThrow();
		assertTrue(library.whyNotEditable(demo.official(), starter.getId()).contains("starter"));
		starter.setSource("改过");
		assertThrows(InspectionException.class, () -> library.save(demo.official(), starter, false));

		ChecklistTemplate own = library.newEdition(demo.official(), starter.getId(), "本局2021版", TemplateOrigin.PROVINCE, LocalDate.of(2021, 11, 1));
		assertNull(library.whyNotEditable(demo.official(), own.getId()));
		String mine = demo.data().mines.stream().filter(m -> m.getKind() == MineKind.OPEN_PIT_COAL).findFirst().orElseThrow().getId();
		new InspectionService(demo.store(), new HazardService(demo.store())).plan(demo.official(), InspectionKind.REGULATORY_INVESTIGATION, mine, own.getId(),
				LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 1));
		String why = library.whyNotEditable(demo.official(), own.getId());
		assertNotNull(why);
		assertTrue(why.contains("used by 1 inspection"), why);
		own.getSections().get(0).setTitle("改过的标题");
		assertThrows(InspectionException.class, () -> library.save(demo.official(), own, false), "the inspection keeps what it was planned on");
	}

	private static ChecklistSection section(String number, String title) {
		ChecklistSection section = ChecklistFactory.eINSTANCE.createChecklistSection();
		section.setId(java.util.UUID.randomUUID().toString());
		section.setNumber(number);
		section.setTitle(title);
		return section;
	}

	private static ChecklistItem item(String number, String subject, String method) {
		ChecklistItem item = ChecklistFactory.eINSTANCE.createChecklistItem();
		item.setId(java.util.UUID.randomUUID().toString());
		item.setNumber(number);
		item.setSubject(subject);
		item.setMethod(method);
		return item;
	}
}
