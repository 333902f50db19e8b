package org.minewatch.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryPackage;

/**
 * The condition language, small on purpose:
 *
 * <pre>
 * condition  := or
 * or         := and { "or" and }
 * and        := unary { "and" unary }
 * unary      := "not" unary | "(" condition ")" | test
 * test       := operand ( op operand | ["not"] "in" "(" operand { "," operand } ")" | "is" ["not"] "empty" )
 *               | operand                         (a yes/no field, e.g. area.active)
 * op         := "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;="
 * operand    := number | 'text' | true | false | LITERAL | path | "count" "(" list [ "where" condition ] ")"
 * path       := name { "." name }                  (mine.classification.gasClass, area.plannedYear, today.year)
 * list       := hazards | inspections | areas      (the mine's; inside, the element is hazard, inspection, area)
 * </pre>
 *
 * Paths are the model's field names (EMF features) from the roots {@code mine}, {@code today} and the rule's subject,
 * plus {@code mine.status} (production status today), {@code mine.classification} (the classes in force today),
 * {@code classification.severeDisaster}, {@code today.year} and {@code today.month}. A LITERAL is an upper-case
 * enumeration literal of the field compared (PRODUCING, COAL_FACE, MAJOR). Paths and literals are checked when the
 * rulebook is read; a comparison of values that cannot be compared fails when evaluated. Null equals only null;
 * an order comparison with a null is false.
 */
final class ConditionParser {

	/** A condition that cannot be read: a message key of messages.properties and its arguments. */
	static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final transient Object[] arguments;
		final String key;

		Refused(String key, Object... arguments) {
			super(key);
			this.key = key;
			this.arguments = arguments;
		}

