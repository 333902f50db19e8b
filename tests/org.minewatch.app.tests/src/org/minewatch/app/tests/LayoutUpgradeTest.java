package org.minewatch.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.basic.MWindowElement;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.fragment.MFragmentFactory;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.app.model.LayoutUpgradeProcessor;
import org.minewatch.app.model.MissingElements;
import org.osgi.framework.FrameworkUtil;

/** A person with a layout saved by an older release gets the new release's additions, and keeps their layout. */
class LayoutUpgradeTest {

	private MApplication shipped;
	private MApplication saved;

	@BeforeEach
	void loadModels() {
		MApplicationFactory.INSTANCE.getClass(); // registers the e4 model packages
		MFragmentFactory.INSTANCE.getClass();
		shipped = load();
		saved = load();
	}

	@Test
	void addsMenuItemsCommandsHandlersAndTrimThatTheSavedModelLacks() {
		remove("org.minewatch.app.menuitem.about");
		remove("org.eclipse.ui.help.aboutAction");
		remove("org.minewatch.app.handler.about");
		remove("org.minewatch.app.trimbar.status");
		((MUIElement) find(saved, "org.minewatch.app.partstack.navigator")).setContainerData("40"); // the person resized it

		MissingElements missing = new MissingElements(saved).addFromApplication(shipped).resolveReferences();

		assertEquals(4, missing.added().size(), missing.added().toString());
		MHandledMenuItem about = (MHandledMenuItem) find(saved, "org.minewatch.app.menuitem.about");
		assertSame(find(saved, "org.minewatch.app.menu.help"), ((EObject) about).eContainer());
		MApplicationElement aboutCommand = find(saved, "org.eclipse.ui.help.aboutAction");
		assertSame(aboutCommand, about.getCommand(), "the menu item runs the saved model's command");
		assertSame(aboutCommand, ((MHandler) find(saved, "org.minewatch.app.handler.about")).getCommand());
		assertNotNull(find(saved, "org.minewatch.app.toolcontrol.status"));
		assertEquals("40", ((MUIElement) find(saved, "org.minewatch.app.partstack.navigator")).getContainerData(), "the person's layout is kept");
		assertNoDuplicateIds();
		assertTrue(new MissingElements(saved).addFromApplication(shipped).resolveReferences().added().isEmpty(), "a second run adds nothing");
	}

	@Test
	void removesRetiredElementsFromTheSavedModel() {
		MPartStack navigatorStack = (MPartStack) find(saved, "org.minewatch.app.partstack.navigator");
		MPart placeholder = MBasicFactory.INSTANCE.createPart();
		placeholder.setElementId(LayoutUpgradeProcessor.RETIRED.get(0));
		navigatorStack.getChildren().add(placeholder);
		for (String retired : LayoutUpgradeProcessor.RETIRED.subList(1, LayoutUpgradeProcessor.RETIRED.size())) {
			// the areas' add-ons an earlier release merged into the application and saved with the layout
			org.eclipse.e4.ui.model.application.MAddon addon = org.eclipse.e4.ui.model.application.MApplicationFactory.INSTANCE.createAddon();
			addon.setElementId(retired);
			addon.setContributionURI("bundleclass://gone/gone.Addon");
			saved.getAddons().add(addon);
		}

		MissingElements missing = new MissingElements(saved).removeRetired(LayoutUpgradeProcessor.RETIRED);

		assertEquals(LayoutUpgradeProcessor.RETIRED, missing.removed());
		LayoutUpgradeProcessor.RETIRED.forEach(retired -> assertNull(find(saved, retired), retired));
		assertSame(navigatorStack, find(saved, "org.minewatch.app.partstack.navigator"), "the stack stays for the navigator that replaces it");
	}

	@Test
	void neverDuplicatesAnElementThatTheWorkbenchMoved() {
		// the workbench collapsed the main sash: its children now sit in the window itself
		MTrimmedWindow window = (MTrimmedWindow) find(saved, "org.minewatch.app.window.main");
		MUIElement sash = find(saved, "org.minewatch.app.sash.main");
		@SuppressWarnings("unchecked")
		List<MUIElement> children = new ArrayList<>(((MElementContainer<MUIElement>) sash).getChildren());
		window.getChildren().remove(sash);
		children.forEach(child -> window.getChildren().add((MWindowElement) child));

		MissingElements missing = new MissingElements(saved).addFromApplication(shipped).resolveReferences();

		assertTrue(missing.added().isEmpty(), missing.added().toString());
		assertTrue(missing.skipped().toString().contains("org.minewatch.app.sash.main"), missing.skipped().toString());
		assertNoDuplicateIds();
	}

