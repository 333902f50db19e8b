package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.StoreException;
import org.minewatch.core.VocabularyRevisions;
import org.minewatch.model.base.BaseFactory;
import org.minewatch.model.base.Term;
import org.minewatch.model.base.Vocabulary;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.store.TestStores.Seeded;

/** The bureau's revision of the hazard categories: seen by the next unit of work and after a restart, and refused when a term goes missing. */
class VocabularyRevisionsTest {

	@TempDir
	Path temp;

	@Test
	void aSubclassTheBureauAddsIsSeenAtOnceAndAfterARestartAndAHazardKeepsIt() {
		Seeded seeded = TestStores.seeded(temp);
		Vocabulary revised = EcoreUtil.copy(seeded.store().read(seeded.actor(), s -> s.reference().vocabularies().get(ReferenceData.HAZARD_CATEGORY)));
		Term management = revised.getTerms().stream().filter(t -> t.getCode().equals("MGMT")).findFirst().orElseThrow();
		Term added = BaseFactory.eINSTANCE.createTerm();
		added.setCode("MGMT-01");
		added.setLabelZh("安全生产责任制");
		management.getChildren().add(added);

		seeded.store().write(seeded.actor(), s -> {
			VocabularyRevisions.save(s, revised);
			return null;
		});
		String hazardId = seeded.store().write(seeded.actor(), s -> {
			Hazard hazard = s.query(Query.of(Hazard.class), PageRequest.first(1)).items().get(0);
			hazard.setCategory(s.reference().term(ReferenceData.HAZARD_CATEGORY, "MGMT-01"));
			return s.update(hazard).getId();
		});
		seeded.store().close();

		try (JdbcStore reopened = TestStores.open(temp)) {
			Hazard hazard = reopened.read(seeded.actor(), s -> {
				Hazard h = s.get(Hazard.class, hazardId);
				EcoreUtil.resolveAll(h);
				return h;
			});
			assertEquals("MGMT-01", hazard.getCategory().getCode());
			assertEquals("安全生产责任制", hazard.getCategory().getLabelZh(), "the bureau's term resolves after a restart");
		}
	}

	@Test
	void aRevisionThatDropsATermIsRefusedAndNothingIsStored() {
		Seeded seeded = TestStores.seeded(temp);
		Vocabulary revised = EcoreUtil.copy(seeded.store().read(seeded.actor(), s -> s.reference().vocabularies().get(ReferenceData.HAZARD_CATEGORY)));
		revised.getTerms().remove(0);
		long head = seeded.store().head().sequence();
		StoreException refused = assertThrows(StoreException.class, () -> seeded.store().write(seeded.actor(), s -> {
			VocabularyRevisions.save(s, revised);
			return null;
		}));
		assertTrue(refused.getMessage().contains("retired, never removed") && refused.getMessage().contains("MGMT"), refused.getMessage());
		assertEquals(head, seeded.store().head().sequence(), "nothing was written");
		seeded.store().close();
	}
}
