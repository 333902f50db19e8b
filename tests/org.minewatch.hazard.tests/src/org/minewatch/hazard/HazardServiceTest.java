package org.minewatch.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.base.Term;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Mine;
import org.minewatch.store.JdbcStore;
import org.minewatch.tests.store.DemoStore;

/** The register over a real store: a hazard entered by hand, stepped, refused without a write, voided with a reason. */
class HazardServiceTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static JdbcStore store;
	private static DemoDataSet data;
	private static HazardService service;
	private static Actor actor;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
		store = demo.store();
		data = demo.data();
		service = new HazardService(store);
		actor = demo.official();
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	@Test
	void aHazardLikeOneClosedAtTheSameMineIsRegisteredAsARepeatAndCounted() {
		Mine mine = data.mines.get(2);
		Term category = store.read(actor, s -> s.reference().vocabularies().get(ReferenceData.HAZARD_CATEGORY).getTerms().get(0));
		long before = service.repeats(actor, mine.getId());
		String first = service.register(actor, Locale.ENGLISH, byHand(mine, category), "巡查发现").getId();
		service.take(actor, Locale.ENGLISH, first, (lifecycle, h, by, at, session) -> {
			Rectification rectification = HazardFactory.eINSTANCE.createRectification();
			rectification.setResponsiblePersonName("矿长 李四");
			rectification.setMeasures("加装防护栏");
			rectification.setDeadline(LocalDate.of(2021, 12, 10));
			h.setRectification(rectification);
			lifecycle.startRectification(h, by, at, null);
			lifecycle.accept(h, by, true, "合格", List.of(photo()), List.of(photo()), by, at);
			lifecycle.close(h, by, at, "销号");
		});

		Hazard again = service.register(actor, Locale.ENGLISH, byHand(mine, category), "再次发现");

		assertEquals(first, store.read(actor, s -> s.get(Hazard.class, again.getId()).getRepeatOf().getId()));
		assertEquals(before + 1, service.repeats(actor, mine.getId()));
		assertTrue(service.repeatsOfEnterprise(actor, mine.getEnterprise().getId()) >= before + 1);
	}

	private static Hazard byHand(Mine mine, Term category) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setMine(store.read(actor, s -> s.get(Mine.class, mine.getId())));
		hazard.setGrade(HazardGrade.GENERAL);
		hazard.setSource(HazardSource.PATROL);
		hazard.setCategory(category);
		hazard.setPlace("主井井口");
		hazard.setDescription("井口无防护栏");
		return hazard;
	}

	private static Attachment photo() {
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		photo.setId(java.util.UUID.randomUUID().toString());
		photo.setFileName("photo.jpg");
		return photo;
	}

	@Test
	void aHazardEnteredByHandIsRegisteredSteppedAndARefusedStepWritesNothing() {
		Mine mine = data.mines.get(1);
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setMine(store.read(actor, s -> s.get(Mine.class, mine.getId())));
		hazard.setGrade(HazardGrade.GENERAL);
		hazard.setSource(HazardSource.PATROL);
		hazard.setDescription("井口无防护栏");
		Hazard registered = service.register(actor, Locale.ENGLISH, hazard, "巡查发现");
		assertEquals(HazardState.REGISTERED, registered.getState());
		String id = registered.getId();

		LifecycleException refusal = assertThrows(LifecycleException.class,
				() -> service.take(actor, Locale.ENGLISH, id, (lifecycle, h, by, at, session) -> lifecycle.startRectification(h, by, at, null)));
		assertEquals("hazard.generalResponsibility", refusal.rule());
		Hazard stored = store.read(actor, s -> s.get(Hazard.class, id));
		assertEquals(HazardState.REGISTERED, stored.getState());
		assertEquals(1, stored.getRevision(), "the refused step wrote nothing");

		Hazard rectifying = service.take(actor, Locale.ENGLISH, id, (lifecycle, h, by, at, session) -> {
			Rectification rectification = HazardFactory.eINSTANCE.createRectification();
			rectification.setResponsiblePersonName("矿长 李四");
			rectification.setMeasures("加装防护栏");
			rectification.setDeadline(LocalDate.of(2021, 12, 10));
			h.setRectification(rectification);
			lifecycle.startRectification(h, by, at, "责任落实");
		});
		assertEquals(HazardState.RECTIFYING, rectifying.getState());
		Hazard reread = store.read(actor, s -> s.get(Hazard.class, id));
		assertEquals(2, reread.getTransitions().size());
		assertEquals(actor.personId(), store.read(actor, s -> s.get(Hazard.class, id).getTransitions().get(1).getBy().getId()), "who took the step");
		assertEquals(Instant.now(DemoStore.CLOCK), reread.getTransitions().get(1).getAt());

		Hazard voided = service.voidHazard(actor, id, "重复登记");
		assertEquals("重复登记", voided.getVoidReason());
		assertTrue(voided.getVoidedAt() != null);
		assertTrue(store.read(actor, s -> s.find(Hazard.class, id)).isPresent(), "a voided hazard stays in the register");
		assertTrue(store.verify(null).intact());
	}
}
