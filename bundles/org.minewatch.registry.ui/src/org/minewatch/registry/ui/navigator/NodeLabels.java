package org.minewatch.registry.ui.navigator;

import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Display;
import org.minewatch.core.IndexRow;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.model.registry.SupervisionClass;
import org.minewatch.ui.ModelText;

/**
 * Labels of the navigator: a mine's name with badges for its status and supervision class as of
 * today (coloured: stopped and closed mines stand out, class D in red), a division's code in grey.
 */
final class NodeLabels extends LabelProvider implements IStyledLabelProvider {

	private final Display display;
	private final java.util.Map<RGB, StyledString.Styler> stylers = new java.util.HashMap<>();
	/** JFace's qualifier colour comes from the 3.x theme, which a pure e4 application does not have. */
	private final StyledString.Styler grey;

	NodeLabels(Display display) {
		this.display = display;
		this.grey = styler(new RGB(120, 120, 120));
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public StyledString getStyledText(Object element) {
		Node node = (Node) element;
		StyledString text = new StyledString(node.label() == null ? "" : node.label()); //$NON-NLS-1$
		switch (node.kind()) {
		case MINE -> badges(text, (IndexRow) node.data());
		case DIVISION -> text.append("  " + ((Jurisdiction) node.data()).getCode(), grey); //$NON-NLS-1$
		case MORE, LOADING, NOTICE -> text.setStyle(0, text.length(), grey);
		default -> {
			// the label alone
		}
		}
		return text;
	}

	private void badges(StyledString text, IndexRow row) {
		String status = row.text("status"); //$NON-NLS-1$
		if (status != null) {
			text.append("  [" + ModelText.literal(RegistryPackage.Literals.PRODUCTION_STATUS, status) + "]", styler(statusColour(ProductionStatus.get(status)))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		String supervision = row.text("supervisionClass"); //$NON-NLS-1$
		if (supervision != null && SupervisionClass.get(supervision) != SupervisionClass.UNRATED) {
			text.append(" [" + ModelText.literal(RegistryPackage.Literals.SUPERVISION_CLASS, supervision) + "]", styler(classColour(SupervisionClass.get(supervision)))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static RGB statusColour(ProductionStatus status) {
		if (status == null) {
			return new RGB(96, 96, 96);
		}
		return switch (status) {
		case PRODUCING -> new RGB(0, 120, 40);
		case CONSTRUCTING -> new RGB(0, 90, 170);
		case ORDERED_TO_STOP, LONG_TERM_STOPPED -> new RGB(200, 100, 0);
		case LISTED_FOR_EXIT, CLOSED -> new RGB(110, 110, 110);
		};
	}

	private static RGB classColour(SupervisionClass supervision) {
		return switch (supervision) {
		case A -> new RGB(0, 120, 40);
		case B -> new RGB(0, 90, 170);
		case C -> new RGB(200, 100, 0);
		case D -> new RGB(190, 0, 0);
		case UNRATED -> new RGB(110, 110, 110);
		};
	}

	/** One styler per colour, made once: labels are asked for at every paint. */
	private StyledString.Styler styler(RGB rgb) {
		return stylers.computeIfAbsent(rgb, key -> {
			Color colour = new Color(display, key);
			return new StyledString.Styler() {
				@Override
				public void applyStyles(TextStyle style) {
					style.foreground = colour;
				}
			};
		});
	}
}
