package org.minewatch.registry.ui.navigator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.Trace;
import org.minewatch.registry.ui.navigator.Node.Continuation;
import org.minewatch.registry.ui.navigator.Node.Source;

/**
 * Tree content over {@link Node}s that loads a container's children in a background job when it
 * is first expanded (showing "loading..." meanwhile), a page per source, with a "more" node at the
 * end of a source that has more pages. The UI thread never waits for the database; a cancelled load
 * folds the node again, and expanding it retries.
 */
public final class LazyTreeContent implements ITreeContentProvider {

	/** Rows a page brings: a screenful or two, so a county with thousands of mines opens at once. */
	public static final int PAGE_SIZE = 100;

	private final TreeViewer viewer;
	private final int pageSize;
	private final Set<Node> loading = new HashSet<>();

	public LazyTreeContent(TreeViewer viewer, int pageSize) {
		this.viewer = viewer;
		this.pageSize = pageSize;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object element) {
		Node node = (Node) element;
		if (node.children() != null) {
			return node.children().toArray();
		}
		if (!node.isContainer()) {
			return new Object[0];
		}
		load(node);
		return new Object[] { Node.leaf(Node.Kind.LOADING, Messages.navigator_loading, null) };
	}

	@Override
	public Object getParent(Object element) {
		return ((Node) element).parent();
	}

	@Override
	public boolean hasChildren(Object element) {
		Node node = (Node) element;
		return node.children() == null ? node.isContainer() : !node.children().isEmpty();
	}

	/** True while some node's children are being loaded (tests and the benchmark wait on it). */
	public boolean isLoading() {
		synchronized (loading) {
			return !loading.isEmpty();
		}
	}

	private void load(Node node) {
		synchronized (loading) {
			if (!loading.add(node)) {
				return;
			}
		}
		Job job = Job.create(NLS.bind(Messages.navigator_loadingJob, node.label()), monitor -> {
			try {
				List<Node> children = new ArrayList<>();
				for (Source source : node.sources()) {
					if (monitor.isCanceled()) {
						break;
					}
					addPage(children, source, PageRequest.first(pageSize));
				}
				boolean canceled = monitor.isCanceled();
				Trace.when(NavigatorPart.TRACE, "Navigator: " + (canceled ? "cancelled loading under " : "loaded " + children.size() + " items under ") + node.label()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				show(() -> {
					if (canceled) {
						viewer.collapseToLevel(node, AbstractTreeViewer.ALL_LEVELS);
					} else {
						node.setChildren(children);
					}
				}, node);
				return canceled ? Status.CANCEL_STATUS : Status.OK_STATUS;
			} catch (RuntimeException e) {
				show(() -> node.setChildren(List.of(Node.leaf(Node.Kind.NOTICE, NLS.bind(Messages.navigator_failed, e.getMessage()), null))), node);
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/** Loads the page a "more" node stands for in its place. */
	public void loadMore(Node more) {
		Continuation continuation = (Continuation) more.data();
		Node parent = more.parent();
		synchronized (loading) {
			if (!loading.add(more)) {
				return;
			}
		}
		Job job = Job.create(NLS.bind(Messages.navigator_loadingJob, parent.label()), monitor -> {
			try {
				List<Node> page = new ArrayList<>();
				addPage(page, continuation.source(), continuation.next());
				if (monitor.isCanceled()) {
					show(() -> {
					}, more);
					return Status.CANCEL_STATUS;
				}
				Trace.when(NavigatorPart.TRACE, "Navigator: loaded " + page.size() + " more items under " + parent.label()); //$NON-NLS-1$ //$NON-NLS-2$
				show(() -> {
					List<Node> children = new ArrayList<>(parent.children());
					int at = children.indexOf(more);
					children.remove(at);
					children.addAll(at, page);
					parent.setChildren(children);
				}, more);
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				show(() -> {
				}, more);
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private static void addPage(List<Node> into, Source source, PageRequest request) {
		Page<Node> page = source.page(request);
		into.addAll(page.items());
		if (page.hasNext()) {
			into.add(Node.more(Messages.navigator_more, source, page.next()));
		}
	}

	/** Applies a loaded result on the UI thread and refreshes the node it changed. */
	private void show(Runnable change, Node node) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.getControl().getDisplay().asyncExec(() -> {
			synchronized (loading) {
				loading.remove(node);
			}
			if (viewer.getControl().isDisposed()) {
				return;
			}
			change.run();
			Node refreshed = node.kind() == Node.Kind.MORE ? node.parent() : node;
			if (refreshed.parent() == null) {
				viewer.refresh();
			} else {
				viewer.refresh(refreshed);
			}
		});
	}
}
