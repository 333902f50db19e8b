package org.minewatch.registry.ui.tests;

import org.minewatch.tests.parts.PartFixture;
import org.minewatch.tests.parts.PartTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.core.IndexRow;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.registry.ui.editors.MineEditor;
import org.minewatch.ui.Editors;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.WidgetKeys;
import org.minewatch.registry.ui.navigator.NavigatorPart;
import org.minewatch.registry.ui.navigator.Node;

/** The navigator on real SWT widgets over a real store: filter to a county, expand it, open a mine. */
class NavigatorTest extends PartTest {

	/** The editors the navigator asked the workbench to create. */
	private final List<MPart> created = new ArrayList<>();

	@BeforeEach
	void services() {
		context.set(EModelService.class, service(EModelService.class, (method, args) -> null));
		context.set(EPartService.class, service(EPartService.class, (method, args) -> switch (method) {
		case "createPart" -> {
			MPart part = MBasicFactory.INSTANCE.createPart();
			part.setElementId((String) args[0]);
			created.add(part);
			yield part;
		}
		case "showPart" -> args[0];
		case "getParts" -> List.of();
		default -> null;
		}));
	}

	@Test
	void filterToACountyExpandItAndOpenAMine() {
		NavigatorPart navigator = ContextInjectionFactory.make(NavigatorPart.class, context);
		shell.open();
		Tree tree = ui.byKey(shell, WidgetKeys.NAVIGATOR_TREE, Tree.class);
		ui.waitUntil(() -> tree.getItemCount() == 3, () -> "the nation, the agencies and the enterprises");
		assertEquals(ModelText.division(fixture.registry.division(fixture.actor, "100000")), tree.getItem(0).getText().split("  ")[0]);

		Mine sample = fixture.data.mines.get(0);
		String countyName = sample.getCounty().getName();
		ui.byKey(shell, WidgetKeys.NAVIGATOR_FILTER, Text.class).setText(countyName);
		ui.waitUntil(() -> tree.getItemCount() > 0 && tree.getItem(0).getText().equals(Messages.navigator_divisions) && tree.getItem(0).getItemCount() > 0,
				() -> "the divisions named " + countyName + "; the tree shows " + texts(tree.getItems()));
		TreeItem county = Arrays.stream(tree.getItem(0).getItems()).filter(i -> i.getText().contains(sample.getCounty().getCode())).findFirst()
				.orElseThrow(() -> new AssertionError(sample.getCounty().getCode() + " among " + texts(tree.getItem(0).getItems())));
		assertTrue(county.getText().startsWith(ModelText.divisionPath(sample.getCounty())), county.getText());

		navigator.viewer().setExpandedState(county.getData(), true);
		ui.waitUntil(() -> !navigator.content().isLoading() && county.getItemCount() > 0 && county.getItem(0).getData() instanceof Node n
				&& n.kind() == Node.Kind.MINE, () -> "the county's mines loaded; it shows " + texts(county.getItems()));

		List<Mine> expected = fixture.data.mines.stream().filter(m -> m.getCounty() == sample.getCounty())
				.sorted(Comparator.comparing(Mine::getName).thenComparing(Mine::getId)).toList();
		assertEquals(expected.size(), county.getItemCount());
		for (int i = 0; i < expected.size(); i++) {
			Mine mine = expected.get(i);
			String shown = county.getItem(i).getText();
			assertTrue(shown.startsWith(mine.getName()), shown);
			String status = ModelText.literal(RegistryPackage.Literals.PRODUCTION_STATUS, mine.statusOn(java.time.LocalDate.now(PartFixture.CLOCK)));
			assertTrue(shown.contains("[" + status + "]"), "the status badge of " + shown);
		}

		TreeItem first = county.getItem(0);
		tree.setSelection(first);
		Event enter = new Event();
		enter.item = first;
		tree.notifyListeners(SWT.DefaultSelection, enter);
		ui.flush();

		assertEquals(1, created.size(), "one editor asked for");
		assertEquals(MineEditor.ID, created.get(0).getElementId());
		assertEquals(((IndexRow) ((Node) first.getData()).data()).id(), created.get(0).getPersistedState().get(Editors.RECORD_ID));
		assertEquals(expected.get(0).getId(), created.get(0).getPersistedState().get(Editors.RECORD_ID));
	}

	private static List<String> texts(TreeItem[] items) {
		return Arrays.stream(items).map(TreeItem::getText).toList();
	}
}
