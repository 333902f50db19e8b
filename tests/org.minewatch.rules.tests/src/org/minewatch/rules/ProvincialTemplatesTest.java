package org.minewatch.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minewatch.checklist.TemplateSource;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.refdata.ReferenceData;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Heilongjiang's checklist structure, offered as a TemplateSource service by the installed plugin: names only, no invented text. */
class ProvincialTemplatesTest {

	@Test
	void heilongjiangOffersTheEightMustsAndSevenAlwaysAsStructureToBeCompleted() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ProvincialTemplatesTest.class).getBundleContext();
		List<ChecklistTemplate> templates = new ArrayList<>();
		for (ServiceReference<TemplateSource> reference : context.getServiceReferences(TemplateSource.class, null)) {
			if (reference.getBundle().getSymbolicName().equals("org.minewatch.province.heilongjiang")) { //$NON-NLS-1$
				templates.addAll(context.getService(reference).templates(ReferenceData.loadShipped()));
				context.ungetService(reference);
			}
		}
		assertEquals(1, templates.size());
		ChecklistTemplate template = templates.get(0);
		assertEquals(TemplateOrigin.PROVINCE, template.getOrigin());
		assertTrue(template.getName().contains("待省局补充"), template.getName()); //$NON-NLS-1$
		assertEquals(List.of("八个必须", "七个一律"), template.getSections().stream().map(ChecklistSection::getTitle).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(8, 7), template.getSections().stream().map(s -> s.getItems().size()).toList());
		for (ChecklistSection section : template.getSections()) {
			for (ChecklistItem item : section.getItems()) {
				assertTrue(item.getSubject().endsWith("（待省局补充）"), item.getSubject()); //$NON-NLS-1$
			}
		}
	}
}
