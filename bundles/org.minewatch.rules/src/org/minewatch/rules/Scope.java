package org.minewatch.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The names a condition sees while it is evaluated: {@code mine}, {@code today} and the subject, and the mine's facts. */
public final class Scope {

	private final MineFacts facts;
	private final Map<String, Object> names = new HashMap<>();

	Scope(MineFacts facts) {
		this.facts = facts;
		names.put("mine", facts.mine()); //$NON-NLS-1$
		names.put("today", facts.today()); //$NON-NLS-1$
	}

	Scope with(String name, Object value) {
		Scope scope = new Scope(facts);
		scope.names.putAll(names);
		scope.names.put(name, value);
		return scope;
	}

	Object get(String name) {
		return names.get(name);
	}

	MineFacts facts() {
		return facts;
	}

	LocalDate today() {
		return facts.today();
	}
}
