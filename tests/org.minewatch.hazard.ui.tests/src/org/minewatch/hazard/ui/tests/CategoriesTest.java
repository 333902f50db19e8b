package org.minewatch.hazard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.minewatch.hazard.ui.categories.CategoriesPart;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.tests.parts.PartTest;

/** The bureau's hazard categories: a subclass added and a category retired in the editor are what the registry reads after the save. */
class CategoriesTest extends PartTest {

	@Test
	void aSubclassAddedAndACategoryRetiredAreSavedAsTheBureausRevision() {
		MPart part = MBasicFactory.INSTANCE.createPart();
		context.set(MPart.class, part);
		CategoriesPart categories = ContextInjectionFactory.make(CategoriesPart.class, context);
		shell.open();
		ui.waitUntil(categories::isLoaded, () -> "the categories shown");
		Tree tree = ui.byKey(shell, HazardKeys.CATEGORY_TREE, Tree.class);
		TreeItem management = item(tree, "MGMT");
		tree.setSelection(management);
		tree.notifyListeners(org.eclipse.swt.SWT.Selection, null);

		ui.whenShellAppears(org.eclipse.osgi.util.NLS.bind(Messages.categories_addSubclassTitle, management.getText(1)), dialog -> {
			ui.byKey(dialog, HazardKeys.CATEGORY_CHINESE, Text.class).setText("安全生产责任制");
			ui.byKey(dialog, HazardKeys.CATEGORY_ENGLISH, Text.class).setText("Work-safety responsibility");
			ui.click(ui.find(dialog, Button.class, b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData())).orElseThrow());
		});
		ui.click(ui.byKey(shell, HazardKeys.CATEGORY_ADD_SUBCLASS, Button.class));
		ui.waitUntil(part::isDirty, () -> "the subclass added");
		assertEquals("安全生产责任制", item(tree, "MGMT-01").getText(1));

		tree.setSelection(item(tree, "SITE-12"));
		tree.notifyListeners(org.eclipse.swt.SWT.Selection, null);
		ui.click(ui.byKey(shell, HazardKeys.CATEGORY_RETIRE, Button.class));
		assertEquals(Messages.categories_retired, item(tree, "SITE-12").getText(3));

		categories.save();
		ui.waitUntil(() -> !categories.isSaving() && !part.isDirty(), () -> "saved; status: " + fixture.statusMessages());
		ReferenceData reference = fixture.registry.reference(fixture.actor);
		assertEquals("安全生产责任制", reference.term(ReferenceData.HAZARD_CATEGORY, "MGMT-01").getLabelZh());
		assertEquals("MGMT", reference.term(ReferenceData.HAZARD_CATEGORY, "MGMT-01").getParent().getCode());
		assertTrue(reference.term(ReferenceData.HAZARD_CATEGORY, "SITE-12").isRetired());
		assertFalse(reference.term(ReferenceData.HAZARD_CATEGORY, "SITE-11").isRetired());
		assertEquals(Messages.categories_saved, fixture.statusMessages().get(fixture.statusMessages().size() - 1));
	}

	private static TreeItem item(Tree tree, String code) {
		for (TreeItem top : tree.getItems()) {
			if (top.getText(0).equals(code)) {
				return top;
			}
			for (TreeItem child : top.getItems()) {
				if (child.getText(0).equals(code)) {
					return child;
				}
			}
		}
		throw new AssertionError("no category " + code);
	}
}
