package org.minewatch.model.refdata;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.model.base.BaseFactory;
import org.minewatch.model.base.Term;
import org.minewatch.model.base.Vocabulary;

/**
 * Loads a vocabulary: edition.properties (name, titles, edition) and terms.tsv (code, parent,
 * label_zh, label_en); a parent is a term defined on an earlier line. And a bureau's revision of one, in
 * the same form with a column more (retired): see {@link #revise}.
 */
public final class VocabularyLoader {

	static final String FILE = "terms.tsv"; //$NON-NLS-1$
	private static final List<String> COLUMNS = List.of("code", "parent", "label_zh", "label_en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final List<String> REVISION_COLUMNS = List.of("code", "parent", "label_zh", "label_en", "retired"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/**
	 * The shipped vocabulary as a bureau revised it ({@link #toTsv}): its terms relabelled or retired, and the
	 * bureau's own terms added under the parent they name. A term is never removed nor moved, since records
	 * refer to it by code: a shipped term missing from the revision stays as shipped (a later edition of the
	 * suite may ship terms the revision predates). Errors name {@code where}, the line and the column.
	 */
	public Vocabulary revise(Vocabulary shipped, String revision, String where) {
		Vocabulary revised = EcoreUtil.copy(shipped);
		Map<String, Term> byCode = new HashMap<>();
		revised.eAllContents().forEachRemaining(o -> {
			if (o instanceof Term term) {
				byCode.put(term.getCode(), term);
			}
		});
		Map<String, Boolean> seen = new HashMap<>();
		TsvFile.read(() -> new StringReader(revision), where, REVISION_COLUMNS, row -> {
			String code = row.get("code"); //$NON-NLS-1$
			if (seen.put(code, Boolean.TRUE) != null) {
				throw row.error("code", "term " + code + " appears twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			String parentCode = row.optional("parent"); //$NON-NLS-1$
			Term term = byCode.get(code);
			if (term == null) {
				term = BaseFactory.eINSTANCE.createTerm();
				term.setCode(code);
				if (parentCode == null) {
					revised.getTerms().add(term);
				} else {
					Term parent = byCode.get(parentCode);
					if (parent == null) {
						throw row.error("parent", "no term " + parentCode + " before this line"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
					parent.getChildren().add(term);
				}
				byCode.put(code, term);
			} else {
				String shippedParent = term.getParent() == null ? null : term.getParent().getCode();
				if (!java.util.Objects.equals(shippedParent, parentCode)) {
					throw row.error("parent", "term " + code + " belongs to " + (shippedParent == null ? "no parent" : shippedParent) + " and cannot move"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				}
			}
			term.setLabelZh(row.get("label_zh")); //$NON-NLS-1$
			term.setLabelEn(row.optional("label_en")); //$NON-NLS-1$
			term.setRetired("true".equalsIgnoreCase(row.optional("retired"))); //$NON-NLS-1$ //$NON-NLS-2$
		});
		return revised;
	}

	/** The vocabulary's terms as a revision: a header line, then each term after its parent. */
	public static String toTsv(Vocabulary vocabulary) {
		StringBuilder tsv = new StringBuilder(String.join("\t", REVISION_COLUMNS)).append('\n'); //$NON-NLS-1$
		vocabulary.eAllContents().forEachRemaining(o -> {
			if (o instanceof Term term) {
				tsv.append(clean(term.getCode())).append('\t').append(term.getParent() == null ? "" : clean(term.getParent().getCode())).append('\t') //$NON-NLS-1$
						.append(clean(term.getLabelZh())).append('\t').append(clean(term.getLabelEn())).append('\t').append(term.isRetired()).append('\n');
			}
		});
		return tsv.toString();
	}

	/** A value on one line without tabs (a label typed with one would break the row). */
	private static String clean(String value) {
		return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ").replace('"', '\'').strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

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
