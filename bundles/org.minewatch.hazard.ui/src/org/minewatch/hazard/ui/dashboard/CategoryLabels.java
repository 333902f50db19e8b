package org.minewatch.hazard.ui.dashboard;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxisTick;

/**
 * A bar chart's category labels level while each fits under its bar, slanted when they would run together (the six
 * hazard states in Chinese fit a wide window, not a narrow one; the English names rarely fit).
 */
final class CategoryLabels {

	static final int SLANTED = 30;
	/** Space kept between two level labels, in pixels. */
	private static final int GAP = 8;

	private CategoryLabels() {
	}

	/** Fits the labels again whenever the chart's plot changes size. */
	static void fitOnResize(Chart chart) {
		chart.getPlotArea().getControl().addListener(SWT.Resize, resized -> fit(chart));
	}

	/** Levels or slants the first x axis' category labels for the plot's width now. */
	static void fit(Chart chart) {
		Control plot = chart.getPlotArea().getControl();
		IAxis x = chart.getAxisSet().getXAxis(0);
		String[] categories = x.getCategorySeries();
		if (plot.isDisposed() || !x.isCategoryEnabled() || categories == null || categories.length == 0) {
			return;
		}
		IAxisTick tick = x.getTick();
		int widest = 0;
		GC gc = new GC(plot);
		try {
			gc.setFont(tick.getFont() != null ? tick.getFont() : plot.getFont());
			for (String category : categories) {
				widest = Math.max(widest, gc.textExtent(category).x);
			}
		} finally {
			gc.dispose();
		}
		int angle = widest + GAP <= plot.getSize().x / categories.length ? 0 : SLANTED;
		if (tick.getTickLabelAngle() != angle) {
			tick.setTickLabelAngle(angle);
			chart.updateLayout();
			chart.redraw();
		}
	}
}
