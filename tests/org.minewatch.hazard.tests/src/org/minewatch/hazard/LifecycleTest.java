package org.minewatch.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.hazard.RectificationPlan;
import org.minewatch.model.hazard.Transition;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyName;
import org.minewatch.model.jurisdiction.JurisdictionFactory;
import org.minewatch.model.people.PeopleFactory;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryFactory;

/** Every legal step of a hazard's lifecycle, and one refusal per rule, each naming its rule. */
class LifecycleTest {

	private static final Instant AT = Instant.parse("2021-06-01T02:00:00Z");
	private final Lifecycle lifecycle = new Lifecycle(Locale.ENGLISH);
	private Agency county;
	private Agency state;
	private Person inspector;
	private Person rectifier;
	private Person checker;
	private Person stateOfficial;

	@BeforeEach
	void people() {
		county = agency("古冶区应急管理局");
		state = agency("国家矿山安全监察局河北局");
		inspector = person("王检查", county);
		rectifier = person("李整改", null);
		checker = person("赵验收", county);
		stateOfficial = person("钱督办", state);
	}

	@Test
	void aGeneralHazardGoesFromFoundToClosedAndEveryStepIsRecorded() {
		Hazard hazard = general();
		lifecycle.register(hazard, inspector, AT, "巡查发现");
		lifecycle.startRectification(hazard, inspector, AT, null);
		lifecycle.accept(hazard, checker, true, "整改到位", photos(), photos(), checker, AT);
		lifecycle.close(hazard, checker, AT, "销号");

		assertEquals(HazardState.CLOSED, hazard.getState());
		assertEquals(List.of("FOUND>REGISTERED", "REGISTERED>RECTIFYING", "RECTIFYING>ACCEPTED", "ACCEPTED>CLOSED"), steps(hazard));
		Transition first = hazard.getTransitions().get(0);
		assertEquals(inspector, first.getBy());
		assertEquals(AT, first.getAt());
		assertEquals("巡查发现", first.getReason());
		assertEquals(1, hazard.getAcceptances().size());
		assertEquals(2, hazard.getAttachments().size(), "the photos are kept with the hazard");
	}

	@Test
	void aMajorHazardIsListedForSupervisionAndItsAreaStoppedUntilAccepted() {
		Hazard hazard = major();
		lifecycle.register(hazard, inspector, AT, null);
		lifecycle.startRectification(hazard, inspector, AT, null);
		assertTrue(hazard.isAreaStopped(), "the threatened area stays stopped while rectified");
		lifecycle.listForSupervision(hazard, state, "冀矿安督〔2021〕3号", stateOfficial, AT, null);
		assertEquals(HazardState.SUPERVISED, hazard.getState());
		lifecycle.requestAcceptance(hazard, rectifier, AT, "整改完毕，申请验收");
		lifecycle.accept(hazard, stateOfficial, true, null, photos(), photos(), stateOfficial, AT);
		assertFalse(hazard.isAreaStopped(), "accepted: the area may work again");
		assertEquals(null, hazard.getSupervision().getLiftedAt(), "the listing stays until the listing regulator closes the hazard");
		lifecycle.close(hazard, stateOfficial, AT.plusSeconds(60), null);
		assertEquals(AT.plusSeconds(60), hazard.getSupervision().getLiftedAt(), "摘牌 with 销号");
		assertEquals(List.of("FOUND>REGISTERED", "REGISTERED>RECTIFYING", "RECTIFYING>SUPERVISED", "SUPERVISED>SUPERVISED", "SUPERVISED>ACCEPTED",
				"ACCEPTED>CLOSED"), steps(hazard));
	}

	// issue 15, item 1: a major hazard without a citation, with the reason written, for the regulator's review

