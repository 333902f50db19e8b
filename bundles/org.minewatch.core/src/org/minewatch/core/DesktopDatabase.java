package org.minewatch.core;

/**
 * Which database a desktop uses, as a service: its own embedded one, or a bureau's shared one at a URL with the
 * person's own account. The setting takes effect at the next start. The password is given at each start and kept
 * in memory by the service for that session only: never in a file, never in a static field.
 */
public interface DesktopDatabase {

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
}
