package org.minewatch.model.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.minewatch.model.base.BasePackage;
import org.minewatch.model.campaign.CampaignPackage;
import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.enforcement.EnforcementPackage;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.jurisdiction.JurisdictionPackage;
import org.minewatch.model.people.PeoplePackage;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.model.report.ReportPackage;
import org.minewatch.model.schedule.SchedulePackage;

/** Every EPackage of the Minewatch model; touching this class initialises them all. */
public final class ModelPackages {

	public static final List<EPackage> ALL = List.of(BasePackage.eINSTANCE, JurisdictionPackage.eINSTANCE, RegistryPackage.eINSTANCE,
			PeoplePackage.eINSTANCE, ChecklistPackage.eINSTANCE, CampaignPackage.eINSTANCE, InspectionPackage.eINSTANCE,
			HazardPackage.eINSTANCE, SchedulePackage.eINSTANCE, ReportPackage.eINSTANCE, EnforcementPackage.eINSTANCE);

	private ModelPackages() {
	}
}
