package org.minewatch.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.registry.MineKind;

/**
 * Reads a rulebook file (UTF-8 text; docs/plugin-guide.md has the format and a worked example): a header of
 * {@code key = value} lines ({@code rulebook}, {@code province}, {@code official}, {@code source}), then one
 * {@code [rule id]} or {@code [step id]} section per rule or workflow step. A line that starts with a space continues
 * the value above it; {@code #} starts a comment line. Anything wrong is refused with the plugin, file, line and field.
 */
public final class RulebookReader {

	private static final Pattern SECTION = Pattern.compile("\\[(rule|step)\\s+([A-Za-z0-9][A-Za-z0-9._-]*)\\]"); //$NON-NLS-1$
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}"); //$NON-NLS-1$
	private static final Set<String> HEADER_KEYS = Set.of("rulebook", "province", "official", "source"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> RULE_KEYS = Set.of("group", "for", "kinds", "severity", "basis", "message.zh", "message.en", "when", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"pending"); //$NON-NLS-1$
	private static final Set<String> STEP_KEYS = Set.of("workflow", "for", "order", "name.zh", "name.en", "note"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	/** A value and the line it started on. */
	private record Value(String text, int line) {
	}

	/** The header or one section: its kind ("header", "rule", "step"), id, line and values in order. */
	private record Section(String kind, String id, int line, Map<String, Value> values) {
	}

	private final String plugin;
	private final String file;

	private RulebookReader(String plugin, String file) {
		this.plugin = plugin;
		this.file = file;
	}

	/** The rulebook in {@code in}, contributed by {@code plugin} as {@code file}; refused with where and what. */
	public static Rulebook read(String plugin, String file, InputStream in) {
		return new RulebookReader(plugin, file).read(in);
	}

	private Rulebook read(InputStream in) {
		List<Section> sections = sections(in);
		Section header = sections.get(0);
		String name = required(header, "rulebook"); //$NON-NLS-1$
		String province = required(header, "province"); //$NON-NLS-1$
		if (!province.matches("\\d{2}0000")) { //$NON-NLS-1$
			throw refused(header.values().get("province").line(), "province", "rulebook.province", province); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		boolean official = yesNo(header, "official"); //$NON-NLS-1$
		Value source = header.values().get("source"); //$NON-NLS-1$
		List<Rule> rules = new ArrayList<>();
		List<Step> steps = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Section section : sections.subList(1, sections.size())) {
			if (!ids.add(section.id())) {
				throw refused(section.line(), section.id(), "rulebook.idTwice", section.id()); //$NON-NLS-1$
			}
			if (section.kind().equals("rule")) { //$NON-NLS-1$
				rules.add(rule(section));
			} else {
				steps.add(step(section));
			}
		}
		if (rules.isEmpty() && steps.isEmpty()) {
			throw refused(0, null, "rulebook.empty"); //$NON-NLS-1$
		}
		return new Rulebook(plugin, file, name, province, official, source == null ? "" : source.text(), List.copyOf(rules), List.copyOf(steps)); //$NON-NLS-1$
	}

	private Rule rule(Section section) {
		String id = section.id();
		String word = required(section, "for"); //$NON-NLS-1$
		Subject subject = Subject.of(word);
		if (subject == null) {
			throw refused(section.values().get("for").line(), id + ".for", "rulebook.subject", word); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		List<MineKind> kinds = new ArrayList<>();
		for (String kind : required(section, "kinds").split("\\s*,\\s*")) { //$NON-NLS-1$ //$NON-NLS-2$
			MineKind mineKind = MineKind.get(kind);
			if (mineKind == null) {
				throw refused(section.values().get("kinds").line(), id + ".kinds", "rulebook.kind", kind, List.of(MineKind.values())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			kinds.add(mineKind);
		}
		String severityName = required(section, "severity"); //$NON-NLS-1$
		Severity severity;
		try {
			severity = Severity.valueOf(severityName);
		} catch (IllegalArgumentException e) {
			throw refused(section.values().get("severity").line(), id + ".severity", "rulebook.severity", severityName, List.of(Severity.values())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		String basis = required(section, "basis"); //$NON-NLS-1$
		String zh = message(section, "message.zh", subject); //$NON-NLS-1$
		String en = message(section, "message.en", subject); //$NON-NLS-1$
		Value when = section.values().get("when"); //$NON-NLS-1$
		Value pending = section.values().get("pending"); //$NON-NLS-1$
		if ((when == null) == (pending == null)) {
			throw refused(section.line(), id, "rulebook.whenOrPending", id); //$NON-NLS-1$
		}
		if (when != null && !subject.evaluable()) {
			throw refused(when.line(), id + ".when", "rulebook.notEvaluable", word); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Condition condition = null;
		if (when != null) {
			try {
				condition = ConditionParser.parse(when.text(), subject);
			} catch (ConditionParser.Refused e) {
				throw refused(when.line(), id + ".when", "rulebook.condition", e.what()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Value group = section.values().get("group"); //$NON-NLS-1$
		return new Rule(id, group == null ? "" : group.text(), subject, List.copyOf(kinds), severity, basis, zh, en, condition, //$NON-NLS-1$
				pending == null ? null : pending.text(), section.line(), when == null ? section.line() : when.line());
	}

	private Step step(Section section) {
		String id = section.id();
		String kind = required(section, "for"); //$NON-NLS-1$
		if (InspectionKind.get(kind) == null) {
			throw refused(section.values().get("for").line(), id + ".for", "rulebook.inspectionKind", kind, List.of(InspectionKind.values())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		String order = required(section, "order"); //$NON-NLS-1$
		if (!order.matches("\\d{1,3}")) { //$NON-NLS-1$
			throw refused(section.values().get("order").line(), id + ".order", "rulebook.order", order); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Value note = section.values().get("note"); //$NON-NLS-1$
		return new Step(id, required(section, "workflow"), kind, Integer.parseInt(order), required(section, "name.zh"), required(section, "name.en"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				note == null ? "" : note.text(), section.line()); //$NON-NLS-1$
	}

	/** A message whose {placeholders} are paths the rule's subject has. */
	private String message(Section section, String key, Subject subject) {
		String message = required(section, key);
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			try {
				ConditionParser.path(matcher.group(1).strip(), subject);
			} catch (ConditionParser.Refused e) {
				throw refused(section.values().get(key).line(), section.id() + "." + key, "rulebook.placeholder", e.what()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return message;
	}

	/** The message with its {paths} filled from the data in {@code scope}. */
	static String fill(String message, Subject subject, Scope scope) {
		Matcher matcher = PLACEHOLDER.matcher(message);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			Object value = ConditionParser.path(matcher.group(1).strip(), subject).value(scope);
			String shown = value == null ? "—" : value instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral() : value.toString(); //$NON-NLS-1$
			matcher.appendReplacement(filled, Matcher.quoteReplacement(shown));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private String required(Section section, String key) {
		Value value = section.values().get(key);
		if (value == null || value.text().isBlank()) {
			String field = section.id() == null ? key : section.id() + "." + key; //$NON-NLS-1$
			throw refused(value == null ? section.line() : value.line(), field, "rulebook.missing", key); //$NON-NLS-1$
		}
		return value.text();
	}

	private boolean yesNo(Section section, String key) {
		Value value = section.values().get(key);
		if (value == null) {
			throw refused(section.line(), key, "rulebook.missing", key); //$NON-NLS-1$
		}
		if (!value.text().equals("true") && !value.text().equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
			throw refused(value.line(), key, "rulebook.yesNo", key, value.text()); //$NON-NLS-1$
		}
		return Boolean.parseBoolean(value.text());
	}

	private List<Section> sections(InputStream in) {
		List<Section> sections = new ArrayList<>();
		Section current = new Section("header", null, 1, new LinkedHashMap<>()); //$NON-NLS-1$
		sections.add(current);
		String lastKey = null;
		int number = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) { //$NON-NLS-1$
					line = line.substring(1);
				}
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) { //$NON-NLS-1$
					continue;
				}
				if (Character.isWhitespace(line.charAt(0))) {
					if (lastKey == null) {
						throw refused(number, null, "rulebook.continuation"); //$NON-NLS-1$
					}
					Value before = current.values().get(lastKey);
					current.values().put(lastKey, new Value(before.text() + " " + trimmed, before.line())); //$NON-NLS-1$
					continue;
				}
				if (trimmed.startsWith("[")) { //$NON-NLS-1$
					Matcher matcher = SECTION.matcher(trimmed);
					if (!matcher.matches()) {
						throw refused(number, null, "rulebook.section", trimmed); //$NON-NLS-1$
					}
					current = new Section(matcher.group(1), matcher.group(2), number, new LinkedHashMap<>());
					sections.add(current);
					lastKey = null;
					continue;
				}
				int equals = trimmed.indexOf('=');
				if (equals <= 0) {
					throw refused(number, null, "rulebook.notKeyValue", trimmed); //$NON-NLS-1$
				}
				String key = trimmed.substring(0, equals).strip();
				Set<String> known = switch (current.kind()) {
				case "header" -> HEADER_KEYS; //$NON-NLS-1$
				case "rule" -> RULE_KEYS; //$NON-NLS-1$
				default -> STEP_KEYS;
				};
				String field = current.id() == null ? key : current.id() + "." + key; //$NON-NLS-1$
				if (!known.contains(key)) {
					throw refused(number, field, "rulebook.unknownKey", key, known.stream().sorted().toList()); //$NON-NLS-1$
				}
				if (current.values().containsKey(key)) {
					throw refused(number, field, "rulebook.keyTwice", key); //$NON-NLS-1$
				}
				current.values().put(key, new Value(trimmed.substring(equals + 1).strip(), number));
				lastKey = key;
			}
		} catch (IOException e) {
			throw refused(number, null, "rulebook.unreadable", e.getMessage()); //$NON-NLS-1$
		} catch (java.io.UncheckedIOException e) {
			throw refused(number, null, "rulebook.unreadable", e.getMessage()); //$NON-NLS-1$
		}
		return sections;
	}

	private RulebookException refused(int line, String field, String key, Object... arguments) {
		return new RulebookException("rules.malformed", new Problem(plugin, file, line, field, Texts.format(key, arguments))); //$NON-NLS-1$
	}
}
