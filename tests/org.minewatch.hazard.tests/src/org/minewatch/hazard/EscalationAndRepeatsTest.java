package org.minewatch.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minewatch.model.base.BaseFactory;
import org.minewatch.model.base.Term;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.hazard.Transition;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionFactory;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineArea;
import org.minewatch.model.registry.RegistryFactory;

/** Overdue hazards, the escalation of an overdue major one, the state agency for the area, repeat offences and the honesty check, on crafted data. */
class EscalationAndRepeatsTest {

	private static final LocalDate DEADLINE = LocalDate.of(2021, 6, 30);

	private final Jurisdiction province = division("130000", JurisdictionLevel.PROVINCE, null);
	private final Jurisdiction city = division("130200", JurisdictionLevel.PREFECTURE, province);
	private final Jurisdiction county = division("130204", JurisdictionLevel.COUNTY, city);
	private final Agency provincial = agency(AgencyKind.LOCAL_REGULATOR, null, province);
	private final Agency municipal = agency(AgencyKind.LOCAL_REGULATOR, provincial, city);
	private final Agency countyRegulator = agency(AgencyKind.LOCAL_REGULATOR, municipal, county);
	private final Agency stateProvincial = agency(AgencyKind.PROVINCIAL_SUPERVISION_BUREAU, null, province);
	private final Agency stateSub = agency(AgencyKind.SUPERVISION_SUB_BUREAU, stateProvincial, city);

	@Test
	void aHazardUnderRectificationPastItsDeadlineIsOverdueAndOneDueSoonIsInTheDigest() {
		Hazard hazard = open(HazardGrade.GENERAL);
		assertEquals(0, Escalation.daysOverdue(hazard, DEADLINE));
		assertEquals(3, Escalation.daysOverdue(hazard, DEADLINE.plusDays(3)));
		assertTrue(Escalation.dueThisWeek(hazard, DEADLINE.minusDays(6)));
		assertFalse(Escalation.dueThisWeek(hazard, DEADLINE.minusDays(7)));
		assertFalse(Escalation.dueThisWeek(hazard, DEADLINE.plusDays(1)), "overdue is not due");
		hazard.setState(HazardState.CLOSED);
		assertEquals(0, Escalation.daysOverdue(hazard, DEADLINE.plusDays(30)), "a closed hazard is never overdue");
	}

	@Test
	void anOverdueMajorHazardClimbsFromTheCountyToTheCityToTheProvince() {
		Hazard major = open(HazardGrade.MAJOR);
		assertEquals(List.of(), Escalation.localChain(major, DEADLINE, 7));
		assertEquals(List.of(countyRegulator), Escalation.localChain(major, DEADLINE.plusDays(1), 7));
		assertEquals(List.of(countyRegulator), Escalation.localChain(major, DEADLINE.plusDays(7), 7));
		assertEquals(List.of(countyRegulator, municipal), Escalation.localChain(major, DEADLINE.plusDays(8), 7));
		assertEquals(List.of(countyRegulator, municipal, provincial), Escalation.localChain(major, DEADLINE.plusDays(15), 7));
		assertEquals(List.of(countyRegulator, municipal, provincial), Escalation.localChain(major, DEADLINE.plusDays(400), 7), "the province is the top");
		assertEquals(List.of(countyRegulator), Escalation.localChain(open(HazardGrade.GENERAL), DEADLINE.plusDays(400), 7), "a general hazard stays with its owner");
		assertEquals(stateSub, Escalation.stateAgency(List.of(stateProvincial, stateSub, countyRegulator), major.getMine()).orElseThrow());
		assertEquals(stateProvincial, Escalation.stateAgency(List.of(stateProvincial, countyRegulator), major.getMine()).orElseThrow());
	}

	@Test
	void aHazardLikeOneClosedAtTheSameMineWithinTheWindowIsARepeat() {
		Mine mine = mine();
		MineArea face = area("1201 综采工作面");
		Hazard closed = closedAt(mine, face, "gas", Instant.parse("2021-03-01T02:00:00Z"));
		Hazard again = found(mine, face, "gas", Instant.parse("2021-09-01T02:00:00Z"));
		assertEquals(closed, Repeats.repeatOf(again, List.of(closed, again), 365).orElseThrow());
		assertTrue(Repeats.repeatOf(again, List.of(closed), 90).isEmpty(), "outside the bureau's window");
		assertTrue(Repeats.repeatOf(found(mine, area("另一工作面"), "gas", again.getFoundAt()), List.of(closed), 365).isEmpty(), "another face");
		assertTrue(Repeats.repeatOf(found(mine, face, "water", again.getFoundAt()), List.of(closed), 365).isEmpty(), "another kind of hazard");
		assertTrue(Repeats.repeatOf(found(mine(), face, "gas", again.getFoundAt()), List.of(closed), 365).isEmpty(), "another mine");

		Hazard cited = found(mine, face, "other", again.getFoundAt());
		cited.setCitation(citation("3"));
		closed.setCitation(citation("3"));
		assertEquals(closed, Repeats.repeatOf(cited, List.of(closed), 365).orElseThrow(), "the same cited item counts like the same category");
	}