	@Test
	void aMajorHazardWithoutACitationIsRecordedWithTheReasonAndFlaggedForReview() {
		Hazard tailings = major();
		tailings.setCitation(null);
		refused("lifecycle.majorCitationOrReason", tailings, () -> lifecycle.register(tailings, inspector, AT, null));
		tailings.setUncitedReason("  ");
		refused("lifecycle.majorCitationOrReason", tailings, () -> lifecycle.register(tailings, inspector, AT, null));
		tailings.setUncitedReason(" 依据非煤矿山重大事故隐患判定标准 ");
		lifecycle.register(tailings, inspector, AT, null);
		assertEquals(HazardState.REGISTERED, tailings.getState());
		assertEquals("依据非煤矿山重大事故隐患判定标准", tailings.getUncitedReason());
		assertTrue(Lifecycle.forReview(tailings), "a major hazard citing nothing is for the regulator's review");
		assertFalse(Lifecycle.forReview(registered(major())), "a cited one is not");
		assertFalse(Lifecycle.forReview(registered(general())), "nor a general one");
	}

	// issue 15, item 2: the stop, the withdrawal and the written report at registration

	@Test
	void aMajorHazardIsRegisteredWithTheAreaStoppedThePeopleWithdrawnAndTheReportsTime() {
		Hazard notStopped = major();
		notStopped.setAreaStopped(false);
		refused("lifecycle.majorStopAtOnce", notStopped, () -> lifecycle.register(notStopped, inspector, AT, null));
		Hazard notWithdrawn = major();
		notWithdrawn.setPeopleWithdrawn(false);
		refused("lifecycle.majorStopAtOnce", notWithdrawn, () -> lifecycle.register(notWithdrawn, inspector, AT, null));
		Hazard hazard = major();
		hazard.setReportedAt(AT.minusSeconds(1800));
		lifecycle.register(hazard, inspector, AT, null);
		assertTrue(hazard.isAreaStopped() && hazard.isPeopleWithdrawn(), "recorded at registration, not when rectification starts");
		assertEquals(AT.minusSeconds(1800), hazard.getReportedAt());
		Hazard general = general(); // a general hazard needs no stop
		lifecycle.register(general, inspector, AT, null);
		assertFalse(general.isAreaStopped());
	}

	// issue 15, item 3: listed from registration on, alongside the rectification

	@Test
	void aMajorHazardIsListedFromItsRegistrationOn() {
		Hazard hazard = registered(major());
		assertEquals(java.util.Set.of("startRectification", "listForSupervision"), lifecycle.allowedSteps(hazard));
		lifecycle.listForSupervision(hazard, state, "冀矿安督〔2021〕5号", stateOfficial, AT, "判定后即挂牌");
		assertEquals(HazardState.REGISTERED, hazard.getState(), "listed, it waits for its rectification to start");
		assertEquals("冀矿安督〔2021〕5号", hazard.getSupervision().getNumber());
		refused("lifecycle.supervisionListed", hazard, () -> lifecycle.listForSupervision(hazard, state, "6号", stateOfficial, AT, null));
		lifecycle.startRectification(hazard, inspector, AT, null);
		assertEquals(HazardState.SUPERVISED, hazard.getState(), "rectified under the listing");
	}

	// issue 15, item 4: verified within 10 days of the mine's request, delisted and closed by the listing regulator

