package org.minewatch.core;

/**
 * Which database a desktop uses, as a service: its own embedded one, or a bureau's shared one at a URL with the
 * person's own account. The setting takes effect at the next start. The password is given at each start and kept
 * in memory by the service for that session only: never in a file, never in a static field.
 */
public interface DesktopDatabase {

	/** The fewest characters a person's database password has (the store's password rules; the dialogs name it). */
	int PASSWORD_MINIMUM_LENGTH = 10;

	/**
	 * A desktop's database setting.
	 *
	 * @param url e.g. jdbc:derby://10.1.2.3:1527//srv/minewatch/minewatch; empty for the embedded database
	 * @param user the person's database account
	 */
	record Setting(String url, String user) {

		public static final Setting EMBEDDED = new Setting("", ""); //$NON-NLS-1$ //$NON-NLS-2$

		public Setting {
			url = url == null ? "" : url.strip(); //$NON-NLS-1$
			user = user == null ? "" : user.strip(); //$NON-NLS-1$
		}

		public boolean isShared() {
			return !url.isEmpty();
		}

		/** Why a shared setting cannot be used (no client URL, no account), or null. */
		public String problem() {
			if (!isShared()) {
				return null;
			}
			return !url.startsWith("jdbc:derby://") || user.isEmpty() ? "incomplete" : null; //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The desktop's setting, or {@link Setting#EMBEDDED}. */
	Setting setting();

	/** Saves the setting for the next start; refused with a {@link StoreException} when it cannot be written. */
	void save(Setting setting);

	/** True when the setting is a shared database and no password was given at this start. */
	boolean needsPassword();

	/** The password for the shared database at this start (copied; the caller may clear its array). */
	void givePassword(char[] password);

	/**
	 * True when this session holds a password for a shared database (given at this start, or changed since), so that
	 * the person can change it; false on the embedded database.
	 */
	boolean canChangePassword();

	/**
	 * The person changes the password of the account this session uses on the shared database: signed in with
	 * {@code oldPassword}, the new one meets the password rules; the new one is kept, in memory, for this session's
	 * later connections. Refused with a {@link MinewatchException} in the person's language (a wrong old password, a
	 * weak new one, no shared database). Talks to the database: never call it on the UI thread. The arrays are copied;
	 * the caller may clear them.
	 */
	void changePassword(char[] oldPassword, char[] newPassword);
}