	@Test
	void majorHazardsRegulatorsFoundThatTheSelfInspectionOfTheRoundDidNotReportAreNamed() {
		Mine mine = mine();
		MineArea face = area("1201 综采工作面");
		Hazard reportedByMine = found(mine, face, "gas", Instant.parse("2021-05-01T02:00:00Z"));
		reportedByMine.setSourceInspection(inspection(InspectionKind.SELF_INSPECTION));
		Hazard sameFoundByRegulator = found(mine, face, "gas", Instant.parse("2021-05-10T02:00:00Z"));
		sameFoundByRegulator.setGrade(HazardGrade.MAJOR);
		sameFoundByRegulator.setSourceInspection(inspection(InspectionKind.REGULATORY_INVESTIGATION));
		Hazard hidden = found(mine, face, "water", Instant.parse("2021-05-10T02:00:00Z"));
		hidden.setGrade(HazardGrade.MAJOR);
		hidden.setSourceInspection(inspection(InspectionKind.STATE_ENFORCEMENT));
		Hazard minorHidden = found(mine, face, "dust", Instant.parse("2021-05-10T02:00:00Z"));
		minorHidden.setGrade(HazardGrade.GENERAL);
		minorHidden.setSourceInspection(inspection(InspectionKind.STATE_ENFORCEMENT));

		assertEquals(List.of(hidden), Honesty.unreported(List.of(reportedByMine, sameFoundByRegulator, hidden, minorHidden)));
	}

	private static Inspection inspection(InspectionKind kind) {
		Inspection inspection = InspectionFactory.eINSTANCE.createInspection();
		inspection.setId(UUID.randomUUID().toString());
		inspection.setKind(kind);
		return inspection;
	}

	private Hazard open(HazardGrade grade) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setId(UUID.randomUUID().toString());
		hazard.setGrade(grade);
		hazard.setState(HazardState.RECTIFYING);
		hazard.setOwner(countyRegulator);
		hazard.setMine(mine());
		Rectification rectification = HazardFactory.eINSTANCE.createRectification();
		rectification.setDeadline(DEADLINE);
		hazard.setRectification(rectification);
		return hazard;
	}

	private Mine mine() {
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		mine.setId(UUID.randomUUID().toString());
		mine.setCounty(county);
		mine.setProvince(province);
		return mine;
	}

	private static MineArea area(String name) {
		MineArea area = RegistryFactory.eINSTANCE.createMineArea();
		area.setId(UUID.randomUUID().toString());
		area.setName(name);
		return area;
	}

	private static Hazard found(Mine mine, MineArea area, String category, Instant at) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setId(UUID.randomUUID().toString());
		hazard.setMine(mine);
		hazard.setArea(area);
		hazard.setCategory(term(category));
		hazard.setFoundAt(at);
		hazard.setState(HazardState.FOUND);
		return hazard;
	}

	private static Hazard closedAt(Mine mine, MineArea area, String category, Instant at) {
		Hazard hazard = found(mine, area, category, at.minusSeconds(86_400 * 30));
		hazard.setState(HazardState.CLOSED);
		Transition closing = HazardFactory.eINSTANCE.createTransition();
		closing.setFrom(HazardState.ACCEPTED);
		closing.setTo(HazardState.CLOSED);
		closing.setAt(at);
		hazard.getTransitions().add(closing);
		return hazard;
	}

	private static Term term(String code) {
		Term term = BaseFactory.eINSTANCE.createTerm();
		term.setCode(code);
		term.setLabelZh(code);
		return term;
	}

	private static Citation citation(String item) {
		Citation citation = HazardFactory.eINSTANCE.createCitation();
		citation.setStandard("煤矿重大事故隐患判定标准");
		citation.setEdition("2020");
		citation.setItem(item);
		return citation;
	}

	private static Jurisdiction division(String code, JurisdictionLevel level, Jurisdiction parent) {
		Jurisdiction division = JurisdictionFactory.eINSTANCE.createJurisdiction();
		division.setCode(code);
		division.setKey(code);
		division.setName(code);
		division.setLevel(level);
		if (parent != null) {
			parent.getChildren().add(division);
		}
		return division;
	}

	private static Agency agency(AgencyKind kind, Agency parent, Jurisdiction covers) {
		Agency agency = JurisdictionFactory.eINSTANCE.createAgency();
		agency.setId(UUID.randomUUID().toString());
		agency.setKind(kind);
		agency.setParent(parent);
		agency.getCovers().add(covers);
		return agency;
	}
}