	@Test
	void addsFragmentElementsOnceAndReportsThoseWithoutAParent() {
		MModelFragments fragments = MFragmentFactory.INSTANCE.createModelFragments();
		fragments.getFragments().add(fragment("org.minewatch.app.sash.main", stack("org.minewatch.test.partstack", "org.minewatch.test.part")));
		fragments.getFragments().add(fragment("org.minewatch.no.such.parent", stack("org.minewatch.test.orphan", "org.minewatch.test.orphanpart")));

		MissingElements missing = new MissingElements(saved).addFromFragments(fragments, "platform:/plugin/org.minewatch.test")
				.resolveReferences();

		MPartStack added = (MPartStack) find(saved, "org.minewatch.test.partstack");
		assertSame(find(saved, "org.minewatch.app.sash.main"), ((EObject) added).eContainer());
		assertEquals("platform:/plugin/org.minewatch.test", added.getContributorURI());
		assertNull(find(saved, "org.minewatch.test.orphan"));
		assertTrue(missing.skipped().get(0).contains("org.minewatch.no.such.parent"), missing.skipped().toString());
		assertTrue(new MissingElements(saved).addFromFragments(fragments, "x").added().isEmpty(), "a second run adds nothing");
	}

	@Test
	void aPartANewLayoutOpensWithIsNotGivenBackOnceClosed() {
		MPart dashboard = MBasicFactory.INSTANCE.createPart();
		dashboard.setElementId("org.minewatch.test.dashboard");
		dashboard.getTags().add(org.minewatch.desk.ShellContract.NEW_LAYOUT_ONLY_TAG);
		MModelFragments fragments = MFragmentFactory.INSTANCE.createModelFragments();
		fragments.getFragments().add(fragment("org.minewatch.app.partstack.editors", dashboard));

		MissingElements missing = new MissingElements(saved).addFromFragments(fragments, "platform:/plugin/org.minewatch.test").resolveReferences();

		assertNull(find(saved, "org.minewatch.test.dashboard"), "the person closed it in their saved layout");
		assertTrue(missing.added().isEmpty(), missing.added().toString());
		dashboard.getTags().clear();
		new MissingElements(saved).addFromFragments(fragments, "platform:/plugin/org.minewatch.test").resolveReferences();
		assertNotNull(find(saved, "org.minewatch.test.dashboard"), "without the tag the upgrade adds it");
	}

	private static MStringModelFragment fragment(String parentId, MApplicationElement element) {
		MStringModelFragment fragment = MFragmentFactory.INSTANCE.createStringModelFragment();
		fragment.setParentElementId(parentId);
		fragment.setFeaturename("children");
		fragment.getElements().add(element);
		return fragment;
	}

	private static MPartStack stack(String stackId, String partId) {
		MPartStack stack = MBasicFactory.INSTANCE.createPartStack();
		stack.setElementId(stackId);
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.setElementId(partId);
		stack.getChildren().add(part);
		return stack;
	}

	private void remove(String elementId) {
		EcoreUtil.remove((EObject) find(saved, elementId));
	}

	private void assertNoDuplicateIds() {
		List<String> ids = new ArrayList<>();
		for (TreeIterator<EObject> it = ((EObject) saved).eAllContents(); it.hasNext();) {
			if (it.next() instanceof MApplicationElement element && element.getElementId() != null) {
				ids.add(element.getElementId());
			}
		}
		assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate elementIds in " + ids);
	}

	@SuppressWarnings("unchecked")
	private static <T extends MApplicationElement> T find(MApplication application, String elementId) {
		for (TreeIterator<EObject> it = ((EObject) application).eAllContents(); it.hasNext();) {
			if (it.next() instanceof MApplicationElement element && elementId.equals(element.getElementId())) {
				return (T) element;
			}
		}
		return null;
	}

	private static MApplication load() {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		String url = FrameworkUtil.getBundle(MissingElements.class).getEntry("Application.e4xmi").toString();
		return (MApplication) resources.getResource(URI.createURI(url), true).getContents().get(0);
	}
}
