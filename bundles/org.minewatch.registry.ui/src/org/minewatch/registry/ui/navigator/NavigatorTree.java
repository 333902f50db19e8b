package org.minewatch.registry.ui.navigator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.minewatch.core.Actor;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.registry.Registry;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.ModelText;
import org.minewatch.registry.ui.navigator.Node.Kind;
import org.minewatch.registry.ui.navigator.Node.Source;

/**
 * The navigator's nodes over the registry: the nation and its divisions down to each county's mines,
 * the agencies with the mines of their jurisdictions, the enterprises with their subsidiaries and
 * mines; and, for a filter, the divisions, enterprises and mines whose name or code matches.
 */
final class NavigatorTree {

	private final Registry registry;
	private final Actor actor;
	private final LocalDate today;

	NavigatorTree(Registry registry, Actor actor, LocalDate today) {
		this.registry = registry;
		this.actor = actor;
		this.today = today;
	}

	/** The tree to browse: China, the agencies, the enterprises. */
	Node browse() {
		Jurisdiction nation = registry.reference(actor).divisions().getNation();
		return Node.root(List.of(division(nation, ModelText.division(nation)),
				Node.container(Kind.GROUP, Messages.navigator_agencies, null, List.of(agencies(null))),
				Node.container(Kind.GROUP, Messages.navigator_enterprises, null, List.of(enterprises(null, null)))));
	}

	/** What matches {@code filter}: divisions (name or code; computed now, they are in memory), enterprises and mines. */
	Node filtered(String filter) {
		List<Node> divisions = registry.findDivisions(actor, filter, 200).stream().map(d -> division(d, ModelText.divisionPath(d))).toList();
		List<Node> groups = new ArrayList<>();
		if (!divisions.isEmpty()) {
			Node group = Node.container(Kind.GROUP, Messages.navigator_divisions, null, List.of(r -> new Page<>(divisions, null)));
			group.setChildren(new ArrayList<>(divisions));
			groups.add(group);
		}
		groups.add(Node.container(Kind.GROUP, Messages.navigator_enterprises, null, List.of(enterprises(null, filter))));
		groups.add(Node.container(Kind.GROUP, Messages.navigator_mines, null,
				List.of(request -> nodes(registry.findMines(actor, filter, request), this::mine))));
		return Node.root(groups);
	}

	private Node division(Jurisdiction division, String label) {
		List<Source> sources = new ArrayList<>();
		if (!division.getChildren().isEmpty()) {
			sources.add(request -> new Page<>(registry.children(division).stream().map(d -> division(d, ModelText.division(d))).toList(), null));
		}
		if (division.getLevel() == JurisdictionLevel.COUNTY || division.getChildren().isEmpty()) {
			sources.add(request -> nodes(registry.mines(actor, division, null, request), this::mine));
		}
		return Node.container(Kind.DIVISION, label, division, sources);
	}

	/** Agencies a page at a time, each page by level (national first) and name: the index keeps them by id. */
	private Source agencies(String parentId) {
		return request -> {
			Page<Agency> page = registry.agencies(actor, parentId, request);
			return new Page<>(page.items().stream().map(this::agency)
					.sorted(Comparator.comparing((Node n) -> ((Agency) n.data()).getLevel() == null ? 9 : ((Agency) n.data()).getLevel().getValue())
							.thenComparing(Node::label))
					.toList(), page.next());
		};
	}

	private Node agency(Agency agency) {
		List<Source> sources = new ArrayList<>();
		sources.add(agencies(agency.getId()));
		if (!agency.getCovers().isEmpty()) {
			Jurisdiction area = agency.getCovers().get(0);
			sources.add(request -> nodes(registry.mines(actor, area, null, request), this::mine));
		}
		return Node.container(Kind.AGENCY, agency.nameOn(today), agency, sources);
	}

	private Source enterprises(String parentId, String filter) {
		return request -> nodes(registry.enterprises(actor, parentId, filter, request), this::enterprise);
	}

	private Node enterprise(IndexRow row) {
		return Node.container(Kind.ENTERPRISE, row.text("name"), row, //$NON-NLS-1$
				List.of(enterprises(row.id(), null), request -> nodes(registry.minesOf(actor, row.id(), request), this::mine)));
	}

	private Node mine(IndexRow row) {
		return Node.leaf(Kind.MINE, row.text("name"), row); //$NON-NLS-1$
	}

	private static Page<Node> nodes(Page<IndexRow> rows, Function<IndexRow, Node> node) {
		return new Page<>(rows.items().stream().map(node).toList(), rows.next());
	}
}