		String what() {
			return Texts.format(key, arguments);
		}
	}

	/** A value in a condition: a constant, a path, a count. {@code type} is an EClassifier or a Java class. */
	interface Operand {
		Object value(Scope scope);

		Object type();
	}

	private record Token(char kind, String text, int column) {
	}

	private static final EClass MINE = RegistryPackage.Literals.MINE;
	private static final Map<String, EClass> COLLECTIONS = Map.of("hazards", HazardPackage.Literals.HAZARD, //$NON-NLS-1$
			"inspections", InspectionPackage.Literals.INSPECTION, "areas", RegistryPackage.Literals.MINE_AREA); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Map<String, String> ELEMENT = Map.of("hazards", "hazard", "inspections", "inspection", "areas", "area"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private final String text;
	private final List<Token> tokens;
	private final Map<String, Object> roots = new HashMap<>();
	private int position;

	private ConditionParser(String text, Subject subject) {
		this.text = text;
		this.tokens = tokenize(text);
		roots.put("mine", MINE); //$NON-NLS-1$
		roots.put("today", LocalDate.class); //$NON-NLS-1$
		roots.put(subject.word(), switch (subject) {
		case AREA -> RegistryPackage.Literals.MINE_AREA;
		case HAZARD -> HazardPackage.Literals.HAZARD;
		case INSPECTION -> InspectionPackage.Literals.INSPECTION;
		default -> MINE;
		});
	}

	/** The condition {@code text} for rules checked against {@code subject}; refused with what is wrong and the column. */
	static Condition parse(String text, Subject subject) {
		ConditionParser parser = new ConditionParser(text, subject);
		Condition condition = parser.or();
		if (parser.peek().kind != 'E') {
			throw parser.unexpected();
		}
		return condition;
	}

	/** A path alone (a message's {@code {area.name}} placeholder) for rules checked against {@code subject}. */
	static Operand path(String text, Subject subject) {
		ConditionParser parser = new ConditionParser(text, subject);
		Token token = parser.next();
		if (token.kind != 'W' || parser.peek().kind != 'E') {
			throw new Refused("condition.placeholder", text); //$NON-NLS-1$
		}
		return parser.path(token);
	}

	private Condition or() {
		Condition left = and();
		while (word("or")) { //$NON-NLS-1$
			Condition a = left;
			Condition b = and();
			left = condition(s -> a.test(s) || b.test(s));
		}
		return left;
	}

	private Condition and() {
		Condition left = unary();
		while (word("and")) { //$NON-NLS-1$
			Condition a = left;
			Condition b = unary();
			left = condition(s -> a.test(s) && b.test(s));
		}
		return left;
	}

	private Condition unary() {
		if (word("not")) { //$NON-NLS-1$
			Condition inner = unary();
			return condition(s -> !inner.test(s));
		}
		if (peek().kind == '(') {
			next();
			Condition inner = or();
			expect(')');
			return inner;
		}
		return test();
	}

	private Condition test() {
		Operand left = operand();
		Token token = peek();
		if (token.kind == 'O') {
			next();
			Operand right = operand();
			checkComparable(left, right);
			String op = token.text;
			return condition(s -> compare(op, left.value(s), right.value(s)));
		}
		boolean negated = false;
		if (token.kind == 'W' && token.text.equals("not") && tokens.get(position + 1).text.equals("in")) { //$NON-NLS-1$ //$NON-NLS-2$
			next();
			negated = true;
		}
		if (word("in")) { //$NON-NLS-1$
			expect('(');
			List<Operand> values = new ArrayList<>();
			do {
				Operand value = operand();
				checkComparable(left, value);
				values.add(value);
			} while (symbol(','));
			expect(')');
			boolean not = negated;
			return condition(s -> {
				Object actual = left.value(s);
				for (Operand value : values) {
					if (compare("=", actual, value.value(s))) { //$NON-NLS-1$
						return !not;
					}
				}
				return not;
			});
		}
		if (word("is")) { //$NON-NLS-1$
			boolean not = word("not"); //$NON-NLS-1$
			if (!word("empty")) { //$NON-NLS-1$
				throw unexpected();
			}
			return condition(s -> empty(left.value(s)) != not);
		}
		if (left.type() != Boolean.class) {
			throw new Refused("condition.notYesNo", token.column, text); //$NON-NLS-1$
		}
		return condition(s -> Boolean.TRUE.equals(left.value(s)));
	}

	private Operand operand() {
		Token token = next();
		switch (token.kind) {
		case 'N':
			BigDecimal number = new BigDecimal(token.text);
			return constant(number, BigDecimal.class);
		case 'S':
			return constant(token.text, String.class);
		case 'W':
			if (token.text.equals("true") || token.text.equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
				return constant(Boolean.valueOf(token.text), Boolean.class);
			}
			if (token.text.equals("count") && peek().kind == '(') { //$NON-NLS-1$
				return count();
			}
			if (token.text.matches("[A-Z][A-Z0-9_]*")) { //$NON-NLS-1$
				return new Literal(token.text);
			}
			return path(token);
		default:
			throw unexpected(token);
		}
	}

	/** An enumeration literal, checked against the field it is compared with. */
	private record Literal(String name) implements Operand {
		@Override
		public Object value(Scope scope) {
			return name;
		}

		@Override
		public Object type() {
			return Literal.class;
		}
	}

	private static Operand constant(Object value, Class<?> type) {
		return new Operand() {
			@Override
			public Object value(Scope scope) {
				return value;
			}

			@Override
			public Object type() {
				return type;
			}
		};
	}

	private Operand count() {
		expect('(');
		Token list = next();
		EClass element = COLLECTIONS.get(list.text);
		if (list.kind != 'W' || element == null) {
			throw new Refused("condition.unknownList", list.text, COLLECTIONS.keySet().stream().sorted().toList()); //$NON-NLS-1$
		}
		String name = ELEMENT.get(list.text);
		Object before = roots.put(name, element);
		Condition where = word("where") ? or() : null; //$NON-NLS-1$
		if (before == null) {
			roots.remove(name);
		} else {
			roots.put(name, before);
		}
		expect(')');
		String collection = list.text;
		return new Operand() {
			@Override
			public Object value(Scope scope) {
				List<? extends EObject> items = switch (collection) {
				case "hazards" -> scope.facts().hazards(); //$NON-NLS-1$
				case "inspections" -> scope.facts().inspections(); //$NON-NLS-1$
				default -> scope.facts().mine().getAreas();
				};
				long n = 0;
				for (EObject item : items) {
					if (where == null || where.test(scope.with(name, item))) {
						n++;
					}
				}
				return BigDecimal.valueOf(n);
			}

			@Override
			public Object type() {
				return BigDecimal.class;
			}
		};
	}

	private Operand path(Token token) {
		String[] names = token.text.split("\\.", -1); //$NON-NLS-1$
		Object type = roots.get(names[0]);
		if (type == null) {
			throw new Refused("condition.unknownName", names[0], roots.keySet().stream().sorted().toList()); //$NON-NLS-1$
		}
		List<BiFunction<Object, Scope, Object>> steps = new ArrayList<>();
		for (int i = 1; i < names.length; i++) {
			String name = names[i];
			String owner = String.join(".", java.util.Arrays.copyOf(names, i)); //$NON-NLS-1$
			if (type == LocalDate.class && (name.equals("year") || name.equals("month"))) { //$NON-NLS-1$ //$NON-NLS-2$
				boolean year = name.equals("year"); //$NON-NLS-1$
				steps.add((v, s) -> BigDecimal.valueOf(year ? ((LocalDate) v).getYear() : ((LocalDate) v).getMonthValue()));
				type = BigDecimal.class;
			} else if (type == MINE && name.equals("status")) { //$NON-NLS-1$
				steps.add((v, s) -> ((Mine) v).statusOn(s.today()));
				type = RegistryPackage.Literals.PRODUCTION_STATUS;
			} else if (type == MINE && name.equals("classification")) { //$NON-NLS-1$
				steps.add((v, s) -> ((Mine) v).classificationOn(s.today()));
				type = RegistryPackage.Literals.CLASSIFICATION;
			} else if (type == RegistryPackage.Literals.CLASSIFICATION && name.equals("severeDisaster")) { //$NON-NLS-1$
				steps.add((v, s) -> ((Classification) v).isSevereDisaster());
				type = Boolean.class;
			} else if (type instanceof EClass eClass) {
				EStructuralFeature feature = eClass.getEStructuralFeature(name);
				if (feature == null) {
					throw new Refused("condition.unknownField", name, owner, //$NON-NLS-1$
							eClass.getEAllStructuralFeatures().stream().filter(f -> !f.isMany()).map(EStructuralFeature::getName).toList());
				}
				if (feature.isMany()) {
					throw new Refused("condition.listField", owner + "." + name); //$NON-NLS-1$ //$NON-NLS-2$
				}
				steps.add((v, s) -> ((EObject) v).eGet(feature));
				type = type(feature.getEType());
			} else {
				throw new Refused("condition.noFields", owner, name); //$NON-NLS-1$
			}
		}
		Object resolved = type;
		String root = names[0];
		return new Operand() {
			@Override
			public Object value(Scope scope) {
				Object value = scope.get(root);
				for (BiFunction<Object, Scope, Object> step : steps) {
					if (value == null) {
						return null;
					}
					value = step.apply(value, scope);
				}
				return value instanceof Number n && !(n instanceof BigDecimal) ? new BigDecimal(n.toString()) : value;
			}

			@Override
			public Object type() {
				return resolved;
			}
		};
	}

	private static Object type(EClassifier classifier) {
		if (classifier instanceof EEnum || classifier instanceof EClass) {
			return classifier;
		}
		Class<?> type = ((EDataType) classifier).getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return Boolean.class;
		}
		if (type != null && (type.isPrimitive() || Number.class.isAssignableFrom(type))) {
			return BigDecimal.class;
		}
		return type;
	}

	/** A literal compared with an enumeration field must be one of its literals; nothing else may be compared with a literal. */
	private void checkComparable(Operand a, Operand b) {
		Operand literal = a instanceof Literal ? a : b instanceof Literal ? b : null;
		if (literal == null) {
			return;
		}
		Operand other = literal == a ? b : a;
		String name = ((Literal) literal).name();
		if (!(other.type() instanceof EEnum eEnum)) {
			throw new Refused("condition.literalWithoutEnum", name, text); //$NON-NLS-1$
		}
		if (eEnum.getEEnumLiteral(name) == null) {
			throw new Refused("condition.unknownLiteral", name, eEnum.getName(), eEnum.getELiterals().stream().map(EEnumLiteral::getName).toList()); //$NON-NLS-1$
		}
	}

	static boolean empty(Object value) {
		return value == null || value instanceof String s && s.isBlank() || value instanceof java.util.Collection<?> c && c.isEmpty();
	}

	/** {@code a op b}; null equals only null, and is neither before nor after anything. */
	static boolean compare(String op, Object a, Object b) {
		a = plain(a);
		b = plain(b);
		if (a instanceof LocalDate && b instanceof String text) {
			b = date(text);
		} else if (b instanceof LocalDate && a instanceof String text) {
			a = date(text);
		}
		if (a == null || b == null) {
			return switch (op) {
			case "=" -> a == b; //$NON-NLS-1$
			case "!=" -> a != b; //$NON-NLS-1$
			default -> false;
			};
		}
		if (a.getClass() != b.getClass() || !(a instanceof Comparable<?>)) {
			throw new Refused("condition.incomparable", a, b); //$NON-NLS-1$
		}
		@SuppressWarnings("unchecked")
		int order = ((Comparable<Object>) a).compareTo(b);
		return switch (op) {
		case "=" -> order == 0; //$NON-NLS-1$
		case "!=" -> order != 0; //$NON-NLS-1$
		case "<" -> order < 0; //$NON-NLS-1$
		case "<=" -> order <= 0; //$NON-NLS-1$
		case ">" -> order > 0; //$NON-NLS-1$
		default -> order >= 0;
		};
	}

	private static Object plain(Object value) {
		if (value instanceof Enumerator enumerator) {
			return enumerator.getName();
		}
		if (value instanceof Number n && !(value instanceof BigDecimal)) {
			return new BigDecimal(n.toString());
		}
		return value;
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw new Refused("condition.notDate", text); //$NON-NLS-1$
		}
	}

	private Condition condition(java.util.function.Predicate<Scope> test) {
		String source = text;
		return new Condition() {
			@Override
			public boolean test(Scope scope) {
				return test.test(scope);
			}

			@Override
			public String text() {
				return source;
			}
		};
	}

	private Token peek() {
		return tokens.get(position);
	}

	private Token next() {
		Token token = tokens.get(position);
		if (token.kind != 'E') {
			position++;
		}
		return token;
	}

	private boolean word(String word) {
		if (peek().kind == 'W' && peek().text.equals(word)) {
			position++;
			return true;
		}
		return false;
	}

	private boolean symbol(char kind) {
		if (peek().kind == kind) {
			position++;
			return true;
		}
		return false;
	}

	private void expect(char kind) {
		if (!symbol(kind)) {
			throw unexpected();
		}
	}

	private Refused unexpected() {
		return unexpected(peek());
	}

	private Refused unexpected(Token token) {
		return token.kind == 'E' ? new Refused("condition.end", text) : new Refused("condition.unexpected", token.text, token.column); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int start = i;
			if (Character.isWhitespace(c)) {
				i++;
			} else if (Character.isLetter(c) || c == '_') {
				while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) {
					i++;
				}
				tokens.add(new Token('W', text.substring(start, i), start + 1));
			} else if (Character.isDigit(c) || c == '-' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
				i++;
				while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
					i++;
				}
				tokens.add(new Token('N', text.substring(start, i), start + 1));
			} else if (c == '\'' || c == '"') {
				int end = text.indexOf(c, i + 1);
				if (end < 0) {
					throw new Refused("condition.openText", start + 1); //$NON-NLS-1$
				}
				tokens.add(new Token('S', text.substring(i + 1, end), start + 1));
				i = end + 1;
			} else if (c == '(' || c == ')' || c == ',') {
				tokens.add(new Token(c, String.valueOf(c), start + 1));
				i++;
			} else if (c == '=' || c == '<' || c == '>' || c == '!') {
				i++;
				if (i < text.length() && text.charAt(i) == '=') {
					i++;
				}
				String op = text.substring(start, i);
				if (op.equals("!")) { //$NON-NLS-1$
					throw new Refused("condition.unexpected", op, start + 1); //$NON-NLS-1$
				}
				tokens.add(new Token('O', op, start + 1));
			} else {
				throw new Refused("condition.unexpected", String.valueOf(c), start + 1); //$NON-NLS-1$
			}
		}
		tokens.add(new Token('E', "", text.length() + 1)); //$NON-NLS-1$
		return tokens;
	}
}
