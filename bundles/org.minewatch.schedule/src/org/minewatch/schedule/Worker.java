package org.minewatch.schedule;

import java.util.Objects;
import java.util.Set;

/** A person who can take duties: their agency, specialities (vocabulary codes) and the days they are away (leave). */
public record Worker(String personId, String name, String agencyId, Set<String> specialities, Set<java.time.LocalDate> away) {

	public Worker {
		Objects.requireNonNull(personId);
		specialities = Set.copyOf(specialities);
		away = Set.copyOf(away);
	}
}
