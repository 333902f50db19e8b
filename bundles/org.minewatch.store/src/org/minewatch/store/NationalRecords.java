package org.minewatch.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.model.checklist.ChecklistFactory;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistPackage;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Rectification;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.AgencyName;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionFactory;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.jurisdiction.JurisdictionPackage;
import org.minewatch.model.people.PeopleFactory;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.GasClass;
import org.minewatch.model.registry.HydrogeologicalType;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.model.registry.RockBurstRisk;
import org.minewatch.model.registry.SpontaneousCombustion;
import org.minewatch.model.registry.StandardisationGrade;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.registry.SupervisionClass;

/**
 * Turns rows of the national-scale data set (docs/data-formats.md) into records. References to
 * other records become proxies by id, so nothing else is loaded; divisions and criteria are the
 * shared reference data.
 */
final class NationalRecords {

	private final Map<String, Jurisdiction> provinces = new HashMap<>();
	private final Map<String, Jurisdiction> counties = new HashMap<>();
	private final Map<String, Jurisdiction> anyLevel = new HashMap<>();
	private final CriteriaEdition coalCriteria;
	private final String templateId;

	NationalRecords(ReferenceData reference, String dataSet) {
		for (var it = reference.divisions().getNation().eAllContents(); it.hasNext();) {
			Jurisdiction j = (Jurisdiction) it.next();
			(j.getLevel() == JurisdictionLevel.COUNTY ? counties : j.getLevel() == JurisdictionLevel.PROVINCE ? provinces : anyLevel).putIfAbsent(j.getCode(), j);
		}
		anyLevel.put(reference.divisions().getNation().getCode(), reference.divisions().getNation());
		this.coalCriteria = reference.criteriaFor(MineKind.UNDERGROUND_COAL, LocalDate.of(2021, 6, 30));
		this.templateId = UUID.nameUUIDFromBytes(("minewatch national checklist " + dataSet).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$
	}

	Agency agency(CSVRecord row) {
		Agency agency = JurisdictionFactory.eINSTANCE.createAgency();
		agency.setId(row.get("id")); //$NON-NLS-1$
		agency.setKind(AgencyKind.get(row.get("kind"))); //$NON-NLS-1$
		agency.setLevel(JurisdictionLevel.get(row.get("level"))); //$NON-NLS-1$
		String parent = row.get("parent_id"); //$NON-NLS-1$
		agency.setParent(parent.isEmpty() ? null : proxy(JurisdictionPackage.Literals.AGENCY, parent));
		agency.setOwner(parent.isEmpty() ? agency : agency.getParent());
		Jurisdiction covers = jurisdiction(row.get("jurisdiction_code"), agency.getLevel()); //$NON-NLS-1$
		if (covers != null) {
			agency.getCovers().add(covers);
		}
		AgencyName name = JurisdictionFactory.eINSTANCE.createAgencyName();
		name.setName(row.get("name")); //$NON-NLS-1$
		agency.getNames().add(name);
		return stamp(agency);
	}

	Enterprise enterprise(CSVRecord row) {
		Enterprise enterprise = RegistryFactory.eINSTANCE.createEnterprise();
		enterprise.setId(row.get("id")); //$NON-NLS-1$
		enterprise.setOwner(agency(row.get("owner_agency_id"))); //$NON-NLS-1$
		String parent = row.get("parent_id"); //$NON-NLS-1$
		enterprise.setParent(parent.isEmpty() ? null : proxy(RegistryPackage.Literals.ENTERPRISE, parent));
		enterprise.setGroup(Boolean.parseBoolean(row.get("group"))); //$NON-NLS-1$
		enterprise.setName(row.get("name")); //$NON-NLS-1$
		enterprise.setCreditCode(row.get("credit_code")); //$NON-NLS-1$
		enterprise.setJurisdiction(jurisdiction(row.get("jurisdiction_code"), null)); //$NON-NLS-1$
		return stamp(enterprise);
	}

	Mine mine(CSVRecord row) {
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		mine.setId(row.get("id")); //$NON-NLS-1$
		mine.setOwner(agency(row.get("owner_agency_id"))); //$NON-NLS-1$
		mine.setEnterprise(proxy(RegistryPackage.Literals.ENTERPRISE, row.get("enterprise_id"))); //$NON-NLS-1$
		mine.setName(row.get("name")); //$NON-NLS-1$
		mine.setKind(MineKind.get(row.get("kind"))); //$NON-NLS-1$
		mine.setProvince(provinces.get(row.get("province_code"))); //$NON-NLS-1$
		mine.setCounty(counties.get(row.get("county_code"))); //$NON-NLS-1$
		mine.setApprovedCapacity(new BigDecimal(row.get("approved_capacity"))); //$NON-NLS-1$
		mine.setLatitude(new BigDecimal(row.get("latitude"))); //$NON-NLS-1$
		mine.setLongitude(new BigDecimal(row.get("longitude"))); //$NON-NLS-1$
		return stamp(mine);
	}

	void status(Mine mine, CSVRecord row) {
		StatusChange change = RegistryFactory.eINSTANCE.createStatusChange();
		change.setSince(LocalDate.parse(row.get("since"))); //$NON-NLS-1$
		change.setStatus(ProductionStatus.get(row.get("status"))); //$NON-NLS-1$
		change.setReason(row.get("reason")); //$NON-NLS-1$
		mine.getStatusHistory().add(change);
	}

	void classification(Mine mine, CSVRecord row) {
		Classification c = RegistryFactory.eINSTANCE.createClassification();
		c.setSince(LocalDate.parse(row.get("since"))); //$NON-NLS-1$
		c.setSupervisionClass(SupervisionClass.get(row.get("supervision_class"))); //$NON-NLS-1$
		c.setGasClass(GasClass.get(row.get("gas_class"))); //$NON-NLS-1$
		c.setHydrogeologicalType(HydrogeologicalType.get(row.get("hydrogeological_type"))); //$NON-NLS-1$
		c.setSpontaneousCombustion(SpontaneousCombustion.get(row.get("spontaneous_combustion"))); //$NON-NLS-1$
		c.setRockBurstRisk(RockBurstRisk.get(row.get("rock_burst_risk"))); //$NON-NLS-1$
		c.setStandardisationGrade(StandardisationGrade.get(row.get("standardisation_grade"))); //$NON-NLS-1$
		mine.getClassHistory().add(c);
	}

	Person person(CSVRecord row) {
		Person person = PeopleFactory.eINSTANCE.createPerson();
		person.setId(row.get("id")); //$NON-NLS-1$
		person.setOwner(agency(row.get("owner_agency_id"))); //$NON-NLS-1$
		person.setName(row.get("name")); //$NON-NLS-1$
		String agency = row.get("agency_id"); //$NON-NLS-1$
		person.setAgency(agency.isEmpty() ? null : agency(agency));
		String mine = row.get("mine_id"); //$NON-NLS-1$
		person.setMine(mine.isEmpty() ? null : proxy(RegistryPackage.Literals.MINE, mine));
		return stamp(person);
	}

	/** The one checklist of the data set, holding all its items. */
	ChecklistTemplate template(String ownerAgencyId) {
		ChecklistTemplate template = ChecklistFactory.eINSTANCE.createChecklistTemplate();
		template.setId(templateId);
		template.setOwner(agency(ownerAgencyId));
		template.setName("全国规模测试检查表"); //$NON-NLS-1$
		template.setEdition("national-scale"); //$NON-NLS-1$
		template.setOrigin(TemplateOrigin.NATIONAL);
		template.setStarter(true);
		template.getAppliesTo().add(MineKind.UNDERGROUND_COAL);
		return stamp(template);
	}

	void item(ChecklistTemplate template, CSVRecord row) {
		String sectionTitle = row.get("section"); //$NON-NLS-1$
		ChecklistSection section = template.getSections().isEmpty() ? null : template.getSections().get(template.getSections().size() - 1);
		if (section == null || !section.getTitle().equals(sectionTitle)) {
			section = ChecklistFactory.eINSTANCE.createChecklistSection();
			section.setId(UUID.nameUUIDFromBytes((templateId + sectionTitle).getBytes(StandardCharsets.UTF_8)).toString());
			section.setTitle(sectionTitle);
			section.setNumber(String.valueOf(template.getSections().size() + 1));
			template.getSections().add(section);
		}
		ChecklistItem item = ChecklistFactory.eINSTANCE.createChecklistItem();
		item.setId(row.get("id")); //$NON-NLS-1$
		item.setNumber(row.get("number")); //$NON-NLS-1$
		item.setSubject(row.get("subject")); //$NON-NLS-1$
		section.getItems().add(item);
	}

	Inspection inspection(CSVRecord row) {
		Inspection inspection = InspectionFactory.eINSTANCE.createInspection();
		inspection.setId(row.get("id")); //$NON-NLS-1$
		inspection.setOwner(agency(row.get("owner_agency_id"))); //$NON-NLS-1$
		inspection.setKind(InspectionKind.get(row.get("kind"))); //$NON-NLS-1$
		inspection.setMine(proxy(RegistryPackage.Literals.MINE, row.get("mine_id"))); //$NON-NLS-1$
		inspection.setStatus(InspectionStatus.get(row.get("status"))); //$NON-NLS-1$
		inspection.setTemplate(proxy(ChecklistPackage.Literals.CHECKLIST_TEMPLATE, templateId));
		inspection.setPlannedStart(LocalDate.parse(row.get("planned_start"))); //$NON-NLS-1$
		String completed = row.get("completed_at"); //$NON-NLS-1$
		inspection.setCompletedAt(completed.isEmpty() ? null : Instant.parse(completed));
		return stamp(inspection);
	}

	void result(Inspection inspection, CSVRecord row) {
		ItemResult result = InspectionFactory.eINSTANCE.createItemResult();
		result.setId(row.get("id")); //$NON-NLS-1$
		ChecklistItem item = ChecklistFactory.eINSTANCE.createChecklistItem();
		((InternalEObject) item).eSetProxyURI(Documents.uriOf(ChecklistPackage.Literals.CHECKLIST_TEMPLATE, templateId).appendFragment(row.get("item_id"))); //$NON-NLS-1$
		result.setItem(item);
		result.setOutcome(ItemOutcome.get(row.get("outcome"))); //$NON-NLS-1$
		result.setStateAsFound(row.get("state_as_found")); //$NON-NLS-1$
		inspection.getResults().add(result);
	}

	Hazard hazard(CSVRecord row) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setId(row.get("id")); //$NON-NLS-1$
		hazard.setOwner(agency(row.get("owner_agency_id"))); //$NON-NLS-1$
		hazard.setMine(proxy(RegistryPackage.Literals.MINE, row.get("mine_id"))); //$NON-NLS-1$
		String inspection = row.get("inspection_id"); //$NON-NLS-1$
		hazard.setSourceInspection(inspection.isEmpty() ? null : proxy(InspectionPackage.Literals.INSPECTION, inspection));
		hazard.setGrade(HazardGrade.get(row.get("grade"))); //$NON-NLS-1$
		hazard.setState(HazardState.get(row.get("state"))); //$NON-NLS-1$
		hazard.setDescription(row.get("description")); //$NON-NLS-1$
		hazard.setFoundAt(Instant.parse(row.get("found_at"))); //$NON-NLS-1$
		String deadline = row.get("deadline"); //$NON-NLS-1$
		if (!deadline.isEmpty()) {
			Rectification rectification = HazardFactory.eINSTANCE.createRectification();
			rectification.setDeadline(LocalDate.parse(deadline));
			hazard.setRectification(rectification);
		}
		String citation = row.get("citation_item"); //$NON-NLS-1$
		if (!citation.isEmpty() && coalCriteria != null) {
			hazard.setCitation(ReferenceData.cite(coalCriteria, citation));
		}
		return stamp(hazard);
	}

	/** Revision 1; no creation time: the data set does not say, and the same rows must give the same documents. */
	private static <R extends org.minewatch.model.base.Record> R stamp(R record) {
		record.setRevision(1);
		return record;
	}

	private Agency agency(String id) {
		return proxy(JurisdictionPackage.Literals.AGENCY, id);
	}

	private Jurisdiction jurisdiction(String code, JurisdictionLevel level) {
		if (level == JurisdictionLevel.COUNTY && counties.containsKey(code)) {
			return counties.get(code);
		}
		Jurisdiction found = provinces.get(code);
		if (found == null) {
			found = anyLevel.get(code);
		}
		return found != null ? found : counties.get(code);
	}

	@SuppressWarnings("unchecked")
	private static <T extends EObject> T proxy(EClass type, String id) {
		EObject proxy = EcoreUtil.create(type);
		URI uri = Documents.uriOf(type, id).appendFragment(id);
		((InternalEObject) proxy).eSetProxyURI(uri);
		return (T) proxy;
	}
}
