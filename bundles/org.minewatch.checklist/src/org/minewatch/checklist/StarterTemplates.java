package org.minewatch.checklist;

import java.util.List;

import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.refdata.ReferenceData;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * The suite's starter templates (data/checklists/ in this bundle): underground coal, open-pit coal,
 * underground non-coal, tailings ponds and a coal-mine enterprise, organised by speciality as the campaign
 * checklists are, each marked as a starter of origin SUITE (not an official list); the two coal ones end with
 * the situations of the major-hazard standard, each citing its article and item. The official 221- and 165-item
 * lists are not public in our sources: a bureau or province authors its own editions.
 */
@Component(service = TemplateSource.class)
public final class StarterTemplates implements TemplateSource {

	@Override
	public List<ChecklistTemplate> templates(ReferenceData reference) {
		return TemplateFolders.load(TemplateFolders.in(FrameworkUtil.getBundle(StarterTemplates.class), "data/checklists/"), reference); //$NON-NLS-1$
	}
}
