package org.minewatch.checklist;

import java.util.List;

import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.refdata.ReferenceData;

/**
 * Checklist templates a bundle contributes, as an OSGi service: the suite's starter templates, and a
 * province's or an enterprise's own, from a plugin installed through the update site. Most read a data folder
 * with {@link TemplateFolders}; the {@link TemplateLibrary} gathers them all.
 */
public interface TemplateSource {

	/** The templates, read with the reference data (specialities, the major-hazard standards); refused with file, line and column when one cannot be read. */
	List<ChecklistTemplate> templates(ReferenceData reference);
}
