package org.minewatch.store;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The store's messages to people in their language (messages.properties, messages_zh.properties). */
final class Texts {

	static String format(String key, Object... arguments) {
		ResourceBundle messages = ResourceBundle.getBundle("org.minewatch.store.messages", Locale.getDefault(), Texts.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(messages.getString(key), Locale.getDefault()).format(arguments);
	}

	private Texts() {
	}
}
