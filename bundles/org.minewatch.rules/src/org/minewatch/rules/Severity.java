package org.minewatch.rules;

import java.util.Locale;

/** How grave a rule's finding is; STOP_AND_RECTIFY is a breach that means stop production and rectify (停产整顿). */
public enum Severity {
	/** Worth knowing at the next visit. */
	NOTICE,
	/** To be corrected. */
	WARNING,
	/** A breach of a local rule. */
	BREACH,
	/** A breach whose consequence is stopping production and rectifying (停产整顿). */
	STOP_AND_RECTIFY;

	/** The severity's name in the person's language. */
	public String label() {
		return label(Locale.getDefault());
	}

	/** The severity's name in {@code locale}. */
	public String label(Locale locale) {
		return switch (this) {
		case NOTICE -> Texts.format(locale, "severity.NOTICE"); //$NON-NLS-1$
		case WARNING -> Texts.format(locale, "severity.WARNING"); //$NON-NLS-1$
		case BREACH -> Texts.format(locale, "severity.BREACH"); //$NON-NLS-1$
		default -> Texts.format(locale, "severity.STOP_AND_RECTIFY"); //$NON-NLS-1$
		};
	}
}
