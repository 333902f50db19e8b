package org.minewatch.rules;

import java.util.List;

/**
 * A plugin's rules as data: read from a rulebook file its bundle names in the manifest header
 * {@value #HEADER}. {@code province} is the province's division code (140000 for Shanxi): its rules apply only to
 * that province's mines. {@code official} is false when the wording is the suite's own (非官方).
 */
public record Rulebook(String plugin, String file, String name, String province, boolean official, String source, List<Rule> rules,
		List<Step> steps) {

	/** The manifest header that names a bundle's rulebooks, comma-separated paths inside the bundle. */
	public static final String HEADER = "Minewatch-Rulebook"; //$NON-NLS-1$
}
