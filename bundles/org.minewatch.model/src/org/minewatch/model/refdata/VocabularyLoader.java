package org.minewatch.model.refdata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minewatch.model.base.BaseFactory;
import org.minewatch.model.base.Term;
import org.minewatch.model.base.Vocabulary;

/**
 * Loads a vocabulary: edition.properties (name, titles, edition) and terms.tsv (code, parent,
 * label_zh, label_en); a parent is a term defined on an earlier line.
 */
public final class VocabularyLoader {

	static final String FILE = "terms.tsv"; //$NON-NLS-1$
	private static final List<String> COLUMNS = List.of("code", "parent", "label_zh", "label_en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	public Vocabulary load(DataFolder folder) {
		DataFolder.EditionProperties properties = folder.edition();
		Vocabulary vocabulary = BaseFactory.eINSTANCE.createVocabulary();
		properties.applyTo(vocabulary);
		vocabulary.setName(properties.required("name")); //$NON-NLS-1$
		vocabulary.setTitleZh(properties.optional("titleZh")); //$NON-NLS-1$
		vocabulary.setTitleEn(properties.optional("titleEn")); //$NON-NLS-1$
		Map<String, Term> byCode = new HashMap<>();
		TsvFile.read(folder, FILE, COLUMNS, row -> {
			Term term = BaseFactory.eINSTANCE.createTerm();
			term.setCode(row.get("code")); //$NON-NLS-1$
			term.setLabelZh(row.get("label_zh")); //$NON-NLS-1$
			term.setLabelEn(row.optional("label_en")); //$NON-NLS-1$
			if (byCode.putIfAbsent(term.getCode(), term) != null) {
				throw row.error("code", "term " + term.getCode() + " appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			String parentCode = row.optional("parent"); //$NON-NLS-1$
			if (parentCode == null) {
				vocabulary.getTerms().add(term);
			} else {
				Term parent = byCode.get(parentCode);
				if (parent == null) {
					throw row.error("parent", "no term " + parentCode + " on an earlier line"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				parent.getChildren().add(term);
			}
		});
		return vocabulary;
	}
}
