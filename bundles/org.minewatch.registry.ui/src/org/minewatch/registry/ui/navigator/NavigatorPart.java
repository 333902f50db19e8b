package org.minewatch.registry.ui.navigator;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.minewatch.core.IndexRow;
import org.minewatch.registry.ui.editors.EnterpriseEditor;
import org.minewatch.registry.ui.editors.MineEditor;
import org.minewatch.ui.Editors;
import org.minewatch.desk.Acting;
import org.minewatch.registry.Registry;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.Trace;
import org.minewatch.ui.WidgetKeys;
import org.minewatch.ui.editors.RecordEditor;

/**
 * The navigator: China's divisions down to each county's mines, the agencies and the enterprises,
 * loaded a page at a time as they are expanded; a filter as you type (name or code); Enter or a
 * double click opens a mine or an enterprise, loads the next page, or folds and unfolds.
 */
public class NavigatorPart {

	/** The tracing option that logs what the navigator loaded and found. */
	public static final String TRACE = "org.minewatch.registry.ui/debug/navigator"; //$NON-NLS-1$

	/** How long typing pauses before the filter runs, in milliseconds. */
	static final int FILTER_DELAY = 300;

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	private Registry registry;
	private Acting acting;
	private java.time.Clock clock;
	private Text filter;
	private Label notice;
	private TreeViewer viewer;
	private LazyTreeContent content;
	private Node browseRoot;
	private Job search;
	/** The filter whose matches the tree shows (null: the tree to browse). */
	private String shownFilter;
	private boolean goToFirstMatch;
	private final Runnable runFilter = this::runFilter;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
		filter = name(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), WidgetKeys.NAVIGATOR_FILTER);
		filter.setMessage(Messages.navigator_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).indent(2, 2).applyTo(filter);
		filter.addModifyListener(e -> {
			filter.getDisplay().timerExec(-1, runFilter);
			filter.getDisplay().timerExec(FILTER_DELAY, runFilter);
		});
		// Enter: to the first match, once the matches are shown
		filter.addListener(SWT.DefaultSelection, e -> {
			goToFirstMatch = true;
			filter.getDisplay().timerExec(-1, runFilter);
			if (shownFilter != null && shownFilter.equals(filter.getText().strip())) {
				selectFirstMatch();
			} else {
				runFilter();
			}
		});
		filter.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_DOWN) {
				viewer.getTree().setFocus();
			}
		});

		notice = name(new Label(parent, SWT.WRAP), WidgetKeys.NAVIGATOR_NOTICE);
		notice.setText(Messages.navigator_waiting);
		GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).hint(100, SWT.DEFAULT).applyTo(notice);

		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		name(viewer.getTree(), WidgetKeys.NAVIGATOR_TREE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		content = new LazyTreeContent(viewer, LazyTreeContent.PAGE_SIZE);
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new NodeLabels(parent.getDisplay())));
		viewer.setUseHashlookup(true);
		viewer.addOpenListener(event -> activate((Node) ((IStructuredSelection) event.getSelection()).getFirstElement()));
		if (ready()) {
			showBrowse();
		}
	}

	/** The registry, the acting person and the clock arrive together once the store is open. */
	@Inject
	void servicesReady(@Optional Registry service, @Optional Acting person, @Optional java.time.Clock time) {
		boolean first = !ready();
		this.registry = service;
		this.acting = person;
		this.clock = time;
		if (first && ready() && viewer != null && !viewer.getControl().isDisposed()) {
			showBrowse();
		}
	}

	private boolean ready() {
		return registry != null && acting != null && clock != null;
	}

	private NavigatorTree tree() {
		return new NavigatorTree(registry, acting.actor(), java.time.LocalDate.now(clock));
	}

	@Focus
	void focus() {
		filter.setFocus();
	}

	/** The tree's content (tests wait on its loading). */
	public LazyTreeContent content() {
		return content;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	private void showBrowse() {
		if (browseRoot != null) {
			show(browseRoot, null);
			return;
		}
		NavigatorTree tree = tree();
		Job job = Job.create(Messages.navigator_loadingTree, monitor -> {
			Node root = tree.browse();
			viewer.getControl().getDisplay().asyncExec(() -> {
				browseRoot = root;
				if (filter.getText().isBlank()) {
					show(root, null);
				} else {
					runFilter();
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void runFilter() {
		if (filter.isDisposed() || !ready()) {
			return;
		}
		String text = filter.getText().strip();
		if (search != null) {
			search.cancel();
		}
		if (text.isEmpty()) {
			showBrowse();
			return;
		}
		NavigatorTree tree = tree();
		search = Job.create(NLS.bind(Messages.navigator_searching, text), monitor -> {
			Node root = tree.filtered(text);
			if (!monitor.isCanceled()) {
				viewer.getControl().getDisplay().asyncExec(() -> {
					if (!filter.isDisposed() && filter.getText().strip().equals(text)) {
						show(root, text);
					}
				});
			}
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		});
		search.schedule();
	}

	private void show(Node root, String filterText) {
		notice.setText(filterText == null ? "" : NLS.bind(Messages.navigator_filtered, filterText)); //$NON-NLS-1$
		((org.eclipse.swt.layout.GridData) notice.getLayoutData()).exclude = filterText == null;
		notice.setVisible(filterText != null);
		notice.getParent().layout(true, true);
		viewer.setInput(root);
		shownFilter = filterText;
		if (filterText != null) {
			viewer.expandToLevel(2);
			Trace.when(TRACE, "Navigator: filtered \"" + filterText + "\""); //$NON-NLS-1$ //$NON-NLS-2$
			if (goToFirstMatch) {
				selectFirstMatch();
			}
		} else if (!root.children().isEmpty()) {
			viewer.expandToLevel(root.children().get(0), 1);
		}
	}

	private void selectFirstMatch() {
		goToFirstMatch = false;
		viewer.getTree().setFocus();
		Node root = (Node) viewer.getInput();
		for (Node group : root.children()) {
			if (group.children() != null && !group.children().isEmpty()) {
				viewer.setSelection(new StructuredSelection(group.children().get(0)), true);
				return;
			}
		}
	}

	/** A saved record's nodes take its new name. */
	@Inject
	@Optional
	void recordSaved(@UIEventTopic(RecordEditor.SAVED_TOPIC) Map<String, String> saved) {
		if (viewer == null || viewer.getControl().isDisposed() || !(viewer.getInput() instanceof Node root)) {
			return;
		}
		relabel(root, saved.get(RecordEditor.SAVED_ID), saved.get(RecordEditor.SAVED_NAME));
		if (browseRoot != null && browseRoot != root) {
			relabel(browseRoot, saved.get(RecordEditor.SAVED_ID), saved.get(RecordEditor.SAVED_NAME));
		}
	}

	private void relabel(Node node, String id, String name) {
		if (node.data() instanceof IndexRow row && row.id().equals(id)) {
			node.relabel(name);
			viewer.update(node, null);
		}
		if (node.children() != null) {
			node.children().forEach(child -> relabel(child, id, name));
		}
	}

	private void activate(Node node) {
		if (node == null) {
			return;
		}
		switch (node.kind()) {
		case MINE -> Editors.open(parts, models, application, MineEditor.ID, ((IndexRow) node.data()).id(), node.label());
		case ENTERPRISE -> Editors.open(parts, models, application, EnterpriseEditor.ID, ((IndexRow) node.data()).id(), node.label());
		case MORE -> content.loadMore(node);
		case DIVISION, AGENCY, GROUP -> viewer.setExpandedState(node, !viewer.getExpandedState(node));
		default -> {
			// loading and notices do nothing
		}
		}
	}
}
