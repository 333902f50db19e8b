package org.minewatch.ui;

/** How a button's or menu item's text reads in a sentence or a dialog's title. */
public final class Labels {

	/** Without its mnemonic ("(&A)", "&") and its dots. */
	public static String plain(String label) {
		return label.replaceAll("\\(&.\\)", "").replace("&", "").replace("\u2026", "").replace("...", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	}

	private Labels() {
	}
}
