package org.minewatch.ui;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;

/**
 * The one table of the desktop's lists (the hazard board, the inspections, the templates): a summary line, the rows
 * of a query read a page at a time in background jobs, "More" for the next page, columns that sort by a field, a
 * colour per row, Enter or a double click to open one. The answer to an older query is dropped when a newer one was
 * asked for meanwhile (the filter changed while it loaded), and nothing touches a widget of a closed part.
 *
 * @param <T> the row type
 */
public final class PagedTable<T> {

	/** A page of rows and, with the first page, how many rows the query matches in all (-1 when not counted). */
	public record Loaded<T>(Page<T> page, long total) {
	}

	/** Reads a page for a request: runs in a background job; refused with a {@link MinewatchException} saying why. */
	@FunctionalInterface
	public interface Loader<T> {
		Loaded<T> load(PageRequest request, boolean first);
	}

	/** What the summary line says after a load: the rows shown, the total (-1 when not counted), whether more can be read. */
	@FunctionalInterface
	public interface Summary {
		String text(int shown, long total, boolean more);
	}

	private final Class<T> rowType;
	private final int pageSize;
	private final Display display;
	private final Label summary;
	private final TableViewer table;
	private final List<T> rows = new ArrayList<>();
	private Button more;
	private Function<T, Color> foreground = row -> null;
	private Summary summaryText = (shown, total, hasMore) -> ""; //$NON-NLS-1$
	private Function<String, String> failedText = why -> why;
	private Runnable shownHook = () -> {
		// nothing more by default
	};
	private String jobName = ""; //$NON-NLS-1$
	private Loader<T> loader;
	private PageRequest next;
	private long total = -1;
	/** Counts the loads, so that the answer to an older query is dropped. */
	private int generation;
	private boolean loading;
	private boolean settled;

	/** Creates the summary line and the table in {@code parent} (a one-column grid); {@code tableKey} names the table for tests. */
	public PagedTable(Composite parent, Class<T> rowType, int pageSize, String summaryKey, String tableKey) {
		this.rowType = rowType;
		this.pageSize = pageSize;
		this.display = parent.getDisplay();
		summary = name(new Label(parent, SWT.NONE), summaryKey);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		name(table.getTable(), tableKey);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
	}

	/** Adds a column of text. */
	public TableViewerColumn column(String title, int width, Function<T, String> text) {
		return Columns.add(table, rowType, title, width, text, row -> foreground.apply(row));
	}

	/** Adds a column that sorts the rows by {@code field} when its header is clicked: {@code sort} reloads in that order. */
	public TableViewerColumn sortableColumn(String title, int width, Function<T, String> text, String field, String sortHint, boolean sortedNow,
			Consumer<String> sort) {
		TableViewerColumn column = column(title, width, text);
		column.getColumn().setToolTipText(sortHint);
		column.getColumn().addListener(SWT.Selection, e -> {
			table.getTable().setSortColumn(column.getColumn());
			table.getTable().setSortDirection(SWT.UP);
			sort.accept(field);
		});
		if (sortedNow) {
			table.getTable().setSortColumn(column.getColumn());
			table.getTable().setSortDirection(SWT.UP);
		}
		return column;
	}

	/** The colour a row's text is drawn in (null: the default). */
	public PagedTable<T> foreground(Function<T, Color> colour) {
		this.foreground = colour;
		return this;
	}

	/** The summary line after each load, and the line shown when a load fails (given the reason). */
	public PagedTable<T> summary(Summary shown, Function<String, String> failed) {
		this.summaryText = shown;
		this.failedText = failed;
		return this;
	}

	/** Runs on the UI thread after each page is shown (enable what depends on the rows). */
	public PagedTable<T> onShown(Runnable hook) {
		this.shownHook = hook;
		return this;
	}

	/** Enter or a double click on a row. */
	public PagedTable<T> onOpen(Consumer<T> open) {
		table.addOpenListener(e -> {
			T row = selected();
			if (row != null) {
				open.accept(row);
			}
		});
		return this;
	}

	/** The "More" button below, in {@code parent}, which reads the next page. */
	public Button moreButton(Composite parent, String label, String key) {
		more = name(new Button(parent, SWT.PUSH), key);
		more.setText(label);
		more.setEnabled(false);
		more.addListener(SWT.Selection, e -> loadNext());
		return more;
	}

	/** Says something on the summary line (waiting for the store, a filter that cannot be read). */
	public void say(String text) {
		if (!summary.isDisposed()) {
			summary.setText(text);
		}
	}

	/** Reads the first page of a new query in a background job named {@code job}, saying {@code loadingText} meanwhile. */
	public void load(String job, String loadingText, Loader<T> query) {
		this.jobName = job;
		this.loader = query;
		say(loadingText);
		read(PageRequest.first(pageSize), true);
	}

	private void loadNext() {
		if (next != null && loader != null) {
			read(next, false);
		}
	}

	private void read(PageRequest request, boolean first) {
		int asked = ++generation;
		Loader<T> query = loader;
		loading = true;
		if (more != null) {
			more.setEnabled(false);
		}
		Job job = Job.create(jobName, monitor -> {
			try {
				Loaded<T> loaded = query.load(request, first);
				onUi(() -> show(asked, first, loaded));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				ILog.of(PagedTable.class).warn(jobName + ": " + e.logged()); //$NON-NLS-1$
				onUi(() -> {
					if (asked == generation) {
						loading = false;
						say(failedText.apply(e.getMessage()));
					}
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private void show(int asked, boolean first, Loaded<T> loaded) {
		if (asked != generation) {
			return; // a newer query was asked for meanwhile
		}
		loading = false;
		if (first) {
			rows.clear();
			total = loaded.total();
		}
		rows.addAll(loaded.page().items());
		next = loaded.page().next();
		table.setInput(rows.toArray());
		if (more != null) {
			more.setEnabled(next != null);
		}
		say(summaryText.text(rows.size(), total, next != null));
		shownHook.run();
		if (!settled) {
			settled = true;
			Layouts.settle(table.getControl().getParent(), table.getControl()); // the first rows shown
		}
	}

	/** Runs on the UI thread once the events being handled are done, unless the table was closed meanwhile. */
	private void onUi(Runnable action) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!table.getControl().isDisposed()) {
					action.run();
				}
			});
		}
	}

	/** The row selected, or null. */
	public T selected() {
		Object first = table.getStructuredSelection().getFirstElement();
		return rowType.isInstance(first) ? rowType.cast(first) : null;
	}

	/** The rows shown, in order. */
	public List<T> rows() {
		return List.copyOf(rows);
	}

	/** How many rows the last counted query matched (-1 when not counted). */
	public long total() {
		return total;
	}

	/** True while a page is being read. */
	public boolean isLoading() {
		return loading;
	}

	public TableViewer viewer() {
		return table;
	}

	public void setFocus() {
		table.getControl().setFocus();
	}
}
