package org.minewatch.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** A table's or tree's text columns, each reading its text (and, if given, its colour) off the row shown. */
public final class Columns {

	/** Adds a column of {@code width} pixels titled {@code title}; a null text shows as empty. */
	public static <T> TableViewerColumn add(TableViewer table, Class<T> rowType, String title, int width, Function<T, String> text) {
		return add(table, rowType, title, width, text, row -> null);
	}

	/** As {@link #add(TableViewer, Class, String, int, Function)}, the row's text drawn in {@code colour} (null: the default). */
	public static <T> TableViewerColumn add(TableViewer table, Class<T> rowType, String title, int width, Function<T, String> text,
			Function<T, Color> colour) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(provider(rowType, text, colour));
		return column;
	}

	/** A tree's column, as a table's. */
	public static <T> TreeViewerColumn add(TreeViewer tree, Class<T> rowType, String title, int width, Function<T, String> text,
			Function<T, Color> colour) {
		TreeViewerColumn column = new TreeViewerColumn(tree, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(provider(rowType, text, colour));
		return column;
	}

	private static <T> ColumnLabelProvider provider(Class<T> rowType, Function<T, String> text, Function<T, Color> colour) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String shown = text.apply(rowType.cast(element));
				return shown == null ? "" : shown; //$NON-NLS-1$
			}

			@Override
			public Color getForeground(Object element) {
				return colour.apply(rowType.cast(element));
			}
		};
	}

	private Columns() {
	}
}
