package org.minewatch.model.refdata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.minewatch.model.checklist.ChecklistFactory;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.InspectedUnit;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.hazard.Criterion;
import org.minewatch.model.hazard.CriterionCategory;
import org.minewatch.model.registry.MineKind;

/**
 * Loads one edition of a checklist template: edition.properties (name, edition, origin, what it inspects
 * ({@code inspects}: MINE, the default, or ENTERPRISE), the mine kinds it applies to (none for an enterprise
 * template), whether it is a starter template, source, licence, validity; {@code majorHazards = true} adds the
 * situations of the major-hazard standard in force for its kind as a last section, each citing its article
 * and item as the standard numbers them: 第四条第（一）项)
 * and items.tsv (section_no, section, speciality, item_no, subject, criteria, method, legal_basis,
 * key_operation, applies_to). Ids are derived from the name and edition, so that the same edition loaded
 * twice is the same record, and an inspection's answers keep pointing at the items of the edition it used.
 */
public final class TemplateLoader {

	static final String FILE = "items.tsv"; //$NON-NLS-1$
	private static final List<String> COLUMNS = List.of("section_no", "section", "speciality", "item_no", "subject", "criteria", "method", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"legal_basis", "key_operation", "applies_to"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	public ChecklistTemplate load(DataFolder folder, ReferenceData reference) {
		DataFolder.EditionProperties properties = folder.edition();
		ChecklistTemplate template = ChecklistFactory.eINSTANCE.createChecklistTemplate();
		properties.applyTo(template);
		template.setName(properties.required("name")); //$NON-NLS-1$
		template.setId(id(template.getName(), template.getEdition()));
		String origin = properties.required("origin"); //$NON-NLS-1$
		template.setOrigin(TemplateOrigin.get(origin));
		if (template.getOrigin() == null) {
			throw new DataFileException(properties.file(), properties.lineOf("origin"), "origin", "unknown origin " + origin + "; known: " + TemplateOrigin.VALUES); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		String inspects = properties.optional("inspects"); //$NON-NLS-1$
		template.setInspects(inspects == null ? InspectedUnit.MINE : InspectedUnit.get(inspects));
		if (template.getInspects() == null) {
			throw new DataFileException(properties.file(), properties.lineOf("inspects"), "inspects", "unknown unit " + inspects + "; known: " + InspectedUnit.VALUES); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		template.getAppliesTo().addAll(kinds(properties.list("appliesTo"), properties.file(), properties.lineOf("appliesTo"), "appliesTo")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if ((template.getInspects() == InspectedUnit.ENTERPRISE) != template.getAppliesTo().isEmpty()) {
			throw new DataFileException(properties.file(), properties.lineOf("appliesTo"), "appliesTo", //$NON-NLS-1$ //$NON-NLS-2$
					template.getInspects() == InspectedUnit.ENTERPRISE ? "a template for inspecting an enterprise names no mine kind" //$NON-NLS-1$
							: "a template for inspecting mines names its mine kinds"); //$NON-NLS-1$
		}
		template.setStarter(Boolean.parseBoolean(properties.optional("starter"))); //$NON-NLS-1$
		Map<String, ChecklistSection> sections = new LinkedHashMap<>();
		TsvFile.read(folder, FILE, COLUMNS, row -> {
			String number = row.get("section_no"); //$NON-NLS-1$
			String title = row.get("section"); //$NON-NLS-1$
			ChecklistSection section = sections.computeIfAbsent(number, n -> {
				ChecklistSection created = ChecklistFactory.eINSTANCE.createChecklistSection();
				created.setId(template.getId() + "/" + n); //$NON-NLS-1$
				created.setNumber(n);
				created.setTitle(title);
				String speciality = row.optional("speciality"); //$NON-NLS-1$
				if (speciality != null) {
					try {
						created.setSpeciality(reference.term(ReferenceData.SPECIALITY, speciality));
					} catch (IllegalArgumentException e) {
						throw row.error("speciality", "unknown speciality " + speciality); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
				template.getSections().add(created);
				return created;
			});
			if (!section.getTitle().equals(title)) {
				throw row.error("section", "section " + number + " is named '" + section.getTitle() + "' on an earlier line"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			ChecklistItem item = ChecklistFactory.eINSTANCE.createChecklistItem();
			item.setNumber(number + "." + row.get("item_no")); //$NON-NLS-1$ //$NON-NLS-2$
			item.setId(template.getId() + "/" + item.getNumber()); //$NON-NLS-1$
			if (section.getItems().stream().anyMatch(i -> i.getNumber().equals(item.getNumber()))) {
				throw row.error("item_no", "item " + item.getNumber() + " appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			item.setSubject(row.get("subject")); //$NON-NLS-1$
			item.setCriteria(row.optional("criteria")); //$NON-NLS-1$
			item.setMethod(row.optional("method")); //$NON-NLS-1$
			item.setLegalBasis(row.optional("legal_basis")); //$NON-NLS-1$
			item.setKeyOperation("yes".equalsIgnoreCase(row.optional("key_operation")) || "true".equalsIgnoreCase(row.optional("key_operation"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			String appliesTo = row.optional("applies_to"); //$NON-NLS-1$
			if (appliesTo != null) {
				item.getAppliesTo().addAll(kinds(List.of(appliesTo.split("\\s*,\\s*")), row.file(), row.line(), "applies_to")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			section.getItems().add(item);
		});
		if (Boolean.parseBoolean(properties.optional("majorHazards"))) { //$NON-NLS-1$
			addMajorHazards(template, reference, properties.date("validFrom")); //$NON-NLS-1$
		}
		return template;
	}

	/** The record id of a template edition: the same for the same name and edition, wherever it is loaded. */
	public static String id(String name, String edition) {
		return UUID.nameUUIDFromBytes(("checklist-template:" + name + "@" + edition).getBytes(StandardCharsets.UTF_8)).toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The situations of the major-hazard standard for the template's first kind, as a section: each an item citing its article. */
	private static void addMajorHazards(ChecklistTemplate template, ReferenceData reference, LocalDate day) {
		CriteriaEdition standard = template.getAppliesTo().isEmpty() ? null : reference.criteriaFor(template.getAppliesTo().get(0), day);
		if (standard == null) {
			return;
		}
		ChecklistSection section = ChecklistFactory.eINSTANCE.createChecklistSection();
		section.setNumber(String.valueOf(template.getSections().size() + 1));
		section.setId(template.getId() + "/" + section.getNumber()); //$NON-NLS-1$
		section.setTitle("重大事故隐患（" + standard.getStandard() + "）"); //$NON-NLS-1$ //$NON-NLS-2$
		for (CriterionCategory category : standard.getCategories()) {
			for (Criterion criterion : category.getCriteria()) {
				ChecklistItem item = ChecklistFactory.eINSTANCE.createChecklistItem();
				item.setNumber(section.getNumber() + "." + criterion.getCode()); //$NON-NLS-1$
				item.setId(template.getId() + "/" + item.getNumber()); //$NON-NLS-1$
				item.setSubject(category.getTitle());
				item.setCriteria(criterion.getText());
				item.setMethod("查阅资料，现场核查"); //$NON-NLS-1$
				int itemNo = Integer.parseInt(criterion.getCode().substring(criterion.getCode().indexOf('.') + 1));
				item.setLegalBasis("《" + standard.getStandard() + "》（" + standard.getEdition() + "）" + (category.getArticle() == null ? "" : category.getArticle()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ "第（" + ChineseNumbers.of(itemNo) + "）项"); //$NON-NLS-1$ //$NON-NLS-2$
				section.getItems().add(item);
			}
		}
		template.getSections().add(section);
	}

	private static List<MineKind> kinds(List<String> names, String file, long line, String column) {
		return names.stream().map(name -> {
			MineKind kind = MineKind.get(name.strip());
			if (kind == null) {
				throw new DataFileException(file, line, column, "unknown mine kind " + name + "; known: " + MineKind.VALUES); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return kind;
		}).toList();
	}
}
