package org.minewatch.app.parts;

import static org.minewatch.app.internal.WidgetKeys.name;

import jakarta.annotation.PostConstruct;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.minewatch.app.internal.Messages;
import org.minewatch.app.internal.WidgetKeys;

/**
 * The navigator on the left of the main window. It lists jurisdictions once the registry
 * supplies them; until then it says why it is empty instead of showing a blank tree.
 */
public class NavigatorPart {

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		Label empty = name(new Label(parent, SWT.WRAP), WidgetKeys.NAVIGATOR_EMPTY);
		empty.setText(Messages.navigator_empty);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 6).hint(100, SWT.DEFAULT).applyTo(empty);

		Tree tree = name(new Tree(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL), WidgetKeys.NAVIGATOR_TREE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
	}
}
