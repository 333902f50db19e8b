package org.minewatch.model.internal;

import java.time.LocalDate;

import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyName;

/** Agencies are renamed: the name in use on a date. */
public final class AgencyNames {

	public static String nameOn(Agency agency, LocalDate date) {
		for (AgencyName name : agency.getNames()) {
			boolean started = name.getValidFrom() == null || !date.isBefore(name.getValidFrom());
			boolean ended = name.getValidTo() != null && !date.isBefore(name.getValidTo());
			if (started && !ended) {
				return name.getName();
			}
		}
		return null;
	}

	private AgencyNames() {
	}
}
