package org.minewatch.hazard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.hazard.Criterion;
import org.minewatch.model.hazard.CriterionCategory;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.MineKind;

/**
 * What a major hazard may cite: the situations of the determination standard loaded for the mine's kind
 * and in force on the day it was found, searchable by code, article or words; picked from this list,
 * never typed.
 */
public final class Citations {

	/** The citations whose code, article or text contains {@code filter} (all if blank); none when no standard is loaded for the kind. */
	public static List<Citation> forMine(ReferenceData reference, MineKind kind, LocalDate day, String filter) {
		CriteriaEdition edition = reference.criteriaFor(kind, day);
		List<Citation> found = new ArrayList<>();
		if (edition == null) {
			return found;
		}
		String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		for (CriterionCategory category : edition.getCategories()) {
			for (Criterion criterion : category.getCriteria()) {
				if (wanted.isEmpty() || contains(criterion.getCode(), wanted) || contains(criterion.getText(), wanted) || contains(category.getArticle(), wanted)
						|| contains(category.getTitle(), wanted)) {
					found.add(ReferenceData.cite(edition, criterion.getCode()));
				}
			}
		}
		return found;
	}

	private static boolean contains(String text, String wanted) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
	}

	private Citations() {
	}
}
