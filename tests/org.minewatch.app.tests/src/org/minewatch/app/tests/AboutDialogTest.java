package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.minewatch.app.internal.BuildInfo;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;
import org.minewatch.app.parts.AboutDialog;
import org.minewatch.tests.driver.UiDriver;
import org.osgi.framework.FrameworkUtil;

class AboutDialogTest {

	@Test
	void showsVersionAndBuildOfTheInstalledBundleAndCloses() {
		UiDriver ui = new UiDriver(Display.getDefault());
		Shell parent = new Shell(ui.display());
		try {
			BuildInfo build = BuildInfo.of(FrameworkUtil.getBundle(AboutDialog.class));
			AboutDialog dialog = new AboutDialog(parent, build, Platform.getInstanceLocation());
			dialog.setBlockOnOpen(false);
			dialog.open();
			Shell about = ui.shell(Messages.about_title::equals, Duration.ofSeconds(10));

			assertEquals(NLS.bind(Messages.about_version, build.version()), ui.byKey(about, WidgetKeys.ABOUT_VERSION, Label.class).getText());
			assertEquals(NLS.bind(Messages.about_build, build.build()), ui.byKey(about, WidgetKeys.ABOUT_BUILD, Label.class).getText());
			assertTrue(build.build().startsWith("v"), "the build stamps a qualifier: " + build.build());
			assertTrue(ui.byKey(about, WidgetKeys.ABOUT_JAVA, Label.class).getText().contains(System.getProperty("java.version")));

			ui.click(ui.button(about, Messages.button_ok));
			ui.waitUntil(about::isDisposed, () -> "the About dialog to close after OK");
		} finally {
			parent.dispose();
		}
	}
}
