package org.minewatch.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EObject;
import org.minewatch.model.registry.Mine;

/**
 * The one generic evaluator: every enabled rulebook's rules (and {@link RuleCheck}s) over one mine's facts. A rule
 * applies to a mine of its rulebook's province and of one of its kinds; a pending rule is never evaluated. A rule or
 * check that throws disables its plugin (reported as a {@link Problem} with the rule and the line of its condition),
 * and that plugin's findings are dropped; the others' findings stand. Nothing here writes anything.
 */
public final class Evaluator {

	/** A check and the plugin (bundle) it came from. */
	public record Contributed(String plugin, RuleCheck check) {
	}

	private final Map<String, Problem> disabled = new ConcurrentHashMap<>();

	/** Disables {@code plugin} for the rest of this evaluator's life, with the reason. */
	public void disable(Problem problem) {
		disabled.putIfAbsent(problem.plugin(), problem);
	}

	/** Enables {@code plugin} again (its bundle was uninstalled or updated and is read afresh). */
	public void enable(String plugin) {
		disabled.remove(plugin);
	}

	public boolean isDisabled(String plugin) {
		return disabled.containsKey(plugin);
	}

	/** The plugins disabled and why, in the order they were. */
	public List<Problem> problems() {
		return List.copyOf(disabled.values());
	}

	/** Every finding of the enabled rulebooks and checks at {@code facts}' mine, grouped by plugin in the given order. */
	public List<Finding> evaluate(List<Rulebook> rulebooks, List<Contributed> checks, MineFacts facts) {
		Mine mine = facts.mine();
		String province = mine.getProvince() == null ? null : mine.getProvince().getCode();
		Map<String, List<Finding>> byPlugin = new LinkedHashMap<>();
		for (Rulebook book : rulebooks) {
			if (isDisabled(book.plugin()) || !book.province().equals(province)) {
				continue;
			}
			List<Finding> found = byPlugin.computeIfAbsent(book.plugin(), p -> new ArrayList<>());
			for (Rule rule : book.rules()) {
				if (rule.isPending() || !rule.kinds().contains(mine.getKind())) {
					continue;
				}
				try {
					evaluate(book, rule, facts, found);
				} catch (RuntimeException e) {
					String what = e instanceof ConditionParser.Refused refused ? refused.what() : String.valueOf(e);
					disable(new Problem(book.plugin(), book.file(), rule.whenLine(), rule.id() + ".when", //$NON-NLS-1$
							Texts.format("rule.failed", rule.id(), mine.getName(), what))); //$NON-NLS-1$
					byPlugin.remove(book.plugin());
					break;
				}
			}
		}
		for (Contributed contributed : checks) {
			if (isDisabled(contributed.plugin()) || !contributed.check().province().equals(province)) {
				continue;
			}
			try {
				byPlugin.computeIfAbsent(contributed.plugin(), p -> new ArrayList<>()).addAll(List.copyOf(contributed.check().check(facts)));
			} catch (RuntimeException e) {
				disable(new Problem(contributed.plugin(), contributed.check().getClass().getName(), 0, null,
						Texts.format("check.failed", mine.getName(), String.valueOf(e)))); //$NON-NLS-1$
				byPlugin.remove(contributed.plugin());
			}
		}
		return byPlugin.values().stream().flatMap(List::stream).toList();
	}

	private static void evaluate(Rulebook book, Rule rule, MineFacts facts, List<Finding> found) {
		Scope mineScope = new Scope(facts);
		List<? extends EObject> subjects = switch (rule.subject()) {
		case AREA -> facts.mine().getAreas();
		case HAZARD -> facts.hazards();
		case INSPECTION -> facts.inspections();
		default -> List.of(facts.mine());
		};
		for (EObject subject : subjects) {
			Scope scope = mineScope.with(rule.subject().word(), subject);
			if (rule.when().test(scope)) {
				found.add(new Finding(rule.id(), book.plugin(), rule.group(), rule.severity(), rule.basis(), facts.mine().getId(),
						facts.mine().getName(), label(subject), RulebookReader.fill(rule.message(Locale.CHINESE), rule.subject(), scope),
						RulebookReader.fill(rule.message(Locale.ENGLISH), rule.subject(), scope)));
			}
		}
	}

	private static final Set<String> LABELS = Set.of("name", "number"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The name of an area, the number of a hazard; empty for the mine itself. */
	private static String label(EObject subject) {
		if (subject instanceof Mine) {
			return ""; //$NON-NLS-1$
		}
		for (String feature : LABELS) {
			var f = subject.eClass().getEStructuralFeature(feature);
			if (f != null && subject.eGet(f) != null) {
				return subject.eGet(f).toString();
			}
		}
		return ""; //$NON-NLS-1$
	}
}
