package org.minewatch.store.connection;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Which database a desktop uses: its own embedded one (no URL), or a bureau's shared one at a URL
 * with the person's own account. The URL and account are settings of the desktop (configuration
 * scope) and take effect at the next start. The password is never written to disk: the person
 * gives it at start, and it is kept in memory for that session only.
 *
 * @param url  e.g. jdbc:derby://10.1.2.3:1527//srv/minewatch/minewatch; empty for the embedded database
 * @param user the person's database account
 */
public record DesktopConnection(String url, String user) {

	private static final String NODE = "org.minewatch.store"; //$NON-NLS-1$
	private static final String URL = "database.url"; //$NON-NLS-1$
	private static final String USER = "database.user"; //$NON-NLS-1$
	private static final AtomicReference<String> SESSION_PASSWORD = new AtomicReference<>();

	public static final DesktopConnection EMBEDDED = new DesktopConnection("", ""); //$NON-NLS-1$ //$NON-NLS-2$

	public boolean isShared() {
		return url != null && !url.isBlank();
	}

	/** The desktop's setting, or {@link #EMBEDDED}. */
	public static DesktopConnection load() {
		Preferences node = ConfigurationScope.INSTANCE.getNode(NODE);
		String url = node.get(URL, ""); //$NON-NLS-1$
		return url.isBlank() ? EMBEDDED : new DesktopConnection(url, node.get(USER, "")); //$NON-NLS-1$
	}

	/** Saves this setting for the desktop. */
	public void save() {
		Preferences node = ConfigurationScope.INSTANCE.getNode(NODE);
		node.put(URL, url == null ? "" : url.strip()); //$NON-NLS-1$
		node.put(USER, user == null ? "" : user.strip()); //$NON-NLS-1$
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("the database setting cannot be saved: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** The password the person gave at this start (kept in memory only). */
	public static void usePassword(String password) {
		SESSION_PASSWORD.set(password);
	}

	/** The password given at this start, or null. */
	public static String password() {
		return SESSION_PASSWORD.get();
	}
}
