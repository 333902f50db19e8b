package org.minewatch.model.refdata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.hazard.Criterion;
import org.minewatch.model.hazard.CriterionCategory;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.registry.MineKind;

/**
 * Loads one edition of a major-hazard determination standard: edition.properties (standard,
 * edition, validity, the mine kinds it applies to, how many situations it declares) and
 * criteria.tsv (cat_no, article, category, item_no, text). A new edition is a new folder.
 */
public final class CriteriaLoader {

	static final String FILE = "criteria.tsv"; //$NON-NLS-1$
	private static final List<String> COLUMNS = List.of("cat_no", "article", "category", "item_no", "text"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	public CriteriaEdition load(DataFolder folder) {
		DataFolder.EditionProperties properties = folder.edition();
		CriteriaEdition edition = HazardFactory.eINSTANCE.createCriteriaEdition();
		properties.applyTo(edition);
		edition.setStandard(properties.required("standard")); //$NON-NLS-1$
		for (String kind : properties.list("appliesTo")) { //$NON-NLS-1$
			MineKind mineKind = MineKind.get(kind);
			if (mineKind == null) {
				throw new DataFileException(properties.file(), properties.lineOf("appliesTo"), "appliesTo", "unknown mine kind " + kind //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ "; known: " + MineKind.VALUES); //$NON-NLS-1$
			}
			edition.getAppliesTo().add(mineKind);
		}
		if (properties.optional("declaredSituations") != null) { //$NON-NLS-1$
			edition.setDeclaredSituations(properties.integer("declaredSituations")); //$NON-NLS-1$
		}
		edition.setMissingNote(properties.optional("missingNote")); //$NON-NLS-1$

		Map<Integer, CriterionCategory> categories = new HashMap<>();
		Set<String> codes = new HashSet<>();
		TsvFile.read(folder, FILE, COLUMNS, row -> {
			int number = row.integer("cat_no"); //$NON-NLS-1$
			String title = row.get("category"); //$NON-NLS-1$
			CriterionCategory category = categories.computeIfAbsent(number, n -> {
				CriterionCategory created = HazardFactory.eINSTANCE.createCriterionCategory();
				created.setNumber(String.valueOf(n));
				created.setArticle(row.optional("article")); //$NON-NLS-1$
				created.setTitle(title);
				edition.getCategories().add(created);
				return created;
			});
			if (!category.getTitle().equals(title)) {
				throw row.error("category", "category " + number + " is named '" + category.getTitle() + "' on an earlier line"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			String code = number + "." + row.integer("item_no"); //$NON-NLS-1$ //$NON-NLS-2$
			if (!codes.add(code)) {
				throw row.error("item_no", "situation " + code + " appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			Criterion criterion = HazardFactory.eINSTANCE.createCriterion();
			criterion.setCode(code);
			criterion.setText(row.get("text")); //$NON-NLS-1$
			category.getCriteria().add(criterion);
		});
		return edition;
	}
}
