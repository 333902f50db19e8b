package org.minewatch.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.minewatch.model.base.Vocabulary;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.validation.ModelPackages;

/**
 * Saves a data set as XMI files in a folder, one per reference data set and one for the records,
 * cross-referenced by id; and reads them back. Used by the demo data, tests and exchange files.
 */
public final class ModelResources {

	public static final String RECORDS = "records.xmi"; //$NON-NLS-1$
	public static final String DIVISIONS = "divisions.xmi"; //$NON-NLS-1$

	private static final Map<Object, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8", //$NON-NLS-1$
			XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.TRUE);

	public static ResourceSet newResourceSet() {
		ModelPackages.ALL.size(); // registers the packages outside OSGi too
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl()); //$NON-NLS-1$
		for (var ePackage : ModelPackages.ALL) {
			resources.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		}
		return resources;
	}

	/** Puts the data set into resources of {@code resources} under {@code folder} and saves them. */
	public static void save(DemoDataSet data, ResourceSet resources, URI folder) {
		put(resources, folder.appendSegment(DIVISIONS), data.reference.divisions());
		int number = 0;
		for (CriteriaEdition edition : data.reference.criteria()) {
			put(resources, folder.appendSegment("criteria-" + ++number + ".xmi"), edition); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (Vocabulary vocabulary : data.reference.vocabularies().values()) {
			put(resources, folder.appendSegment("vocabulary-" + vocabulary.getName() + ".xmi"), vocabulary); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Resource records = resources.createResource(folder.appendSegment(RECORDS));
		records.getContents().addAll(data.records());
		for (Resource resource : resources.getResources()) {
			try {
				resource.save(OPTIONS);
			} catch (IOException e) {
				throw new UncheckedIOException("cannot save " + resource.getURI(), e); //$NON-NLS-1$
			}
		}
	}

	/** Loads the records file of a saved folder; references to the reference data load on demand. */
	public static Resource loadRecords(ResourceSet resources, URI folder) {
		return resources.getResource(folder.appendSegment(RECORDS), true);
	}

	private static void put(ResourceSet resources, URI uri, EObject root) {
		resources.createResource(uri).getContents().add(root);
	}

	private ModelResources() {
	}
}
