package org.minewatch.core;

import org.minewatch.model.base.Vocabulary;
import org.minewatch.model.refdata.DataFileException;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.refdata.VocabularyLoader;

/**
 * A bureau's revisions of the shipped vocabularies (the hazard categories first): each is the bureau setting
 * {@value #PREFIX}{@code <name>}, holding the terms in the form of the shipped terms.tsv with a column for
 * retired terms ({@link VocabularyLoader#toTsv}). Versioned and audited like every setting. The store reads
 * them when it opens and again after a unit of work that changed one, so that terms added by the bureau resolve
 * like the shipped ones.
 */
public final class VocabularyRevisions {

	/** The key of a vocabulary's revision is this and the vocabulary's name. */
	public static final String PREFIX = "vocabulary."; //$NON-NLS-1$

	/** The shipped reference data with every revised vocabulary replaced by its revision. */
	public static ReferenceData apply(ReferenceData shipped, Session session) {
		ReferenceData revised = shipped;
		for (Vocabulary vocabulary : shipped.vocabularies().values()) {
			String key = PREFIX + vocabulary.getName();
			java.util.Optional<String> revision = BureauSettings.get(session, key);
			if (revision.isPresent()) {
				revised = revised.withVocabulary(read(vocabulary, revision.get(), key));
			}
		}
		return revised;
	}

	/** The shipped vocabulary as revised; refused with the setting, line and column of what cannot be read. */
	public static Vocabulary read(Vocabulary shipped, String revision, String key) {
		try {
			return new VocabularyLoader().revise(shipped, revision, "the bureau setting " + key); //$NON-NLS-1$
		} catch (DataFileException e) {
			throw new StoreException("store.vocabulary.unreadable", CoreTexts.format("vocabulary.unreadable", key, e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Saves a revision of a vocabulary, checked first against the vocabulary as the session sees it (a term
	 * removed or moved, or a revision that cannot be read back, is refused and nothing is stored).
	 */
	public static void save(Session session, Vocabulary revised) {
		String key = PREFIX + revised.getName();
		Vocabulary current = session.reference().vocabularies().get(revised.getName());
		if (current == null) {
			throw CoreTexts.refusal("vocabulary.none", revised.getName()); //$NON-NLS-1$
		}
		String tsv = VocabularyLoader.toTsv(revised);
		read(current, tsv, key); // refuses a moved term or a revision that does not read back
		java.util.Set<String> missing = new java.util.TreeSet<>(codes(current));
		missing.removeAll(codes(revised));
		if (!missing.isEmpty()) {
			throw CoreTexts.refusal("vocabulary.termRemoved", revised.getName(), missing); //$NON-NLS-1$
		}
		BureauSettings.set(session, key, tsv, "The bureau's revision of the vocabulary " + revised.getName()); //$NON-NLS-1$
	}

	private static java.util.Set<String> codes(Vocabulary vocabulary) {
		java.util.Set<String> codes = new java.util.HashSet<>();
		vocabulary.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.minewatch.model.base.Term term) {
				codes.add(term.getCode());
			}
		});
		return codes;
	}

	private VocabularyRevisions() {
	}
}
