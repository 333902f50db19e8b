package org.minewatch.province.heilongjiang;

import java.util.List;

import org.minewatch.checklist.TemplateFolders;
import org.minewatch.checklist.TemplateSource;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.refdata.ReferenceData;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * Heilongjiang's checklist structure (data/checklists/ in this bundle): 八个必须 and 七个一律, each item named and
 * marked 待省局补充. The province completes the texts in a new edition; the suite invents none.
 */
@Component(service = TemplateSource.class)
public final class HeilongjiangTemplates implements TemplateSource {

	@Override
	public List<ChecklistTemplate> templates(ReferenceData reference) {
		return TemplateFolders.load(TemplateFolders.in(FrameworkUtil.getBundle(HeilongjiangTemplates.class), "data/checklists/"), reference); //$NON-NLS-1$
	}
}
