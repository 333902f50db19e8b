package org.minewatch.checklist;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.refdata.DataFileException;
import org.minewatch.model.refdata.DataFolder;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.refdata.TemplateLoader;
import org.osgi.framework.Bundle;

/**
 * Templates kept as data in a bundle: a folder whose templates.txt names one folder per template edition, each
 * with edition.properties and items.tsv ({@link TemplateLoader}). A new edition is a new folder and a line,
 * never a code change; a province plugin ships its folder and a {@link TemplateSource} that reads it here.
 */
public final class TemplateFolders {

	/** The index file of a templates folder. */
	public static final String INDEX = "templates.txt"; //$NON-NLS-1$

	/** The templates folder {@code path} ("data/checklists/") inside {@code bundle} or one of its fragments. */
	public static DataFolder in(Bundle bundle, String path) {
		String index = (path.endsWith("/") ? path : path + "/") + INDEX; //$NON-NLS-1$ //$NON-NLS-2$
		URL found = bundle.getEntry(index);
		if (found == null) {
			found = bundle.getResource(index); // a fragment's folder, on the bundle's class path
		}
		if (found == null) {
			throw new DataFileException(bundle.getSymbolicName() + "/" + index, 0, null, "not found in the bundle"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			return new DataFolder(new URL(found, ".")); //$NON-NLS-1$
		} catch (java.net.MalformedURLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Every template edition the folder's index names, in its order. */
	public static List<ChecklistTemplate> load(DataFolder root, ReferenceData reference) {
		List<ChecklistTemplate> templates = new ArrayList<>();
		for (String name : root.index(INDEX)) {
			templates.add(new TemplateLoader().load(root.folder(name), reference));
		}
		return templates;
	}

	private TemplateFolders() {
	}
}
