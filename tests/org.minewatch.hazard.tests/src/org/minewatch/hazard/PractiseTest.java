package org.minewatch.hazard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.demo.DemoDataSet;
import org.minewatch.hazard.HazardService.Evidence;
import org.minewatch.hazard.HazardService.StopOrder;
import org.minewatch.model.enforcement.DecisionKind;
import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.hazard.RectificationPlan;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.store.JdbcStore;
import org.minewatch.tests.store.DemoStore;

/**
 * Issue 15, items 1, 6 and 7 through the hazard service over a store: a major hazard at a mine without a loaded
 * standard registered with its reason; a hazard found on a patrol fixed on the spot with its evidence's bytes; a
 * major hazard registered with an order to stop, and the mine's resumption refused until its majors are closed
 * and an inspection before resumption was completed.
 */
class PractiseTest {

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
	void aMajorHazardWithoutAStandardIsRegisteredByHandWithItsReasonForReview() {
		Hazard draft = major("尾矿库浸润线超过控制线");
		draft.setUncitedReason("依据非煤矿山重大事故隐患判定标准");
		Hazard registered = service.register(actor, Locale.CHINA, data.mines.get(3).getId(), draft, "巡查发现");
		Hazard stored = store.read(actor, s -> s.get(Hazard.class, registered.getId()));
		assertEquals("依据非煤矿山重大事故隐患判定标准", stored.getUncitedReason());
		assertTrue(Lifecycle.forReview(stored));
		assertTrue(stored.isAreaStopped() && stored.isPeopleWithdrawn());

		Hazard noReason = major("其他重大隐患");
		LifecycleException refused = assertThrows(LifecycleException.class, () -> service.register(actor, Locale.CHINA, data.mines.get(3).getId(), noReason, null));
		assertEquals("lifecycle.majorCitationOrReason", refused.rule());
		assertTrue(refused.getMessage().contains("其他情形"), refused.getMessage());
	}

	@Test
	void aHazardFoundOnAPatrolIsFixedOnTheSpotWithItsEvidence() {
		Hazard draft = HazardFactory.eINSTANCE.createHazard();
		draft.setGrade(HazardGrade.GENERAL);
		draft.setSource(HazardSource.PATROL);
		draft.setDescription("皮带机尾防护罩缺失");
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		photo.setFileName("after.jpg");
		photo.setMediaType("image/jpeg");
		byte[] bytes = "a photo of the guard in place".getBytes(StandardCharsets.UTF_8);
		Hazard fixed = service.fixedOnSpot(actor, Locale.CHINA, data.mines.get(4).getId(), draft, List.of(new Evidence(photo, bytes)), "巡查当场整改");
		Hazard stored = store.read(actor, s -> s.get(Hazard.class, fixed.getId()));
		assertEquals(HazardState.CLOSED, stored.getState());
		assertTrue(stored.isFixedOnSpot());
		assertEquals(1, stored.getAttachments().size());
		assertArrayEquals(bytes, store.read(actor, s -> s.content(s.get(Hazard.class, fixed.getId()).getAttachments().get(0))), "the evidence's bytes are kept");

		Hazard withoutEvidence = HazardFactory.eINSTANCE.createHazard();
		withoutEvidence.setGrade(HazardGrade.GENERAL);
		withoutEvidence.setSource(HazardSource.PATROL);
		withoutEvidence.setDescription("风筒破口");
		assertEquals("hazard.closedAccepted", assertThrows(LifecycleException.class,
				() -> service.fixedOnSpot(actor, Locale.CHINA, data.mines.get(4).getId(), withoutEvidence, List.of(), null)).rule());
	}

