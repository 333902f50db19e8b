package org.minewatch.hazard;

import java.time.Instant;
import java.util.Locale;

import org.minewatch.core.Actor;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.people.Person;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hazard register over the store: hazards entered (by hand, or by an inspection through the
 * checklist area), moved through their {@link Lifecycle} one step per unit of work, and voided with a
 * reason, never deleted. A refused step writes nothing.
 */
@Component(service = HazardService.class)
public final class HazardService {

	/** One lifecycle step, given the lifecycle, the hazard as stored now, who acts and when, and the unit of work (to read persons, agencies). */
	@FunctionalInterface
	public interface Step {
		void take(Lifecycle lifecycle, Hazard hazard, Person by, Instant at, Session session);
	}

	private final Store store;

	@Activate
	public HazardService(@Reference Store store) {
		this.store = store;
	}

	/** Enters a hazard as found and registers it: found by the actor unless it names who found it, now unless it says when. */
	public Hazard register(Actor actor, Locale locale, Hazard hazard, String reason) {
		return store.write(actor, session -> {
			Person by = session.get(Person.class, actor.personId());
			Instant at = store.clock().instant();
			if (hazard.getFoundBy() == null) {
				hazard.setFoundBy(by);
			}
			if (hazard.getFoundAt() == null) {
				hazard.setFoundAt(at);
			}
			hazard.setState(HazardState.FOUND);
			new Lifecycle(locale).register(hazard, by, at, reason);
			return session.create(hazard);
		});
	}

	/** Takes one step on the stored hazard; refused with {@link LifecycleException} (nothing written) when a rule forbids it. */
	public Hazard take(Actor actor, Locale locale, String hazardId, Step step) {
		return store.write(actor, session -> {
			Hazard hazard = session.get(Hazard.class, hazardId);
			step.take(new Lifecycle(locale), hazard, session.get(Person.class, actor.personId()), store.clock().instant(), session);
			return session.update(hazard);
		});
	}

	/** Voids a wrongly registered hazard with the reason: it stays in the register, marked void. */
	public Hazard voidHazard(Actor actor, String hazardId, String reason) {
		return store.write(actor, session -> session.voidRecord(session.get(Hazard.class, hazardId), reason));
	}
}
