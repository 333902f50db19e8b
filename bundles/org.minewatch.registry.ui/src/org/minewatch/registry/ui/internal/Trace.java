package org.minewatch.registry.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

/**
 * Eclipse tracing of the navigator's and the editors' background work (start the suite with -debug and
 * a .options file that sets {@value #NAVIGATOR} or {@value #EDITORS} to true): what was loaded and
 * found, and when an editor is ready for typing, in the workspace log. Support
 * reads it to see what a slow navigator waited for; the end-to-end tests wait on it.
 */
public final class Trace {

	public static final String NAVIGATOR = "org.minewatch.registry.ui/debug/navigator"; //$NON-NLS-1$
	public static final String EDITORS = "org.minewatch.registry.ui/debug/editors"; //$NON-NLS-1$

	public static void navigator(String message) {
		trace(NAVIGATOR, "Navigator: ", message); //$NON-NLS-1$
	}

	public static void editors(String message) {
		trace(EDITORS, "Editor: ", message); //$NON-NLS-1$
	}

	private static void trace(String option, String prefix, String message) {
		if ("true".equalsIgnoreCase(Platform.getDebugOption(option))) { //$NON-NLS-1$
			ILog.of(Trace.class).info(prefix + message);
		}
	}

	private Trace() {
	}
}