	@Test
	void onlyTheListingRegulatorVerifiesAfterTheMinesRequestThenDelistsAndCloses() {
		Hazard hazard = registered(major());
		lifecycle.listForSupervision(hazard, state, "冀矿安督〔2021〕7号", stateOfficial, AT, null);
		lifecycle.startRectification(hazard, inspector, AT, null);
		assertEquals(java.util.Set.of("requestAcceptance", "extendDeadline"), lifecycle.allowedSteps(hazard));
		refused("lifecycle.acceptanceNotRequested", hazard, () -> lifecycle.accept(hazard, stateOfficial, true, null, photos(), photos(), stateOfficial, AT));
		Instant asked = Instant.parse("2021-06-20T01:00:00Z");
		lifecycle.requestAcceptance(hazard, rectifier, asked, "整改完成");
		assertEquals(LocalDate.of(2021, 6, 30), Lifecycle.verificationDue(hazard), "verified within 10 days of the request");
		LifecycleException other = refused("lifecycle.listingRegulatorAccepts", hazard,
				() -> lifecycle.accept(hazard, checker, true, null, photos(), photos(), checker, AT));
		assertTrue(other.getMessage().contains("国家矿山安全监察局河北局"), other.getMessage());
		lifecycle.accept(hazard, stateOfficial, false, "抽采未达标", photos(), photos(), stateOfficial, asked);
		assertEquals(HazardState.SUPERVISED, hazard.getState(), "failed: still listed, rectified again");
		assertEquals(null, hazard.getAcceptanceRequestedAt(), "the mine asks again");
		lifecycle.requestAcceptance(hazard, rectifier, asked, "再次申请");
		lifecycle.accept(hazard, stateOfficial, true, "验收合格", photos(), photos(), stateOfficial, asked);
		LifecycleException closing = refused("lifecycle.listingRegulatorCloses", hazard, () -> lifecycle.close(hazard, checker, AT, null));
		assertTrue(closing.getMessage().contains("摘牌"), closing.getMessage());
		lifecycle.close(hazard, stateOfficial, asked, "摘牌销号");
		assertEquals(HazardState.CLOSED, hazard.getState());
		assertEquals(asked, hazard.getSupervision().getLiftedAt());
		Hazard general = rectifying(general());
		refused("lifecycle.requestListedOnly", general, () -> lifecycle.requestAcceptance(general, rectifier, AT, null));
	}

	// issue 15, item 5: who extends

	@Test
	void theMineExtendsItsOwnGeneralHazardsTheSupervisingRegulatorMajorAndListedOnes() {
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		mine.setId(UUID.randomUUID().toString());
		mine.setName("钱家营矿");
		Person manager = person("孙矿长", null);
		manager.setMine(mine);
		Person safetyOfficer = person("周安全员", null);
		safetyOfficer.setMine(mine);

		Hazard own = general();
		own.setMine(mine);
		own.setSource(HazardSource.PATROL);
		own.setFoundBy(safetyOfficer);
		rectifying(own);
		LifecycleException byRegulator = refused("lifecycle.extensionByMine", own,
				() -> lifecycle.extendDeadline(own, LocalDate.of(2021, 8, 1), "备件未到", checker, safetyOfficer, AT));
		assertTrue(byRegulator.getMessage().contains("钱家营矿"), byRegulator.getMessage());
		lifecycle.extendDeadline(own, LocalDate.of(2021, 8, 1), "备件未到", manager, safetyOfficer, AT);
		assertEquals(manager, own.getExtensions().get(0).getApprovedBy());

		Hazard major = major();
		major.setMine(mine);
		major.setFoundBy(safetyOfficer);
		rectifying(major);
		refused("lifecycle.extensionApprover", major, () -> lifecycle.extendDeadline(major, LocalDate.of(2021, 8, 1), "抽采钻孔未完", manager, safetyOfficer, AT));
		lifecycle.extendDeadline(major, LocalDate.of(2021, 8, 1), "抽采钻孔未完", checker, safetyOfficer, AT);

		Hazard foundByRegulator = rectifying(general());
		foundByRegulator.setMine(mine);
		refused("lifecycle.extensionApprover", foundByRegulator,
				() -> lifecycle.extendDeadline(foundByRegulator, LocalDate.of(2021, 8, 1), "备件未到", manager, manager, AT));
	}

	@Test
	void aHazardFoundInAnInspectionIsFixedOnTheSpotWithEvidence() {
		Hazard hazard = general();
		lifecycle.fixOnSpot(hazard, photos(), inspector, AT, "当场整改");
		assertEquals(HazardState.CLOSED, hazard.getState());
		assertTrue(hazard.isFixedOnSpot());
		assertEquals(List.of("FOUND>CLOSED"), steps(hazard));
	}

