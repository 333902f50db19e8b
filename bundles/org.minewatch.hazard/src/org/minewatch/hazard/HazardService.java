package org.minewatch.hazard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minewatch.core.Actor;
import org.minewatch.core.BureauSettings;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.model.base.Record;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
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

	/**
	 * Enters a hazard as found and registers it: found by the actor unless it names who found it, now unless
	 * it says when; marked as a repeat (屡查屡犯) of the closed hazard of its mine that it matches within the
	 * bureau's window ({@link Repeats#WINDOW_DAYS_SETTING}).
	 */
	public Hazard register(Actor actor, Locale locale, Hazard hazard, String reason) {
		return store.write(actor, session -> register(session, locale, hazard, reason));
	}

	/** As {@link #register(Actor, Locale, Hazard, String)}, inside a unit of work that does more (an inspection's answer). */
	public Hazard register(Session session, Locale locale, Hazard hazard, String reason) {
		Person by = found(session, hazard);
		new Lifecycle(locale).register(hazard, by, store.clock().instant(), reason);
		return session.create(hazard);
	}

	/**
	 * Enters a hazard an inspection found and fixed on the spot (当场整改), closed with the evidence; inside the
	 * inspection's unit of work. Refused with the rule when the lifecycle forbids it (a major hazard).
	 */
	public Hazard fixedOnSpot(Session session, Locale locale, Hazard hazard, java.util.List<org.minewatch.model.inspection.Attachment> evidence, String reason) {
		Person by = found(session, hazard);
		new Lifecycle(locale).fixOnSpot(hazard, evidence, by, store.clock().instant(), reason);
		return session.create(hazard);
	}

	/** Found by the actor unless it says who, now unless it says when; marked as a repeat within the bureau's window. */
	private Person found(Session session, Hazard hazard) {
		Person by = session.get(Person.class, session.actor().personId());
		if (hazard.getFoundBy() == null) {
			hazard.setFoundBy(by);
		}
		if (hazard.getFoundAt() == null) {
			hazard.setFoundAt(store.clock().instant());
		}
		hazard.setState(HazardState.FOUND);
		if (hazard.getMine() != null) {
			int window = BureauSettings.integer(session, Repeats.WINDOW_DAYS_SETTING, Repeats.DEFAULT_WINDOW_DAYS);
			Repeats.repeatOf(hazard, closedAt(session, hazard.getMine().getId()), window).ifPresent(hazard::setRepeatOf);
		}
		return by;
	}

	/** Takes one step on the stored hazard; refused with {@link LifecycleException} (nothing written) when a rule forbids it. */
	public Hazard take(Actor actor, Locale locale, String hazardId, Step step) {
		return store.write(actor, session -> {
			Hazard hazard = session.get(Hazard.class, hazardId);
			step.take(new Lifecycle(locale), hazard, session.get(Person.class, actor.personId()), store.clock().instant(), session);
			return session.update(hazard);
		});
	}

	/** How many of a mine's hazards (not voided) repeat an earlier one. */
	public long repeats(Actor actor, String mineId) {
		return store.read(actor, session -> allOf(session, Query.of(Hazard.class).where("mine", mineId)).stream() //$NON-NLS-1$
				.filter(h -> h.getRepeatOf() != null).count());
	}

	/** How many hazards of an enterprise's mines repeat an earlier one. */
	public long repeatsOfEnterprise(Actor actor, String enterpriseId) {
		List<String> mines = store.read(actor, session -> allRows(session, Query.of(Mine.class).where("enterprise", enterpriseId))); //$NON-NLS-1$
		return mines.stream().mapToLong(mine -> repeats(actor, mine)).sum();
	}

	private static List<Hazard> closedAt(Session session, String mineId) {
		return allOf(session, Query.of(Hazard.class).where("mine", mineId).where("state", HazardState.CLOSED)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static <R extends Record> List<R> allOf(Session session, Query<R> query) {
		List<R> all = new ArrayList<>();
		for (PageRequest page = PageRequest.first(500); page != null;) {
			Page<R> found = session.query(query, page);
			all.addAll(found.items());
			page = found.next();
		}
		return all;
	}

	private static List<String> allRows(Session session, Query<?> query) {
		List<String> ids = new ArrayList<>();
		for (PageRequest page = PageRequest.first(1000); page != null;) {
			Page<IndexRow> found = session.rows(query, page);
			found.items().forEach(row -> ids.add(row.id()));
			page = found.next();
		}
		return ids;
	}

	/** Voids a wrongly registered hazard with the reason: it stays in the register, marked void. */
	public Hazard voidHazard(Actor actor, String hazardId, String reason) {
		return store.write(actor, session -> session.voidRecord(session.get(Hazard.class, hazardId), reason));
	}
}
