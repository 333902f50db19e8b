package org.minewatch.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minewatch.model.refdata.ChineseNumbers;

/** Item numbers as legal texts write them: 第（一）项, 第（十）项, 第（十二）项. */
class ChineseNumbersTest {

	@Test
	void writesTheNumbersOfAStandardsItems() {
		assertEquals(List.of("一", "九", "十", "十一", "十九", "二十", "三十五", "九十九"),
				List.of(1, 9, 10, 11, 19, 20, 35, 99).stream().map(ChineseNumbers::of).toList());
	}

	@Test
	void refusesWhatItDoesNotWrite() {
		assertThrows(IllegalArgumentException.class, () -> ChineseNumbers.of(0));
		assertThrows(IllegalArgumentException.class, () -> ChineseNumbers.of(100));
	}
}