	@Test
	void aFailedAcceptanceReturnsTheHazardToRectifying() {
		Hazard hazard = rectifying(general());
		lifecycle.accept(hazard, checker, false, "仍有积水", photos(), photos(), checker, AT);
		assertEquals(HazardState.RECTIFYING, hazard.getState());
		assertFalse(hazard.getAcceptances().get(0).isPassed());
		lifecycle.accept(hazard, checker, true, null, photos(), photos(), checker, AT);
		assertEquals(HazardState.ACCEPTED, hazard.getState());
	}

	@Test
	void anApprovedExtensionMovesTheDeadlineAndKeepsTheState() {
		Hazard hazard = rectifying(general());
		lifecycle.extendDeadline(hazard, LocalDate.of(2021, 8, 1), "设备到货延迟", checker, inspector, AT);
		assertEquals(LocalDate.of(2021, 8, 1), hazard.getRectification().getDeadline());
		assertEquals(LocalDate.of(2021, 7, 1), hazard.getExtensions().get(0).getPreviousDeadline());
		assertEquals(HazardState.RECTIFYING, hazard.getState());
	}

	// one refusal per rule; each leaves the hazard as it was

	@Test
	void stepsOutOfOrderAreRefused() {
		Hazard hazard = general();
		refused("lifecycle.order", hazard, () -> lifecycle.close(hazard, checker, AT, null));
		refused("lifecycle.order", hazard, () -> lifecycle.startRectification(hazard, inspector, AT, null));
		Hazard registered = general();
		lifecycle.register(registered, inspector, AT, null);
		refused("lifecycle.order", registered, () -> lifecycle.register(registered, inspector, AT, null));
	}

	@Test
	void aGeneralHazardNeedsAResponsiblePersonMeasuresAndADeadlineBeforeRectification() {
		Hazard hazard = general();
		hazard.getRectification().setMeasures(null);
		lifecycle.register(hazard, inspector, AT, null);
		refused("hazard.generalResponsibility", hazard, () -> lifecycle.startRectification(hazard, inspector, AT, null));
	}

	@Test
	void aMajorHazardNeedsAllFiveInPlaceBeforeRectification() {
		Hazard hazard = major();
		hazard.getRectification().setFunds(null);
		lifecycle.register(hazard, inspector, AT, null);
		LifecycleException refusal = refused("hazard.majorFiveInPlace", hazard, () -> lifecycle.startRectification(hazard, inspector, AT, null));
		assertTrue(refusal.getMessage().toLowerCase(Locale.ROOT).contains("fund"), refusal.getMessage());
	}

	@Test
	void aMajorHazardNeedsTheWholeRectificationPlanBeforeRectification() {
		Hazard hazard = major();
		hazard.getPlan().setSafetyMeasures(" ");
		lifecycle.register(hazard, inspector, AT, null);
		refused("hazard.majorPlan", hazard, () -> lifecycle.startRectification(hazard, inspector, AT, null));
	}

	@Test
	void aMajorHazardIsNotAcceptedBeforeListedSupervision() {
		Hazard hazard = rectifying(major());
		refused("lifecycle.majorNeedsSupervision", hazard, () -> lifecycle.accept(hazard, checker, true, null, photos(), photos(), checker, AT));
	}

	@Test
	void onlyAMajorHazardIsListedForSupervisionAndTheListingIsComplete() {
		Hazard general = rectifying(general());
		refused("lifecycle.supervisionMajorOnly", general, () -> lifecycle.listForSupervision(general, state, "1号", stateOfficial, AT, null));
		Hazard major = rectifying(major());
		refused("lifecycle.supervisionListing", major, () -> lifecycle.listForSupervision(major, state, " ", stateOfficial, AT, null));
	}

	@Test
	void theRectifierDoesNotAcceptTheirOwnWork() {
		Hazard hazard = rectifying(general());
		refused("acceptance.notRectifier", hazard, () -> lifecycle.accept(hazard, rectifier, true, null, photos(), photos(), rectifier, AT));
	}

