package org.minewatch.hazard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minewatch.model.hazard.Citation;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.MineKind;

/** A major hazard's citation is picked from the standard loaded for the mine's kind, searchable. */
class CitationsTest {

	private static final ReferenceData REFERENCE = ReferenceData.loadShipped();
	private static final LocalDate DAY = LocalDate.of(2021, 6, 1);

	@Test
	void aCoalMineCitesTheSituationsOfTheCoalStandardByCodeOrWords() {
		List<Citation> all = Citations.forMine(REFERENCE, MineKind.UNDERGROUND_COAL, DAY, null);
		assertEquals(REFERENCE.criteriaFor(MineKind.UNDERGROUND_COAL, DAY).getCategories().stream().mapToInt(c -> c.getCriteria().size()).sum(), all.size());
		assertFalse(all.isEmpty());
		Citation first = all.get(0);
		assertEquals(REFERENCE.criteriaFor(MineKind.UNDERGROUND_COAL, DAY).getStandard(), first.getStandard());
		assertTrue(Citations.forMine(REFERENCE, MineKind.UNDERGROUND_COAL, DAY, first.getItem()).stream().anyMatch(c -> c.getItem().equals(first.getItem())));
		String words = first.getCriterion().getText().substring(0, Math.min(4, first.getCriterion().getText().length()));
		assertTrue(Citations.forMine(REFERENCE, MineKind.UNDERGROUND_COAL, DAY, words).stream().anyMatch(c -> c.getItem().equals(first.getItem())),
				"found by the words of its text");
		assertTrue(Citations.forMine(REFERENCE, MineKind.UNDERGROUND_COAL, DAY, "没有这样的情形").isEmpty());
	}

	@Test
	void aKindWithoutALoadedStandardHasNothingToCite() {
		// only the coal standard (Order 4, 2020) is loaded; a tailings pond has none yet
		assertNull(REFERENCE.criteriaFor(MineKind.TAILINGS_POND, DAY));
		assertTrue(Citations.forMine(REFERENCE, MineKind.TAILINGS_POND, DAY, null).isEmpty());
	}
}
