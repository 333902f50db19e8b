package org.minewatch.app.parts;

import static org.minewatch.app.internal.WidgetKeys.name;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.app.internal.BuildInfo;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;

/** The About dialog. */
public class AboutDialog extends Dialog {

	private final BuildInfo build;
	private final Location dataArea;

	public AboutDialog(Shell parent, BuildInfo build, Location dataArea) {
		super(parent);
		this.build = build;
		this.dataArea = dataArea;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.about_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label heading = new Label(area, SWT.NONE);
		heading.setText(Messages.about_heading);
		FontData bold = heading.getFont().getFontData()[0];
		Font headingFont = new Font(heading.getDisplay(), bold.getName(), bold.getHeight() + 2, SWT.BOLD);
		heading.setFont(headingFont);
		heading.addDisposeListener(e -> headingFont.dispose());

		line(area, WidgetKeys.ABOUT_VERSION, NLS.bind(Messages.about_version, build.version()));
		line(area, WidgetKeys.ABOUT_BUILD, NLS.bind(Messages.about_build, build.build()));
		line(area, WidgetKeys.ABOUT_JAVA, NLS.bind(Messages.about_java, new Object[] { System.getProperty("java.version"), //$NON-NLS-1$
				System.getProperty("java.vendor"), System.getProperty("os.name"), System.getProperty("os.arch") })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		line(area, WidgetKeys.ABOUT_DATA_AREA, NLS.bind(Messages.about_dataArea, describe(dataArea)));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.button_ok, true); // JFace has no Chinese labels of its own here
	}

	private static void line(Composite parent, String key, String text) {
		Label label = name(new Label(parent, SWT.NONE), key);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
	}

	private static String describe(Location location) {
		if (location == null || location.getURL() == null) {
			return "-"; //$NON-NLS-1$
		}
		try {
			return Path.of(location.getURL().toURI()).toString();
		} catch (URISyntaxException | IllegalArgumentException e) {
			return location.getURL().toString();
		}
	}
}
