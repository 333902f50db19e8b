package org.minewatch.app.handlers;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.app.internal.BuildInfo;
import org.minewatch.app.parts.AboutDialog;
import org.osgi.framework.FrameworkUtil;

/** Help > About: version, build, Java and the person's data area. */
public class AboutHandler {
	@Execute
	public void execute(Shell shell) {
		BuildInfo build = BuildInfo.of(FrameworkUtil.getBundle(AboutHandler.class));
		new AboutDialog(shell, build, Platform.getInstanceLocation()).open();
	}
}
