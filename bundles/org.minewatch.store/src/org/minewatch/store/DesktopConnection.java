package org.minewatch.store;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.core.StoreException;
import org.minewatch.model.time.Zones;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * Which database this desktop uses (a setting of the installation, configuration scope) and, for a shared one, the
 * password the person gave at this start: held by this component only, in memory, for this session. The store
 * component reads it when it connects; a person's change of their own password replaces it, here and in the open
 * store, for the rest of the session.
 */
@Component(service = DesktopDatabase.class)
public final class DesktopConnection implements DesktopDatabase {

	private static final String NODE = "org.minewatch.store"; //$NON-NLS-1$
	private static final String URL = "database.url"; //$NON-NLS-1$
	private static final String USER = "database.user"; //$NON-NLS-1$

	private char[] password;

	/** The shared database the password is for (the setting when it was given), or null. */
	private Setting passwordFor;

	/** Who is told a changed password: the open store of the shared database, or null. */
	private Consumer<String> changed;

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
		passwordFor = given == null ? null : setting();
	}

	@Override
	public synchronized boolean canChangePassword() {
		return password != null && passwordFor != null && passwordFor.isShared();
	}

	@Override
	public void changePassword(char[] oldPassword, char[] newPassword) {
		Setting account;
		synchronized (this) {
			if (!canChangePassword()) {
				throw Texts.refusal("password.notShared"); //$NON-NLS-1$
			}
			account = passwordFor; // the account this session signed in with, even if the setting changed for the next start
		}
		String given = new String(newPassword);
		JdbcStore.changePassword(account.url(), account.user(), new String(oldPassword), given, Zones.systemClock());
		Consumer<String> tell;
		synchronized (this) {
			password = Arrays.copyOf(newPassword, newPassword.length);
			tell = changed;
		}
		if (tell != null) {
			tell.accept(given); // the open store's next connections sign in with the new password
		}
	}

	/** The store component of this bundle, connected to the shared database, is told when the password changes. */
	synchronized void whenPasswordChanged(Consumer<String> listener) {
		changed = listener;
	}

	/** The password given at this start, or null; for the store component of this bundle only. */
	synchronized String password() {
		return password == null ? null : new String(password);
	}
}
