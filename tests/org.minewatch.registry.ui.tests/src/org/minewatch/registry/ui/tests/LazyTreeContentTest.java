package org.minewatch.registry.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.registry.ui.navigator.LazyTreeContent;
import org.minewatch.registry.ui.navigator.Node;
import org.minewatch.tests.driver.UiDriver;

/** Children load in the background a page at a time when a node is expanded; "more" loads the next page in its place. */
class LazyTreeContentTest {

	private UiDriver ui;
	private Shell shell;

	@BeforeEach
	void openShell() {
		ui = new UiDriver(Display.getDefault());
		shell = new Shell(ui.display());
		shell.setLayout(new FillLayout());
		shell.setSize(300, 600);
	}

	@AfterEach
	void closeShell() {
		shell.dispose();
	}

	@Test
	void aContainerLoadsOnExpandAPageAtATimeAndMoreBringsTheNext() {
		List<String> names = IntStream.range(0, 12).mapToObj(i -> "矿井" + (char) ('A' + i)).toList();
		AtomicInteger pagesRead = new AtomicInteger();
		Node.Source source = request -> {
			pagesRead.incrementAndGet();
			int from = request.after() == null ? 0 : Integer.parseInt(request.after());
			int to = Math.min(names.size(), from + request.size());
			List<Node> items = names.subList(from, to).stream().map(n -> Node.leaf(Node.Kind.MINE, n, null)).toList();
			return new Page<>(items, to < names.size() ? new PageRequest(request.size(), String.valueOf(to)) : null);
		};
		Node county = Node.container(Node.Kind.GROUP, "县", null, List.of(source));
		TreeViewer viewer = new TreeViewer(shell, SWT.SINGLE);
		LazyTreeContent content = new LazyTreeContent(viewer, 5);
		viewer.setContentProvider(content);
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Node) element).label();
			}
		});
		viewer.setInput(Node.root(new ArrayList<>(List.of(county))));
		shell.open();
		assertEquals(0, pagesRead.get(), "nothing is read before the node is expanded");

		viewer.setExpandedState(county, true);
		TreeItem item = viewer.getTree().getItem(0);
		ui.waitUntil(() -> !content.isLoading() && item.getItemCount() == 6, () -> "a page and a 'more' item");
		assertEquals(Messages.navigator_more, item.getItem(5).getText());
		assertEquals(names.subList(0, 5), labels(item, 5));

		content.loadMore((Node) item.getItem(5).getData());
		ui.waitUntil(() -> !content.isLoading() && item.getItemCount() == 11, () -> "the second page in place of 'more'");
		content.loadMore((Node) item.getItem(10).getData());
		ui.waitUntil(() -> !content.isLoading() && item.getItemCount() == 12, () -> "the last page, without 'more'");
		assertEquals(names, labels(item, 12));
		assertEquals(3, pagesRead.get());
		assertTrue(county.children().stream().allMatch(n -> n.parent() == county));
	}

	private static List<String> labels(TreeItem item, int count) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			labels.add(item.getItem(i).getText());
		}
		return labels;
	}
}
