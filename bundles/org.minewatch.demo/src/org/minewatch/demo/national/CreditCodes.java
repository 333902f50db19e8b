package org.minewatch.demo.national;

/**
 * Unified social credit codes (GB 32100-2015) with valid check characters: "91" (an enterprise registered with
 * market regulation), the six-digit area code, a nine-character organisation code (GB 11714, with its own check
 * character) and the final check character. The organisation code body is a bijection of the enterprise index,
 * so codes never collide within a run.
 */
final class CreditCodes {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };
	/** 31^8: the number of eight-character bodies; any multiplier not divisible by 31 permutes them. */
	private static final long BODIES = 852_891_037_441L;
	private static final long MULTIPLIER = 25_214_903_917L;

	private CreditCodes() {
	}

	static String of(String areaCode, long enterpriseIndex, long seedOffset) {
		// Reduce each term first: the index times the multiplier fits a long for any allowed scale, the sum then too.
		long body = (Math.floorMod(enterpriseIndex * MULTIPLIER, BODIES) + Math.floorMod(seedOffset, BODIES)) % BODIES;
		char[] code = new char[18];
		code[0] = '9';
		code[1] = '1';
		areaCode.getChars(0, 6, code, 2);
		int orgSum = 0;
		for (int i = 7; i >= 0; i--) {
			char c = ALPHABET.charAt((int) (body % 31));
			body /= 31;
			code[8 + i] = c;
			orgSum += ORG_WEIGHTS[i] * (Character.isDigit(c) ? c - '0' : c - 'A' + 10);
		}
		int orgCheck = 11 - orgSum % 11;
		code[16] = orgCheck == 10 ? 'X' : orgCheck == 11 ? '0' : (char) ('0' + orgCheck);
		int sum = 0;
		int weight = 1;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(code[i]) * weight;
			weight = weight * 3 % 31;
		}
		code[17] = ALPHABET.charAt((31 - sum % 31) % 31);
		return new String(code);
	}
}
