package org.minewatch.app.model;

import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/**
 * Runs at every start, after the model fragments: a person who has a saved layout gets what later
 * releases added to Application.e4xmi and to the layout fragments (apply="initial") of every
 * bundle, without losing their layout. The workbench merges apply="initial" fragments only into
 * a model built from scratch, and ignores Application.e4xmi once a layout is saved.
 */
public class LayoutUpgradeProcessor {

	static final String APPLICATION_XMI = "platform:/plugin/org.minewatch.app/Application.e4xmi"; //$NON-NLS-1$
	private static final String MODEL_EXTENSION_POINT = "org.eclipse.e4.workbench.model"; //$NON-NLS-1$
	/** Elements earlier releases shipped and this one does not: removed from saved layouts. */
	public static final List<String> RETIRED = List.of(
			"org.minewatch.app.part.navigator", // the empty placeholder; the registry's navigator replaced it //$NON-NLS-1$
			// the areas' add-ons that handed their services to the parts; org.minewatch.desk.DeskServices does it for all
			"org.minewatch.registry.ui.addon.registry", //$NON-NLS-1$
			"org.minewatch.hazard.ui.addon.hazards", //$NON-NLS-1$
			"org.minewatch.checklist.ui.addon.checklists"); //$NON-NLS-1$

	@Execute
	public void execute(MApplication application, IExtensionRegistry registry) {
		ResourceSet shipped = new ResourceSetImpl();
		shipped.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.putAll(((EObject) application).eResource().getResourceSet().getResourceFactoryRegistry().getExtensionToFactoryMap());
		ILog log = ILog.of(LayoutUpgradeProcessor.class);
		MissingElements missing = new MissingElements(application).removeRetired(RETIRED);
		try {
			missing.addFromApplication((MApplication) load(shipped, APPLICATION_XMI));
		} catch (RuntimeException e) {
			log.error("Layout upgrade: cannot read " + APPLICATION_XMI, e); //$NON-NLS-1$
		}
		for (IConfigurationElement fragment : registry.getConfigurationElementsFor(MODEL_EXTENSION_POINT)) {
			if ("fragment".equals(fragment.getName()) && "initial".equals(fragment.getAttribute("apply"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String bundle = fragment.getContributor().getName();
				String uri = "platform:/plugin/" + bundle + "/" + fragment.getAttribute("uri"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				try {
					missing.addFromFragments((MModelFragments) load(shipped, uri), "platform:/plugin/" + bundle); //$NON-NLS-1$
				} catch (RuntimeException e) {
					// a broken plug-in loses its layout contribution, never the start of the suite
					log.error("Layout upgrade: cannot read the fragment " + uri + " of " + bundle, e); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		missing.resolveReferences();
		missing.removed().forEach(entry -> log.info("Layout upgrade removed the retired " + entry)); //$NON-NLS-1$
		missing.added().forEach(entry -> log.info("Layout upgrade added " + entry)); //$NON-NLS-1$
		missing.skipped().forEach(entry -> log.warn("Layout upgrade skipped " + entry)); //$NON-NLS-1$
	}

	private static EObject load(ResourceSet resourceSet, String uri) {
		Resource resource = resourceSet.getResource(URI.createURI(uri), true);
		return resource.getContents().get(0);
	}
}
