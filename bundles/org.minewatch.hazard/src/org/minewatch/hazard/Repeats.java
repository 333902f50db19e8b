package org.minewatch.hazard;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Transition;

/**
 * Repeat offences (屡查屡犯): a hazard that matches one closed at the same mine within the bureau's
 * window ({@value #WINDOW_DAYS_SETTING}): the same citation (standard and item) or the same category,
 * in the same area or working face (or, without one, at the same place in words).
 */
public final class Repeats {

	/**
	 * The bureau setting: how many days after a hazard was closed a matching one counts as a repeat. A local choice
	 * of the bureau, not a rule: no source sets the window (docs/hazards.md).
	 */
	public static final String WINDOW_DAYS_SETTING = "hazard.repeat.windowDays"; //$NON-NLS-1$
	public static final int DEFAULT_WINDOW_DAYS = 365;

	/** The most recently closed hazard of the same mine that {@code found} repeats, if any. */
	public static Optional<Hazard> repeatOf(Hazard found, Collection<Hazard> sameMine, int windowDays) {
		Instant foundAt = found.getFoundAt();
		return sameMine.stream().filter(h -> h != found && h.getState() == HazardState.CLOSED && sameMine(h, found) && sameKind(h, found) && samePlace(h, found))
				.filter(h -> closedAt(h) != null && foundAt != null && !closedAt(h).isAfter(foundAt)
						&& Duration.between(closedAt(h), foundAt).toDays() <= windowDays)
				.max(Comparator.comparing(Repeats::closedAt));
	}

	/** When the hazard was closed: its last transition to closed. */
	static Instant closedAt(Hazard hazard) {
		Instant closed = null;
		for (Transition t : hazard.getTransitions()) {
			if (t.getTo() == HazardState.CLOSED) {
				closed = t.getAt();
			}
		}
		return closed;
	}

	private static boolean sameMine(Hazard a, Hazard b) {
		return a.getMine() != null && b.getMine() != null && Objects.equals(a.getMine().getId(), b.getMine().getId());
	}

	/** The same citation (standard and item) or the same category. */
	static boolean sameKind(Hazard a, Hazard b) {
		Citation x = a.getCitation();
		Citation y = b.getCitation();
		boolean citation = x != null && y != null && Objects.equals(x.getStandard(), y.getStandard()) && Objects.equals(x.getItem(), y.getItem());
		boolean category = a.getCategory() != null && b.getCategory() != null && Objects.equals(a.getCategory().getCode(), b.getCategory().getCode());
		return citation || category;
	}

	/** The same area or working face, or without one the same place in words. */
	static boolean samePlace(Hazard a, Hazard b) {
		if (a.getArea() != null || b.getArea() != null) {
			return a.getArea() != null && b.getArea() != null && Objects.equals(a.getArea().getId(), b.getArea().getId());
		}
		return a.getPlace() != null && b.getPlace() != null && a.getPlace().strip().equals(b.getPlace().strip());
	}

	private Repeats() {
	}
}
