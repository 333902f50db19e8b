package org.minewatch.rules;

import java.util.List;
import java.util.Locale;

import org.minewatch.model.registry.MineKind;

/**
 * One rule of a rulebook: its id (unique in the suite, e.g. {@code shanxi.technical-red-line}), the group it belongs
 * to (e.g. 双红线 / 技术红线), what it is checked against, the mine kinds it applies to, its severity and legal basis,
 * its message in Chinese and English (with {@code {path}} placeholders filled from the data), and its condition. A
 * pending rule ({@code pending = 待省局补充}) has a name and a place in its group but no condition yet: its text is to
 * be completed by the province, it is listed and never evaluated.
 *
 * @param line the line of its {@code [rule id]} header in the rulebook
 * @param whenLine the line of its {@code when}, for a failure's report
 */
public record Rule(String id, String group, Subject subject, List<MineKind> kinds, Severity severity, String basis, String messageZh,
		String messageEn, Condition when, String pending, int line, int whenLine) {

	public boolean isPending() {
		return when == null;
	}

	/** The message as written for {@code locale} (Chinese for zh, English otherwise), placeholders unfilled. */
	public String message(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? messageZh : messageEn; //$NON-NLS-1$
	}
}
