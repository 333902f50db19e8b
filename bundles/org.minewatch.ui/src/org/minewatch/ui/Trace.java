package org.minewatch.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/**
 * Eclipse tracing of the desktop's background work (start the suite with -debug and a .options file
 * that sets an option such as {@value #EDITORS} to true): what was loaded and found, and when a part
 * is ready for typing, in the workspace log. Support reads it to see what a slow part waited for; the
 * end-to-end tests wait on it.
 */
public final class Trace {

	/** When an editor shows its record. */
	public static final String EDITORS = "org.minewatch.ui/debug/editors"; //$NON-NLS-1$

	/** Logs the message when the option is on. */
	public static void when(String option, String message) {
		if ("true".equalsIgnoreCase(Platform.getDebugOption(option))) { //$NON-NLS-1$
			ILog.of(Trace.class).info(message);
		}
	}

	private Trace() {
	}
}
