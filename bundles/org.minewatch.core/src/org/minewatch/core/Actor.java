package org.minewatch.core;

/**
 * Who acts in a unit of work: a person, by id and name, acting for an agency. Until accounts
 * exist it is the person picked in the profile at start; every write records it.
 */
public record Actor(String personId, String name, String agencyId) {

	public Actor {
		if (personId == null || personId.isBlank() || agencyId == null || agencyId.isBlank()) {
			throw new IllegalArgumentException("an actor needs a person and an agency: " + personId + ", " + agencyId); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
