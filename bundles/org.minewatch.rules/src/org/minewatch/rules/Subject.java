package org.minewatch.rules;

/**
 * What a rule is checked against, once per mine: the mine itself, each of its areas (working faces), each of its
 * hazards or each of its inspections. A condition names the mine as {@code mine} and the subject by its own name
 * ({@code area}, {@code hazard}, {@code inspection}). A rule that binds a regulator or a local government (Heilongjiang's
 * 四个从严, 六个到位) has no data to be checked against: it is structure only, a pending rule.
 */
public enum Subject {
	MINE("mine"), AREA("area"), HAZARD("hazard"), INSPECTION("inspection"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Binds the regulators (煤矿安全监管监察部门): pending rules only. */
	REGULATOR("regulator"), //$NON-NLS-1$
	/** Binds local Party committees and governments (地方党委政府): pending rules only. */
	GOVERNMENT("government"); //$NON-NLS-1$

	/** Whether rules of this subject can have a condition (the suite holds data about it). */
	public boolean evaluable() {
		return this != REGULATOR && this != GOVERNMENT;
	}

	private final String word;

	Subject(String word) {
		this.word = word;
	}

	/** The word a rulebook uses ({@code for = area}) and the name the condition knows the subject by. */
	public String word() {
		return word;
	}

	static Subject of(String word) {
		for (Subject subject : values()) {
			if (subject.word.equals(word)) {
				return subject;
			}
		}
		return null;
	}
}
