package org.minewatch.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A bundle's messages in the person's language: {@code <base>.properties} (English) and {@code <base>_zh.properties}
 * (Chinese) beside the bundle's classes, read for {@link Locale#getDefault()} (the desktop's -nl, the JVM's locale for
 * the command line). Headless bundles word their refusals with it; UI bundles use their NLS classes.
 *
 * @param baseName e.g. {@code org.minewatch.checklist.messages}
 * @param loader the class loader of the bundle that holds the files
 */
public record LocalTexts(String baseName, ClassLoader loader) {

	public static LocalTexts of(Class<?> anchor, String baseName) {
		return new LocalTexts(baseName, anchor.getClassLoader());
	}

	/** The message of {@code key} with its arguments, in the default locale. */
	public String format(String key, Object... arguments) {
		return format(Locale.getDefault(), key, arguments);
	}

	/** The message of {@code key} in {@code locale}; a missing key is named rather than lost. */
	public String format(Locale locale, String key, Object... arguments) {
		ResourceBundle messages = ResourceBundle.getBundle(baseName, locale, loader,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		try {
			return new MessageFormat(messages.getString(key), locale).format(arguments);
		} catch (MissingResourceException e) {
			return key + " " + java.util.Arrays.toString(arguments); //$NON-NLS-1$
		}
	}

	/** A refusal with {@code key} as its code and the key's message. */
	public MinewatchException refusal(String key, Object... arguments) {
		return new MinewatchException(key, format(key, arguments));
	}
}
