package org.minewatch.registry.ui;

import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.minewatch.core.Actor;
import org.minewatch.core.StoreException;
import org.minewatch.registry.Registry;
import org.osgi.service.prefs.Preferences;

/**
 * The person acting at this desktop, kept in the person's own preferences (their data area) until
 * accounts exist: every write records them. Without a choice, the first official of the top agency.
 */
final class ActingPerson {

	static final String PREFERENCE = "actingPerson"; //$NON-NLS-1$
	/** Reads are not audited; they still name who reads. */
	static final Actor READER = new Actor("desktop", "desktop", "desktop"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	static Optional<Actor> resolve(Registry registry) {
		String chosen = preferences().get(PREFERENCE, null);
		if (chosen != null) {
			try {
				return Optional.of(registry.actor(READER, chosen));
			} catch (StoreException e) {
				ILog.of(ActingPerson.class).warn("The acting person " + chosen + " chosen at this desktop cannot act: " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return registry.firstOfficial(READER);
	}

	/** Keeps the choice in the person's preferences for the next starts. */
	static void choose(String personId) {
		Preferences preferences = preferences();
		preferences.put(PREFERENCE, personId);
		try {
			preferences.flush();
		} catch (org.osgi.service.prefs.BackingStoreException e) {
			ILog.of(ActingPerson.class).warn("The acting person is used now but could not be kept for the next start: " + e.getMessage()); //$NON-NLS-1$
		}
	}

	private static Preferences preferences() {
		return InstanceScope.INSTANCE.getNode("org.minewatch.registry.ui"); //$NON-NLS-1$
	}

	private ActingPerson() {
	}
}
