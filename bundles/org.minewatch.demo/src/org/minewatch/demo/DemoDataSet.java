package org.minewatch.demo;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.minewatch.model.campaign.Campaign;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.report.Report;
import org.minewatch.model.schedule.InvestigationPlan;
import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.model.schedule.Visit;

/** A generated data set: the records by type, over the reference data they refer to. */
public final class DemoDataSet {

	public final ReferenceData reference;
	public final List<Agency> agencies = new ArrayList<>();
	public final List<Enterprise> enterprises = new ArrayList<>();
	public final List<Mine> mines = new ArrayList<>();
	public final List<Person> persons = new ArrayList<>();
	public final List<ChecklistTemplate> templates = new ArrayList<>();
	public final List<Campaign> campaigns = new ArrayList<>();
	public final List<Inspection> inspections = new ArrayList<>();
	public final List<Hazard> hazards = new ArrayList<>();
	public final List<MonitorAssignment> monitorAssignments = new ArrayList<>();
	public final List<Visit> visits = new ArrayList<>();
	public final List<InvestigationPlan> plans = new ArrayList<>();
	public final List<Report> reports = new ArrayList<>();
	public final List<EnforcementDocument> documents = new ArrayList<>();

	DemoDataSet(ReferenceData reference) {
		this.reference = reference;
	}

	/** Every top-level record, in a fixed order. */
	public List<EObject> records() {
		List<EObject> all = new ArrayList<>();
		all.addAll(agencies);
		all.addAll(enterprises);
		all.addAll(mines);
		all.addAll(persons);
		all.addAll(templates);
		all.addAll(campaigns);
		all.addAll(inspections);
		all.addAll(hazards);
		all.addAll(monitorAssignments);
		all.addAll(visits);
		all.addAll(plans);
		all.addAll(reports);
		all.addAll(documents);
		return all;
	}
}
