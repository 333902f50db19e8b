package org.minewatch.desk.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The person chosen to act at this desktop (File > Acting Person), kept in the person's own preferences (their
 * data area) for the next starts, until people sign in. Node and key are those the first versions wrote.
 */
public final class ActingChoice {

	private static final String NODE = "org.minewatch.registry.ui"; //$NON-NLS-1$
	private static final String KEY = "actingPerson"; //$NON-NLS-1$

	/** The person chosen at this desktop, or null. */
	public static String chosen() {
		return preferences().get(KEY, null);
	}

	public static void choose(String personId) {
		Preferences preferences = preferences();
		preferences.put(KEY, personId);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(ActingChoice.class).warn("The acting person is used now but could not be kept for the next start: " + e.getMessage()); //$NON-NLS-1$
		}
	}

	private static Preferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	private ActingChoice() {
	}
}
