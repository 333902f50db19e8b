package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyName;
import org.minewatch.model.jurisdiction.JurisdictionFactory;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.registry.SupervisionClass;

/** A mine's status and classes as they were on a date; an agency's name as it was. */
class MineHistoryTest {

	@Test
	void statusAndClassificationAsOfADate() {
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		status(mine, "2018-03-01", ProductionStatus.PRODUCING);
		status(mine, "2021-04-10", ProductionStatus.ORDERED_TO_STOP);
		status(mine, "2021-06-20", ProductionStatus.PRODUCING);
		classification(mine, "2021-01-01", SupervisionClass.B);
		classification(mine, "2021-04-01", SupervisionClass.D);

		assertNull(mine.statusOn(LocalDate.parse("2018-02-28")));
		assertEquals(ProductionStatus.PRODUCING, mine.statusOn(LocalDate.parse("2021-04-09")));
		assertEquals(ProductionStatus.ORDERED_TO_STOP, mine.statusOn(LocalDate.parse("2021-04-10")));
		assertEquals(ProductionStatus.PRODUCING, mine.statusOn(LocalDate.parse("2021-12-31")));
		assertEquals(SupervisionClass.B, mine.classificationOn(LocalDate.parse("2021-03-31")).getSupervisionClass());
		assertEquals(SupervisionClass.D, mine.classificationOn(LocalDate.parse("2021-04-01")).getSupervisionClass());
	}

	@Test
	void aRenamedAgencyIsCalledWhatItWasCalledThen() {
		Agency agency = JurisdictionFactory.eINSTANCE.createAgency();
		agency.getNames().add(name("国家煤矿安全监察局", null, "2020-09-01"));
		agency.getNames().add(name("国家矿山安全监察局", "2020-09-01", null));
		assertEquals("国家煤矿安全监察局", agency.nameOn(LocalDate.parse("2020-08-31")));
		assertEquals("国家矿山安全监察局", agency.nameOn(LocalDate.parse("2020-09-01")));
	}

	private static void status(Mine mine, String since, ProductionStatus status) {
		StatusChange change = RegistryFactory.eINSTANCE.createStatusChange();
		change.setSince(LocalDate.parse(since));
		change.setStatus(status);
		mine.getStatusHistory().add(change);
	}

	private static void classification(Mine mine, String since, SupervisionClass supervisionClass) {
		Classification c = RegistryFactory.eINSTANCE.createClassification();
		c.setSince(LocalDate.parse(since));
		c.setSupervisionClass(supervisionClass);
		mine.getClassHistory().add(c);
	}

	private static AgencyName name(String text, String from, String to) {
		AgencyName name = JurisdictionFactory.eINSTANCE.createAgencyName();
		name.setName(text);
		name.setValidFrom(from == null ? null : LocalDate.parse(from));
		name.setValidTo(to == null ? null : LocalDate.parse(to));
		return name;
	}
}
