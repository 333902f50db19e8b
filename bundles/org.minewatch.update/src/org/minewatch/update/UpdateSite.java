package org.minewatch.update;

import java.net.URI;
import java.net.URISyntaxException;

import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The update site this installation updates from and installs provincial plugins from: a preference of the
 * installation (its configuration area), set in the desktop's Preferences or with {@code minewatch admin site --set}.
 */
public final class UpdateSite {

	private static final String NODE = "org.minewatch.update"; //$NON-NLS-1$
	private static final String KEY = "site"; //$NON-NLS-1$

	/** The site set, or null. */
	public static URI get() {
		String value = preferences().get(KEY, null);
		return value == null || value.isBlank() ? null : parse(value);
	}

	/** Sets the site (an http(s): or file: URI, or a folder path); refused when it is not one. */
	public static URI set(String text) {
		URI site = parse(text);
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY, site.toString());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new org.minewatch.core.MinewatchException("update.siteNotSaved", Texts.format("update.siteNotSaved", e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return site;
	}

	/** {@code text} as a site URI: a URI with a scheme, or a local folder. */
	public static URI parse(String text) {
		String value = text == null ? "" : text.strip(); //$NON-NLS-1$
		if (value.isEmpty()) {
			throw Texts.refused("update.noSite"); //$NON-NLS-1$
		}
		try {
			URI uri = new URI(value);
			if (uri.getScheme() != null && uri.getScheme().length() > 1) {
				return uri;
			}
		} catch (URISyntaxException e) {
			// a path, perhaps
		}
		return java.nio.file.Path.of(value).toAbsolutePath().toUri();
	}

	private static IEclipsePreferences preferences() {
		return ConfigurationScope.INSTANCE.getNode(NODE);
	}

	private UpdateSite() {
	}
}
