package org.minewatch.checklist;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The checklist rules' messages in the desktop's language (messages.properties, messages_zh.properties). */
final class Texts {

	static String format(String key, Object... arguments) {
		ResourceBundle messages = ResourceBundle.getBundle("org.minewatch.checklist.messages", Locale.getDefault(), Texts.class.getClassLoader(), //$NON-NLS-1$
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(messages.getString(key), Locale.getDefault()).format(arguments);
	}

	private Texts() {
	}
}
