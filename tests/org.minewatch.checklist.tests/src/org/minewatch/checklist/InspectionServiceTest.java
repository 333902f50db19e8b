package org.minewatch.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.hazard.HazardService;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.tests.store.DemoStore;

/**
 * Inspections over a real store: planned on a template edition that they keep when a newer one is installed,
 * completion refused while items are unanswered, hazard items entered in the register linked both ways (fixed on
 * the spot: closed with the evidence), and a self-inspection submitted, rejected with reasons and redone.
 */
class InspectionServiceTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;
	private static InspectionService inspections;
	private static TemplateLibrary library;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
		inspections = new InspectionService(demo.store(), new HazardService(demo.store()));
		library = new TemplateLibrary(demo.store());
		library.addSource(new StarterTemplates());
		library.install(demo.official());
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	private static Mine coalMine() {
		return demo.data().mines.stream().filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL).findFirst().orElseThrow();
	}

	/** The suite's underground coal starter (the demo data has a small template of its own), its newest edition. */
	private static ChecklistTemplate coalStarter() {
		return library.forKind(demo.official(), MineKind.UNDERGROUND_COAL).stream().filter(t -> t.getName().startsWith("井工煤矿安全检查表")).findFirst()
				.orElseThrow();
	}

	private static Inspection plan(InspectionKind kind) {
		return inspections.plan(demo.official(), kind, coalMine().getId(), coalStarter().getId(), LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 3));
	}

	@Test
	void completionIsRefusedWhileItemsAreUnansweredNamingTheSections() {
		Inspection inspection = plan(InspectionKind.REGULATORY_INVESTIGATION);
		assertEquals(coalStarter().getSections().stream().mapToInt(s -> s.getItems().size()).sum(), inspection.getResults().size());
		List<ItemResult> results = inspection.getResults();
		for (ItemResult result : results.subList(0, results.size() - 2)) {
			inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), result.getId(), Answer.conforming("符合要求，资料齐全"));
		}
		InspectionException refused = assertThrows(InspectionException.class, () -> inspections.complete(demo.official(), inspection.getId()));
		assertTrue(refused.getMessage().contains("(2)") && refused.getMessage().contains("重大事故隐患"), refused.getMessage());
		assertEquals(InspectionStatus.IN_PROGRESS, stored(inspection.getId()).getStatus(), "nothing was written");

		inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), results.get(results.size() - 2).getId(), Answer.notApplicable("无此作业"));
		inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), results.get(results.size() - 1).getId(), Answer.conforming("符合"));
		Inspection completed = inspections.complete(demo.official(), inspection.getId());
		assertEquals(InspectionStatus.COMPLETED, completed.getStatus());
		assertNotNull(completed.getSignedOffAt());
		assertTrue(InspectionService.progress(completed).stream().allMatch(InspectionService.Progress::complete));
	}

	@Test
	void aHazardItemEntersTheRegisterLinkedToItsItemAndOneFixedOnTheSpotIsClosedWithItsEvidence() {
		Inspection inspection = plan(InspectionKind.STATE_ENFORCEMENT);
		ItemResult first = inspection.getResults().get(0);
		ItemResult second = inspection.getResults().get(1);
		inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), first.getId(),
				Answer.hazard("未建立全员安全生产责任制", null, "调度室", HazardGrade.GENERAL, null));
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		photo.setId("photo-1");
		photo.setFileName("现场整改.jpg");
		inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), second.getId(),
				Answer.fixedOnSpot("未配备专职安全员，当场指定", "未配备专职安全管理人员", "安全科", List.of(photo)));

		Inspection stored = stored(inspection.getId());
		Hazard entered = hazard(stored.getResults().get(0).getHazard().getId());
		assertEquals(HazardSource.INSPECTION, entered.getSource());
		assertEquals(HazardState.REGISTERED, entered.getState());
		assertEquals(inspection.getId(), entered.getSourceInspection().getId());
		assertEquals(first.getId(), entered.getSourceResult().getId());
		assertEquals(first.getItem().getSubject() + "：" + first.getItem().getCriteria(), entered.getDescription(), "the item's words when none are given");
		assertEquals(coalMine().getId(), entered.getMine().getId());

		Hazard fixed = hazard(stored.getResults().get(1).getHazard().getId());
		assertEquals(HazardState.CLOSED, fixed.getState());
		assertTrue(fixed.isFixedOnSpot());
		assertEquals("现场整改.jpg", fixed.getAttachments().get(0).getFileName());
	}

	@Test
	void anItemsPhotoIsKeptWithTheInspectionAndGoesWithItsHazardAsEvidence() {
		Inspection inspection = plan(InspectionKind.REGULATORY_INVESTIGATION);
		ItemResult item = inspection.getResults().get(2);
		byte[] photo = "PNG 现场照片".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Attachment attached = InspectionFactory.eINSTANCE.createAttachment();
		attached.setFileName("灭火器.jpg");
		inspections.attach(demo.official(), inspection.getId(), item.getId(), attached, photo);
		Inspection withPhoto = stored(inspection.getId());
		assertEquals("灭火器.jpg", withPhoto.getResults().get(2).getAttachments().get(0).getFileName());
		assertEquals(withPhoto.getAttachments().get(0), withPhoto.getResults().get(2).getAttachments().get(0), "held by the inspection, referred to by the item");

		inspections.answer(demo.official(), Locale.CHINA, inspection.getId(), item.getId(), Answer.fixedOnSpot("灭火器失效，当场更换", null, "变电所", List.of()));
		Hazard fixed = hazard(stored(inspection.getId()).getResults().get(2).getHazard().getId());
		assertEquals(HazardState.CLOSED, fixed.getState());
		Attachment evidence = fixed.getAttachments().get(0);
		assertEquals("灭火器.jpg", evidence.getFileName());
		assertTrue(java.util.Arrays.equals(photo, demo.store().read(demo.official(), s -> s.content(evidence))), "the same bytes");
	}

	@Test
	void aRejectedSelfInspectionIsRedoneAsANewRoundAndItsHazardsStay() {
		Inspection self = plan(InspectionKind.SELF_INSPECTION);
		inspections.answer(demo.official(), Locale.CHINA, self.getId(), self.getResults().get(0).getId(),
				Answer.hazard("责任制未落实到岗位", "安全生产责任制未落实到岗位", null, HazardGrade.GENERAL, null));
		for (ItemResult result : self.getResults().subList(1, self.getResults().size())) {
			inspections.answer(demo.official(), Locale.CHINA, self.getId(), result.getId(), Answer.conforming("符合"));
		}
		inspections.complete(demo.official(), self.getId());
		Actor regulator = regulatorOf(coalMine());
		assertThrows(InspectionException.class, () -> inspections.accept(regulator, self.getId()), "only a submitted one is accepted");
		inspections.submit(demo.official(), self.getId());
		assertThrows(InspectionException.class, () -> inspections.reject(regulator, self.getId(), " "), "a rejection says why");
		InspectionException notTheirs = assertThrows(InspectionException.class, () -> inspections.reject(demo.official(), self.getId(), "不真实"));
		assertTrue(notTheirs.getMessage().contains("local regulator of the mine's area"), notTheirs.getMessage());
		Inspection rejected = inspections.reject(regulator, self.getId(), "写实不真实，推倒重来");
		assertEquals("写实不真实，推倒重来", rejected.getRejectionReason());

		Inspection again = inspections.redo(demo.official(), self.getId());
		assertEquals(self.getId(), again.getRedoOf().getId());
		assertEquals(2, again.getRound());
		assertEquals(InspectionStatus.PLANNED, again.getStatus());
		assertEquals(self.getResults().size(), again.getResults().size());
		assertEquals(again.getId(), stored(self.getId()).getSupersededBy().getId(), "the rejected round is superseded by the new one");
		assertThrows(InspectionException.class, () -> inspections.redo(demo.official(), self.getId()), "redone once");
		String hazardId = stored(self.getId()).getResults().get(0).getHazard().getId();
		assertEquals(HazardState.REGISTERED, hazard(hazardId).getState(), "the old round's hazard stays in the register");
	}

	@Test
	void anInspectionKeepsTheEditionItStartedWithWhenANewOneIsInstalled() {
		ChecklistTemplate first = coalStarter();
		Inspection inspection = plan(InspectionKind.REGULATORY_INVESTIGATION);
		String newerEdition = first.getEdition() + " 修订";
		TemplateLibrary withNewer = new TemplateLibrary(demo.store());
		withNewer.addSource(reference -> {
			// the same template read again as a province would ship its next edition: an item fewer, a year later
			ChecklistTemplate newer = new StarterTemplates().templates(reference).stream().filter(t -> t.getName().equals(first.getName())).findFirst().orElseThrow();
			newer.setEdition(newerEdition);
			newer.setValidFrom(first.getValidFrom().plusYears(1));
			newer.setId(org.minewatch.model.refdata.TemplateLoader.id(newer.getName(), newer.getEdition()));
			newer.getSections().get(0).getItems().remove(0);
			return List.of(newer);
		});
		assertEquals(1, withNewer.install(demo.official()).templates().size());

		assertEquals(newerEdition, coalStarter().getEdition(), "the newer edition is offered first");
		Inspection stored = stored(inspection.getId());
		assertEquals(first.getEdition(), stored.getTemplate().getEdition(), "the inspection keeps its edition");
		assertEquals(first.getSections().get(0).getItems().get(0).getSubject(), stored.getResults().get(0).getItem().getSubject());
	}

	/** A person of the county regulator whose area holds the mine: who accepts or rejects its self-inspections. */
	static Actor regulatorOf(Mine mine) {
		return demo.data().persons.stream().filter(p -> p.getAgency() != null && p.getAgency().getKind() == AgencyKind.LOCAL_REGULATOR
				&& p.getAgency().getLevel() == JurisdictionLevel.COUNTY && p.getAgency().getCovers().get(0).contains(mine.getCounty()))
				.map(p -> new Actor(p.getId(), p.getName(), p.getAgency().getId())).findFirst().orElseThrow();
	}

	private static Inspection stored(String id) {
		return demo.store().read(demo.official(), s -> {
			Inspection inspection = s.get(Inspection.class, id);
			EcoreUtil.resolveAll(inspection);
			return inspection;
		});
	}

	private static Hazard hazard(String id) {
		return demo.store().read(demo.official(), s -> {
			Hazard hazard = s.get(Hazard.class, id);
			EcoreUtil.resolveAll(hazard);
			return hazard;
		});
	}
}
