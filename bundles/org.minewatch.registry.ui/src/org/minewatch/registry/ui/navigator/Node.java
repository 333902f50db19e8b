package org.minewatch.registry.ui.navigator;

import java.util.List;

import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;

/**
 * An item of the navigator: a division, agency, enterprise or mine, a group heading, or a
 * "more" item that loads the next page of its source. Containers load their children from their
 * sources, a page each, when first expanded.
 */
public final class Node {

	/** What a node stands for. */
	public enum Kind {
		DIVISION, AGENCY, ENTERPRISE, MINE, GROUP, MORE, LOADING, NOTICE
	}

	/** Where a container's children come from: one page at a time. */
	@FunctionalInterface
	public interface Source {
		Page<Node> page(PageRequest request);
	}

	/** What a "more" node loads: the next page of a source. */
	record Continuation(Source source, PageRequest next) {
	}

	private final Kind kind;
	private String label;
	private final Object data;
	private final List<Source> sources;
	private Node parent;
	private List<Node> children;

	private Node(Kind kind, String label, Object data, List<Source> sources) {
		this.kind = kind;
		this.label = label;
		this.data = data;
		this.sources = sources;
	}

	/** A node whose children come from {@code sources}, in order. */
	public static Node container(Kind kind, String label, Object data, List<Source> sources) {
		return new Node(kind, label, data, List.copyOf(sources));
	}

	public static Node leaf(Kind kind, String label, Object data) {
		return new Node(kind, label, data, List.of());
	}

	/** A node whose children are known now. */
	public static Node root(List<Node> children) {
		Node root = new Node(Kind.GROUP, "", null, List.of()); //$NON-NLS-1$
		root.setChildren(children);
		return root;
	}

	static Node more(String label, Source source, PageRequest next) {
		return new Node(Kind.MORE, label, new Continuation(source, next), List.of());
	}

	public Kind kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	/** A record's node follows its record's name when it is saved. */
	void relabel(String newLabel) {
		this.label = newLabel;
	}

	/** The division, index row, agency or continuation the node stands for. */
	public Object data() {
		return data;
	}

	public Node parent() {
		return parent;
	}

	List<Source> sources() {
		return sources;
	}

	public boolean isContainer() {
		return !sources.isEmpty();
	}

	/** The children, or null while not loaded. */
	public List<Node> children() {
		return children;
	}

	void setChildren(List<Node> loaded) {
		loaded.forEach(child -> child.parent = this);
		this.children = loaded;
	}

	@Override
	public String toString() {
		return kind + " " + label; //$NON-NLS-1$
	}
}
