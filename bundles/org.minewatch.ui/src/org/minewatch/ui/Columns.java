package org.minewatch.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A table's text columns, each reading its text off the row shown. */
public final class Columns {

	/** Adds a column of {@code width} pixels titled {@code title}; a null text shows as empty. */
	public static <T> TableViewerColumn add(TableViewer table, Class<T> rowType, String title, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String shown = text.apply(rowType.cast(element));
				return shown == null ? "" : shown; //$NON-NLS-1$
			}
		});
		return column;
	}

	private Columns() {
	}
}
