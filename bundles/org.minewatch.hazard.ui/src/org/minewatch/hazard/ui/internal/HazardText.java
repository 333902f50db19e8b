package org.minewatch.hazard.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.people.Person;
import org.minewatch.model.time.Zones;
import org.minewatch.ui.ModelText;

/** How the hazard views write states, grades, people, agencies and times. */
public final class HazardText {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA); //$NON-NLS-1$

	public static String state(HazardState state) {
		return ModelText.literal(HazardPackage.Literals.HAZARD_STATE, state);
	}

	public static String grade(HazardGrade grade) {
		return ModelText.literal(HazardPackage.Literals.HAZARD_GRADE, grade);
	}

	public static String person(Person person) {
		return person == null ? "" : person.getName(); //$NON-NLS-1$
	}

	public static String agency(Agency agency, LocalDate day) {
		if (agency == null) {
			return ""; //$NON-NLS-1$
		}
		return agency.getNames().isEmpty() ? agency.getId() : agency.nameOn(day);
	}

	public static String time(Instant at) {
		return at == null ? "" : MINUTE.format(at); //$NON-NLS-1$
	}

	public static String date(LocalDate day) {
		return day == null ? "" : day.toString(); //$NON-NLS-1$
	}

	private HazardText() {
	}
}
