package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minewatch.model.base.BaseFactory;
import org.minewatch.model.base.Term;
import org.minewatch.model.base.Vocabulary;
import org.minewatch.model.refdata.DataFileException;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.refdata.VocabularyLoader;

/** A bureau's revision of the hazard categories: written as TSV, read back over the shipped terms, never removing or moving one. */
class VocabularyRevisionTest {

	private static Vocabulary shipped() {
		return Shipped.reference().vocabularies().get(ReferenceData.HAZARD_CATEGORY);
	}

	@Test
	void aRevisionAddsASubclassRelabelsAndRetiresAndReadsBackTheSame() {
		Vocabulary revised = org.eclipse.emf.ecore.util.EcoreUtil.copy(shipped());
		Term management = revised.getTerms().stream().filter(t -> t.getCode().equals("MGMT")).findFirst().orElseThrow();
		Term added = BaseFactory.eINSTANCE.createTerm();
		added.setCode("MGMT-01");
		added.setLabelZh("安全生产责任制");
		added.setLabelEn("Responsibility system");
		management.getChildren().add(added);
		Term other = revised.getTerms().stream().filter(t -> t.getCode().equals("SITE")).findFirst().orElseThrow().getChildren().stream()
				.filter(t -> t.getCode().equals("SITE-12")).findFirst().orElseThrow();
		other.setRetired(true);
		other.setLabelEn("Other\tworkplace"); // a tab typed into a label does not break the row

		String tsv = VocabularyLoader.toTsv(revised);
		Vocabulary read = new VocabularyLoader().revise(shipped(), tsv, "the revision");

		assertEquals(VocabularyLoader.toTsv(revised).replace("Other\tworkplace", "Other workplace"), VocabularyLoader.toTsv(read));
		ReferenceData withRevision = Shipped.reference().withVocabulary(read);
		assertEquals("安全生产责任制", withRevision.term(ReferenceData.HAZARD_CATEGORY, "MGMT-01").getLabelZh());
		assertEquals("MGMT", withRevision.term(ReferenceData.HAZARD_CATEGORY, "MGMT-01").getParent().getCode());
		assertTrue(withRevision.term(ReferenceData.HAZARD_CATEGORY, "SITE-12").isRetired());
		assertFalse(Shipped.reference().term(ReferenceData.HAZARD_CATEGORY, "SITE-12").isRetired(), "the shipped data is untouched");
	}

	@Test
	void aShippedTermMissingFromARevisionStaysAndOneMovedIsRefusedWithItsLine() {
		String onlyOne = "code\tparent\tlabel_zh\tlabel_en\tretired\nSITE\t\t作业场所\tWorkplace\tfalse\n";
		Vocabulary read = new VocabularyLoader().revise(shipped(), onlyOne, "the revision");
		assertEquals(VocabularyLoader.toTsv(shipped()).lines().count(), VocabularyLoader.toTsv(read).lines().count(), "no term was lost");
		assertEquals("作业场所", Shipped.reference().withVocabulary(read).term(ReferenceData.HAZARD_CATEGORY, "SITE").getLabelZh());

		String moved = "code\tparent\tlabel_zh\tlabel_en\tretired\nSITE-02\tEQUIP\t顶板\tRoof\tfalse\n";
		DataFileException refused = assertThrows(DataFileException.class, () -> new VocabularyLoader().revise(shipped(), moved, "the revision"));
		assertEquals("the revision", refused.file());
		assertEquals(2, refused.line());
		assertEquals("parent", refused.field());
		assertTrue(refused.getMessage().contains("cannot move"), refused.getMessage());

		String orphan = "code\tparent\tlabel_zh\tlabel_en\tretired\nNEW-01\tNEW\t新\tNew\tfalse\n";
		DataFileException noParent = assertThrows(DataFileException.class, () -> new VocabularyLoader().revise(shipped(), orphan, "the revision"));
		assertEquals("parent", noParent.field());
		assertTrue(noParent.getMessage().contains("no term NEW"), noParent.getMessage());
	}
}
