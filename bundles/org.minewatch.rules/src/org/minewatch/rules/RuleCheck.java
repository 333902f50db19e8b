package org.minewatch.rules;

import java.util.List;

/**
 * A rule that a rulebook's condition language cannot say, contributed as an OSGi service by a plugin (prefer a
 * rulebook: data a province can read and change). The service's bundle is the plugin: when a check throws, the
 * plugin is reported and disabled like a plugin whose rulebook rule fails.
 */
public interface RuleCheck {

	/** The province (division code, 140000) whose mines this check applies to. */
	String province();

	/** What the check finds at one mine of its province; never null. */
	List<Finding> check(MineFacts facts);
}
