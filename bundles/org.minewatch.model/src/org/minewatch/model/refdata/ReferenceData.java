package org.minewatch.model.refdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minewatch.model.base.Term;
import org.minewatch.model.base.Vocabulary;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.hazard.Criterion;
import org.minewatch.model.hazard.CriterionCategory;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.jurisdiction.DivisionEdition;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.registry.MineKind;

/**
 * The reference data Minewatch ships: administrative divisions, major-hazard criteria editions
 * and vocabularies, loaded from the files under data/ in this bundle. Criteria editions and
 * vocabularies are listed in data/criteria/editions.txt and data/vocabularies/vocabularies.txt:
 * a new edition is a new folder and a line there, never a code change.
 */
public record ReferenceData(DivisionEdition divisions, List<CriteriaEdition> criteria, Map<String, Vocabulary> vocabularies) {

	public static final String HAZARD_CATEGORY = "hazard-category"; //$NON-NLS-1$
	public static final String SPECIALITY = "speciality"; //$NON-NLS-1$

	/** Loads everything under {@code data} (a folder holding divisions/, criteria/ and vocabularies/). */
	public static ReferenceData load(DataFolder data) {
		DivisionEdition divisions = new DivisionLoader().load(data.folder("divisions")); //$NON-NLS-1$
		List<CriteriaEdition> criteria = new ArrayList<>();
		DataFolder criteriaFolder = data.folder("criteria"); //$NON-NLS-1$
		for (String edition : index(criteriaFolder, "editions.txt")) { //$NON-NLS-1$
			criteria.add(new CriteriaLoader().load(criteriaFolder.folder(edition)));
		}
		Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
		DataFolder vocabularyFolder = data.folder("vocabularies"); //$NON-NLS-1$
		for (String name : index(vocabularyFolder, "vocabularies.txt")) { //$NON-NLS-1$
			Vocabulary vocabulary = new VocabularyLoader().load(vocabularyFolder.folder(name));
			vocabularies.put(vocabulary.getName(), vocabulary);
		}
		return new ReferenceData(divisions, List.copyOf(criteria), Map.copyOf(vocabularies));
	}

	/** The reference data inside the Minewatch model bundle. */
	public static ReferenceData loadShipped() {
		return load(DataFolder.ofResource("/data/divisions/").folder("..")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The division with this six-digit code of the statistical division list, or null; where a prefecture-level city is
	 * listed again as its own county-level area, the higher level.
	 */
	public Jurisdiction jurisdiction(String code) {
		if (DivisionLoader.NATION_CODE.equals(code)) {
			return divisions.getNation();
		}
		for (var it = divisions.getNation().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Jurisdiction j && j.getCode().equals(code)) {
				return j;
			}
		}
		return null;
	}

	/** The same reference data with a vocabulary replaced by {@code revised} (a bureau's revision, same name). */
	public ReferenceData withVocabulary(Vocabulary revised) {
		Map<String, Vocabulary> replaced = new LinkedHashMap<>(vocabularies);
		replaced.put(revised.getName(), revised);
		return new ReferenceData(divisions, criteria, Map.copyOf(replaced));
	}

	/** The vocabulary term with this code, searched through nested terms; refused if absent. */
	public Term term(String vocabulary, String code) {
		Vocabulary terms = vocabularies.get(vocabulary);
		if (terms != null) {
			for (var it = terms.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Term term && term.getCode().equals(code)) {
					return term;
				}
			}
		}
		throw new IllegalArgumentException("no term " + code + " in the vocabulary " + vocabulary); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The criteria edition in force on {@code date} for mines of {@code kind}, or null: that kind has no loaded standard. */
	public CriteriaEdition criteriaFor(MineKind kind, LocalDate date) {
		return criteria.stream().filter(e -> e.getAppliesTo().contains(kind) && e.isValidOn(date))
				.max(Comparator.comparing(CriteriaEdition::getValidFrom, Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
	}

	/** A citation of situation {@code code} of {@code edition}; refused if the edition has no such situation. */
	public static Citation cite(CriteriaEdition edition, String code) {
		for (CriterionCategory category : edition.getCategories()) {
			for (Criterion criterion : category.getCriteria()) {
				if (criterion.getCode().equals(code)) {
					Citation citation = HazardFactory.eINSTANCE.createCitation();
					citation.setStandard(edition.getStandard());
					citation.setEdition(edition.getEdition());
					citation.setItem(code);
					citation.setCriterion(criterion);
					return citation;
				}
			}
		}
		throw new IllegalArgumentException(edition.getEdition() + " has no situation " + code); //$NON-NLS-1$
	}

	private static List<String> index(DataFolder folder, String file) {
		return folder.index(file);
	}
}
