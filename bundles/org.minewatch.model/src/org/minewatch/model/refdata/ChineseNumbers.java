package org.minewatch.model.refdata;

/**
 * Numbers written as Chinese legal texts number their items: 第四条第（一）项, 第八条第（十）项. A citation of a
 * standard's item uses the standard's own numbering, never 第四条第1项.
 */
public final class ChineseNumbers {

	private static final String DIGITS = "〇一二三四五六七八九"; //$NON-NLS-1$

	private ChineseNumbers() {
	}

	/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五; from 1 to 99. */
	public static String of(int number) {
		if (number < 1 || number > 99) {
			throw new IllegalArgumentException("only 1 to 99 are written: " + number); //$NON-NLS-1$
		}
		int tens = number / 10;
		int units = number % 10;
		StringBuilder text = new StringBuilder();
		if (tens > 1) {
			text.append(DIGITS.charAt(tens));
		}
		if (tens > 0) {
			text.append('十');
		}
		if (units > 0) {
			text.append(DIGITS.charAt(units));
		}
		return text.toString();
	}
}