	@Test
	void anAcceptanceNeedsPhotosBeforeAndAfter() {
		Hazard hazard = rectifying(general());
		refused("lifecycle.acceptancePhotos", hazard, () -> lifecycle.accept(hazard, checker, true, null, photos(), List.of(), checker, AT));
	}

	@Test
	void closingNeedsAPassedAcceptance() {
		Hazard hazard = rectifying(general());
		hazard.setState(HazardState.ACCEPTED); // as a wrong import would leave it: accepted without an acceptance
		refused("hazard.closedAccepted", hazard, () -> lifecycle.close(hazard, checker, AT, null));
	}

	// issue 15, item 6: fixed on the spot on a patrol or by the mine's staff too

	@Test
	void aHazardFoundByAnInspectionAPatrolOrTheMinesStaffIsFixedOnTheSpotButNeverAMajorOne() {
		Hazard patrol = general();
		patrol.setSource(HazardSource.PATROL);
		lifecycle.fixOnSpot(patrol, photos(), inspector, AT, "巡查当场整改");
		assertEquals(HazardState.CLOSED, patrol.getState());
		assertTrue(patrol.isFixedOnSpot());

		Mine mine = RegistryFactory.eINSTANCE.createMine();
		mine.setId(UUID.randomUUID().toString());
		Person staff = person("吴班长", null);
		staff.setMine(mine);
		Hazard byStaff = general();
		byStaff.setSource(HazardSource.OTHER);
		byStaff.setMine(mine);
		byStaff.setFoundBy(staff);
		assertEquals(java.util.Set.of("register", "fixOnSpot"), lifecycle.allowedSteps(byStaff));
		lifecycle.fixOnSpot(byStaff, photos(), staff, AT, "班组当场处理");
		assertEquals(HazardState.CLOSED, byStaff.getState());

		Hazard reported = general();
		reported.setSource(HazardSource.REPORT); // a tip-off, checked by the regulator: not fixed before anyone looked
		refused("lifecycle.fixOnSpotWhere", reported, () -> lifecycle.fixOnSpot(reported, photos(), inspector, AT, null));
		Hazard major = major();
		refused("lifecycle.fixOnSpotGeneral", major, () -> lifecycle.fixOnSpot(major, photos(), inspector, AT, null));
		Hazard noEvidence = general();
		refused("hazard.closedAccepted", noEvidence, () -> lifecycle.fixOnSpot(noEvidence, List.of(), inspector, AT, null));
	}

	@Test
	void anExtensionNeedsAReasonTheSupervisorsApprovalAndALaterDeadline() {
		Hazard hazard = rectifying(general());
		refused("lifecycle.extensionReason", hazard, () -> lifecycle.extendDeadline(hazard, LocalDate.of(2021, 8, 1), " ", checker, inspector, AT));
		refused("lifecycle.extensionApprover", hazard,
				() -> lifecycle.extendDeadline(hazard, LocalDate.of(2021, 8, 1), "设备到货延迟", stateOfficial, inspector, AT));
		refused("extension.later", hazard, () -> lifecycle.extendDeadline(hazard, LocalDate.of(2021, 6, 15), "设备到货延迟", checker, inspector, AT));
		Hazard supervised = rectifying(major());
		lifecycle.listForSupervision(supervised, state, "2号", stateOfficial, AT, null);
		refused("lifecycle.extensionApprover", supervised,
				() -> lifecycle.extendDeadline(supervised, LocalDate.of(2021, 8, 1), "设备到货延迟", checker, inspector, AT));
		lifecycle.extendDeadline(supervised, LocalDate.of(2021, 8, 1), "设备到货延迟", stateOfficial, inspector, AT);
	}