	@Test
	void aMajorHazardWithAnOrderToStopStopsTheMineUntilItsMajorsAreClosedAndAResumptionCheckPassed() {
		Mine mine = data.mines.get(7);
		for (Hazard open : openMajors(mine.getId())) { // the demo's own open majors of this mine are voided: this test owns the mine's majors
			service.voidHazard(actor, open.getId(), "测试前作废");
		}
		Hazard draft = major("采空区积水威胁工作面");
		draft.setCitation(HazardFactory.eINSTANCE.createCitation());
		draft.getCitation().setStandard("煤矿重大事故隐患判定标准");
		draft.getCitation().setEdition("2020");
		draft.getCitation().setItem("第十三条（一）");
		draft.setReportedAt(store.clock().instant().minusSeconds(3600));
		fiveInPlace(draft);
		LocalDate today = LocalDate.now(store.clock());
		Hazard general = HazardFactory.eINSTANCE.createHazard();
		general.setGrade(HazardGrade.GENERAL);
		general.setDescription("一般隐患");
		assertEquals("lifecycle.stopOrderMajorOnly", assertThrows(LifecycleException.class,
				() -> service.register(actor, Locale.CHINA, mine.getId(), general, null, new StopOrder("1号", "停产整顿", today, null))).rule());

		StopOrder stop = new StopOrder("冀煤安停〔2021〕12号", "责令停产整顿，整改采空区积水隐患", today, "隐患消除，经复工复产前检查合格");
		long before = store.head().sequence();
		draft.setPeopleWithdrawn(false);
		assertEquals("lifecycle.majorStopAtOnce", assertThrows(LifecycleException.class,
				() -> service.register(actor, Locale.CHINA, mine.getId(), draft, "监管排查发现", stop)).rule());
		assertEquals(before, store.head().sequence(), "a refused registration writes neither the order nor the mine's status");
		draft.setPeopleWithdrawn(true);
		Hazard hazard = service.register(actor, Locale.CHINA, mine.getId(), draft, "监管排查发现", stop);
		assertEquals(before + 3, store.head().sequence(), "the hazard, the order and the mine's status, written together");
		assertEquals(ProductionStatus.ORDERED_TO_STOP, store.read(actor, s -> Resumption.latest(s.get(Mine.class, mine.getId()))));
		EnforcementDocument order = store.read(actor, s -> {
			EnforcementDocument found = s.query(Query.of(EnforcementDocument.class).where("mine", mine.getId()), PageRequest.first(50)).items().stream()
					.filter(d -> "冀煤安停〔2021〕12号".equals(d.getNumber())).findFirst().orElseThrow();
			found.getDecisions().get(0).getHazards().get(0).getId(); // read while the unit of work is open
			return found;
		});
		assertEquals(DocumentKind.ORDER_TO_STOP_AND_RECTIFY, order.getKind());
		assertEquals(DecisionKind.STOP_PRODUCTION, order.getDecisions().get(0).getKind());
		assertEquals(hazard.getId(), order.getDecisions().get(0).getHazards().get(0).getId());
		assertEquals(today, order.getStopFrom());

		// resumption: refused while the major is open and no check passed, with both reasons
		Resumption.Check check = service.resumption(actor, mine.getId());
		assertFalse(check.allowed());
		assertEquals(List.of(hazard.getNumber()), check.openMajors());
		assertNull(check.passedCheck());
		LifecycleException refused = assertThrows(LifecycleException.class,
				() -> service.resume(actor, Locale.CHINA, mine.getId(), ProductionStatus.PRODUCING, "整改完毕"));
		assertEquals("resumption.refused", refused.rule());
		assertTrue(refused.getMessage().contains(hazard.getNumber()) && refused.getMessage().contains("复工复产前检查"), refused.getMessage());

		// the major hazard closed by the listing regulator: still no resumption check
		closeListed(hazard);
		assertTrue(service.resumption(actor, mine.getId()).openMajors().isEmpty());
		refused = assertThrows(LifecycleException.class, () -> service.resume(actor, Locale.CHINA, mine.getId(), ProductionStatus.PRODUCING, "整改完毕"));
		assertFalse(refused.getMessage().contains(hazard.getNumber()), refused.getMessage());

		// an inspection before resumption, planned but not completed, does not count; completed, it does
		String checkId = resumptionCheck(mine, InspectionStatus.IN_PROGRESS);
		assertFalse(service.resumption(actor, mine.getId()).allowed());
		store.write(actor, s -> {
			Inspection inspection = s.get(Inspection.class, checkId);
			inspection.setStatus(InspectionStatus.COMPLETED);
			inspection.setCompletedAt(store.clock().instant());
			return s.update(inspection);
		});
		assertEquals(checkId, service.resumption(actor, mine.getId()).passedCheck());
		Mine resumed = service.resume(actor, Locale.CHINA, mine.getId(), ProductionStatus.PRODUCING, "复工复产前检查合格");
		assertEquals(ProductionStatus.PRODUCING, Resumption.latest(resumed));
		assertEquals("resumption.notStopped", assertThrows(LifecycleException.class,
				() -> service.resume(actor, Locale.CHINA, mine.getId(), ProductionStatus.PRODUCING, "again")).rule());
	}

