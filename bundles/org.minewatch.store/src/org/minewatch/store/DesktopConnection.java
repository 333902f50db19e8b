package org.minewatch.store;

import java.util.Arrays;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.core.StoreException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Which database this desktop uses (a setting of the installation, configuration scope) and, for a shared one, the
 * password the person gave at this start: held by this component only, in memory, for this session. The store
 * component reads it when it connects.
 */
@Component(service = DesktopDatabase.class)
public final class DesktopConnection implements DesktopDatabase {

	private static final String NODE = "org.minewatch.store"; //$NON-NLS-1$
	private static final String URL = "database.url"; //$NON-NLS-1$
	private static final String USER = "database.user"; //$NON-NLS-1$

	private char[] password;

	@Override
	public Setting setting() {
		Preferences node = ConfigurationScope.INSTANCE.getNode(NODE);
		return new Setting(node.get(URL, ""), node.get(USER, "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void save(Setting setting) {
		Preferences node = ConfigurationScope.INSTANCE.getNode(NODE);
		node.put(URL, setting.url());
		node.put(USER, setting.user());
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw Texts.failure("setting.notSaved", e, e.getMessage()); //$NON-NLS-1$
		}
	}

	@Override
	public synchronized boolean needsPassword() {
		return setting().isShared() && password == null;
	}

	@Override
	public synchronized void givePassword(char[] given) {
		password = given == null ? null : Arrays.copyOf(given, given.length);
	}

	/** The password given at this start, or null; for the store component of this bundle only. */
	synchronized String password() {
		return password == null ? null : new String(password);
	}
}