	@Test
	void theAllowedStepsFollowTheStateAndTheGrade() {
		Hazard general = general();
		assertEquals(java.util.Set.of("register", "fixOnSpot"), lifecycle.allowedSteps(general));
		Hazard major = rectifying(major());
		assertEquals(java.util.Set.of("listForSupervision", "extendDeadline"), lifecycle.allowedSteps(major));
		lifecycle.listForSupervision(major, state, "3号", stateOfficial, AT, null);
		assertEquals(java.util.Set.of("requestAcceptance", "extendDeadline"), lifecycle.allowedSteps(major));
		lifecycle.requestAcceptance(major, rectifier, AT, null);
		assertEquals(java.util.Set.of("accept", "extendDeadline"), lifecycle.allowedSteps(major));
	}

	private LifecycleException refused(String rule, Hazard hazard, Executable step) {
		Hazard before = EcoreUtil.copy(hazard);
		LifecycleException refusal = assertThrows(LifecycleException.class, step);
		assertEquals(rule, refusal.rule(), refusal.getMessage());
		assertFalse(refusal.getMessage().isBlank());
		assertTrue(EcoreUtil.equals(before, hazard), "a refused step changes nothing");
		return refusal;
	}

	private Hazard registered(Hazard hazard) {
		lifecycle.register(hazard, inspector, AT, null);
		return hazard;
	}

	private Hazard rectifying(Hazard hazard) {
		lifecycle.register(hazard, inspector, AT, null);
		lifecycle.startRectification(hazard, inspector, AT, null);
		return hazard;
	}

	private Hazard general() {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setId(UUID.randomUUID().toString());
		hazard.setOwner(county);
		hazard.setGrade(HazardGrade.GENERAL);
		hazard.setSource(HazardSource.INSPECTION);
		hazard.setState(HazardState.FOUND);
		hazard.setDescription("回风巷积水");
		Rectification rectification = HazardFactory.eINSTANCE.createRectification();
		rectification.setResponsiblePerson(rectifier);
		rectification.setMeasures("排水，加固");
		rectification.setDeadline(LocalDate.of(2021, 7, 1));
		hazard.setRectification(rectification);
		return hazard;
	}

	private Hazard major() {
		Hazard hazard = general();
		hazard.setGrade(HazardGrade.MAJOR);
		Citation citation = HazardFactory.eINSTANCE.createCitation();
		citation.setStandard("煤矿重大事故隐患判定标准");
		citation.setEdition("2020");
		citation.setItem("第六条（一）");
		hazard.setCitation(citation);
		hazard.setAreaStopped(true);
		hazard.setPeopleWithdrawn(true);
		Rectification r = hazard.getRectification();
		r.setResponsibleUnit("矿井通风科");
		r.setFunds(new BigDecimal("120.5"));
		r.setContingencyPlan("撤人预案");
		RectificationPlan plan = HazardFactory.eINSTANCE.createRectificationPlan();
		plan.setGoalsAndTasks("消除瓦斯超限");
		plan.setMethodsAndMeasures("抽采");
		plan.setFundsAndMaterials("120.5 万元");
		plan.setResponsibleBodies("通风科");
		plan.setTimeLimit("30 日");
		plan.setSafetyMeasures("停产撤人");
		hazard.setPlan(plan);
		return hazard;
	}

	private static List<Attachment> photos() {
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		photo.setId(UUID.randomUUID().toString());
		photo.setFileName("photo.jpg");
		photo.setSha256("0".repeat(64));
		return List.of(photo);
	}

	private static Agency agency(String name) {
		Agency agency = JurisdictionFactory.eINSTANCE.createAgency();
		agency.setId(UUID.randomUUID().toString());
		AgencyName named = JurisdictionFactory.eINSTANCE.createAgencyName();
		named.setName(name);
		named.setValidFrom(LocalDate.of(2018, 1, 1));
		agency.getNames().add(named);
		return agency;
	}

	private static Person person(String name, Agency agency) {
		Person person = PeopleFactory.eINSTANCE.createPerson();
		person.setId(UUID.randomUUID().toString());
		person.setName(name);
		person.setAgency(agency);
		return person;
	}

	private static List<String> steps(Hazard hazard) {
		return hazard.getTransitions().stream().map(t -> t.getFrom() + ">" + t.getTo()).toList();
	}
}