	private List<Hazard> openMajors(String mineId) {
		return store.read(actor, s -> s.query(Query.of(Hazard.class).where("mine", mineId).where("grade", HazardGrade.MAJOR), PageRequest.first(500)).items()
				.stream().filter(h -> h.getState() != HazardState.CLOSED).toList());
	}

	private void closeListed(Hazard hazard) {
		service.take(actor, Locale.CHINA, hazard.getId(), (lifecycle, h, by, at, s) -> {
			lifecycle.listForSupervision(h, s.get(Agency.class, actor.agencyId()), "冀煤安督〔2021〕9号", by, at, null);
			lifecycle.startRectification(h, by, at, null);
			lifecycle.requestAcceptance(h, by, at, "申请验收");
			lifecycle.accept(h, by, true, "合格", List.of(photo()), List.of(photo()), by, at);
			lifecycle.close(h, by, at, "摘牌销号");
		});
	}

	private String resumptionCheck(Mine mine, InspectionStatus status) {
		return store.write(actor, s -> {
			Inspection inspection = InspectionFactory.eINSTANCE.createInspection();
			inspection.setKind(InspectionKind.REGULATORY_INVESTIGATION);
			inspection.setMine(s.get(Mine.class, mine.getId()));
			inspection.setOwner(s.get(Agency.class, actor.agencyId()));
			inspection.setStatus(status);
			inspection.setRound(1);
			inspection.setBeforeResumption(true);
			inspection.setStartedAt(store.clock().instant());
			return s.create(inspection);
		}).getId();
	}

	private static Hazard major(String description) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setNumber("YH-" + Math.abs(description.hashCode()));
		hazard.setGrade(HazardGrade.MAJOR);
		hazard.setSource(HazardSource.PATROL);
		hazard.setDescription(description);
		hazard.setAreaStopped(true);
		hazard.setPeopleWithdrawn(true);
		return hazard;
	}

	private static void fiveInPlace(Hazard hazard) {
		Rectification r = HazardFactory.eINSTANCE.createRectification();
		r.setResponsibleUnit("地测防治水科");
		r.setResponsiblePersonName("总工程师 赵六");
		r.setMeasures("探放水");
		r.setFunds(new BigDecimal("80"));
		r.setDeadline(LocalDate.of(2021, 12, 31));
		r.setContingencyPlan("透水应急预案");
		hazard.setRectification(r);
		RectificationPlan plan = HazardFactory.eINSTANCE.createRectificationPlan();
		plan.setGoalsAndTasks("疏干采空区积水");
		plan.setMethodsAndMeasures("钻孔探放水");
		plan.setFundsAndMaterials("80 万元");
		plan.setResponsibleBodies("地测防治水科");
		plan.setTimeLimit("一个月");
		plan.setSafetyMeasures("停产撤人，设警戒");
		hazard.setPlan(plan);
	}

	private static Attachment photo() {
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		photo.setId(java.util.UUID.randomUUID().toString());
		photo.setFileName("photo.jpg");
		return photo;
	}
}
