package org.minewatch.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solution;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.search.strategy.selectors.variables.InputOrder;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;
import org.chocosolver.solver.variables.Task;

/**
 * Staffs the duties of a {@link Problem} with the Choco solver. The duties fall apart into groups that share no people
 * (the state agencies' and the local regulators' of a province); a large group is solved a slice of the period at a
 * time, each slice seeing the assignments of the slices before it as fixed. Every hard rule is a constraint of the
 * model; a duty that cannot be staffed within them is left unmet (the objective covers as much weight as it can, then
 * spreads the load). Pinned assignments are kept as they are.
 */
public final class PlanSolver {

	/** Above this many duties a group is solved a slice at a time. */
	static final int SLICE_DUTIES = 90;
	private static final int PRIORITY = 1000;
	private static final long STALE_NANOS = 400_000_000L;

	private final Problem problem;
	private final Map<String, Duty> duties;
	private final Map<String, Worker> workers;
	private final int horizon;

	public PlanSolver(Problem problem) {
		this.problem = problem;
		this.duties = problem.dutiesById();
		this.workers = problem.workersById();
		int longest = problem.duties().stream().mapToInt(Duty::days).max().orElse(1);
		this.horizon = (int) ChronoUnit.DAYS.between(problem.from(), problem.to()) + 1 + longest;
	}

	/** The plan: every pinned assignment kept, the other duties staffed where the rules allow, the rest unmet. */
	public List<Assignment> solve(List<Assignment> pinned) {
		Map<String, Assignment> fixed = new LinkedHashMap<>();
		for (Assignment a : pinned) {
			if (duties.containsKey(a.dutyId())) {
				fixed.put(a.dutyId(), a.pin());
			}
		}
		List<Assignment> result = new ArrayList<>(fixed.values());
		for (List<Duty> group : groups()) {
			List<Duty> free = group.stream().filter(d -> !fixed.containsKey(d.id())).toList();
			for (List<Duty> slice : slices(free)) {
				result.addAll(solvePart(slice, result));
			}
		}
		return result;
	}

	/** Duties that share no agency (and so no person) with other duties. */
	List<List<Duty>> groups() {
		Map<String, String> parent = new HashMap<>();
		for (Duty d : problem.duties()) {
			for (String agency : d.agencyIds()) {
				union(parent, d.agencyIds().get(0), agency);
			}
		}
		Map<String, List<Duty>> groups = new LinkedHashMap<>();
		for (Duty d : problem.duties()) {
			String root = d.agencyIds().isEmpty() ? "" : find(parent, d.agencyIds().get(0)); //$NON-NLS-1$
			groups.computeIfAbsent(root, k -> new ArrayList<>()).add(d);
		}
		return new ArrayList<>(groups.values());
	}

	private static String find(Map<String, String> parent, String x) {
		String p = parent.getOrDefault(x, x);
		if (p.equals(x)) {
			return x;
		}
		String root = find(parent, p);
		parent.put(x, root);
		return root;
	}

	private static void union(Map<String, String> parent, String a, String b) {
		String ra = find(parent, a);
		String rb = find(parent, b);
		if (!ra.equals(rb)) {
			parent.put(rb, ra);
		}
	}

	/** A group cut into slices of the period: each duty in a slice its window reaches, the least filled first. */
	List<List<Duty>> slices(List<Duty> group) {
		int count = (group.size() + SLICE_DUTIES - 1) / SLICE_DUTIES;
		if (count <= 1) {
			return List.of(group);
		}
		long days = ChronoUnit.DAYS.between(problem.from(), problem.to()) + 1;
		List<List<Duty>> slices = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			slices.add(new ArrayList<>());
		}
		List<Duty> ordered = new ArrayList<>(group);
		ordered.sort(Comparator.comparing((Duty d) -> d.kind().timed() ? d.latest() : problem.to()).thenComparing(Duty::id));
		for (Duty d : ordered) {
			int first = 0;
			int last = count - 1;
			if (d.kind().timed()) {
				first = (int) Math.min(count - 1, Math.max(0, ChronoUnit.DAYS.between(problem.from(), d.earliest()) * count / days));
				last = (int) Math.min(count - 1, Math.max(first, ChronoUnit.DAYS.between(problem.from(), d.latest()) * count / days));
			}
			int best = first;
			for (int i = first; i <= last; i++) {
				if (slices.get(i).size() < slices.get(best).size()) {
					best = i;
				}
			}
			slices.get(best).add(d);
		}
		slices.removeIf(List::isEmpty);
		return slices;
	}

	private int index(LocalDate day) {
		return (int) ChronoUnit.DAYS.between(problem.from(), day);
	}

	/** One Choco model: the free duties to decide, with the assignments made so far that share people with them as fixed. */
	private List<Assignment> solvePart(List<Duty> free, List<Assignment> made) {
		if (free.isEmpty()) {
			return List.of();
		}
		Set<String> agencies = new TreeSet<>();
		free.forEach(d -> agencies.addAll(d.agencyIds()));
		List<Worker> people = problem.workers().stream().filter(w -> agencies.contains(w.agencyId())).toList();
		Set<String> peopleIds = new TreeSet<>();
		people.forEach(w -> peopleIds.add(w.personId()));
		List<Assignment> context = made.stream().filter(a -> a.personIds().stream().anyMatch(peopleIds::contains)).toList();

		Model model = new Model("plan"); //$NON-NLS-1$
		List<Item> items = new ArrayList<>();
		for (Assignment a : context) {
			items.add(fixedItem(model, duties.get(a.dutyId()), a, people));
		}
		List<Item> decided = new ArrayList<>();
		List<Duty> ordered = new ArrayList<>(free);
		ordered.sort(Comparator.comparingInt((Duty d) -> -d.weight()).thenComparing(d -> d.kind().timed() ? d.latest() : problem.to()).thenComparing(Duty::id));
		int rotation = 0;
		for (Duty d : ordered) {
			Item item = freeItem(model, d, people, rotation++);
			items.add(item);
			decided.add(item);
		}
		for (Worker w : people) {
			personConstraints(model, w, items);
		}
		rotationConstraints(model, people, items);

		// objective: the weight covered first, then the heaviest load as light as possible
		IntVar[] dones = decided.stream().map(i -> i.done).toArray(IntVar[]::new);
		int[] weights = decided.stream().mapToInt(i -> i.duty.weight() * PRIORITY).toArray();
		List<IntVar> loads = new ArrayList<>();
		for (Worker w : people) {
			List<IntVar> xs = new ArrayList<>();
			List<Integer> cs = new ArrayList<>();
			for (Item i : items) {
				IntVar x = i.x.get(w.personId());
				if (x != null) {
					xs.add(x);
					cs.add(Math.max(1, i.duty.days()));
				}
			}
			if (!xs.isEmpty()) {
				IntVar load = model.intVar(0, cs.stream().mapToInt(Integer::intValue).sum());
				model.scalar(xs.toArray(IntVar[]::new), cs.stream().mapToInt(Integer::intValue).toArray(), "=", load).post(); //$NON-NLS-1$
				loads.add(load);
			}
		}
		IntVar heaviest = model.intVar(0, horizon * 4);
		if (loads.isEmpty()) {
			model.arithm(heaviest, "=", 0).post(); //$NON-NLS-1$
		} else {
			model.max(heaviest, loads.toArray(IntVar[]::new)).post();
		}
		int top = java.util.Arrays.stream(weights).sum();
		IntVar covered = model.intVar(0, top);
		model.scalar(dones, weights, "=", covered).post(); //$NON-NLS-1$
		IntVar objective = model.intVar(-horizon * 4, top);
		model.arithm(objective, "=", covered, "-", heaviest).post(); //$NON-NLS-1$ //$NON-NLS-2$
		model.setObjective(Model.MAXIMIZE, objective);

		List<IntVar> order = new ArrayList<>();
		for (Item i : decided) {
			order.add(i.done);
			if (i.start != null) {
				order.add(i.start);
			}
			order.addAll(i.x.values());
		}
		order.addAll(loads);
		order.add(heaviest);
		order.add(covered);
		order.add(objective);
		Solver solver = model.getSolver();
		solver.setSearch(Search.lastConflict(Search.intVarSearch(new InputOrder<>(model), v -> v.isBool() ? v.getUB() : v.getLB(), order.toArray(IntVar[]::new))));
		solver.limitTime(problem.settings().secondsPerPart() * 1000L);
		// stop when a better plan has not come for a while: the first plans come fast, proof of the best one rarely does
		long[] improved = { System.nanoTime() };
		solver.addStopCriterion(() -> solver.getSolutionCount() > 0 && System.nanoTime() - improved[0] > STALE_NANOS);
		Solution best = new Solution(model);
		while (solver.solve()) {
			best.record();
			improved[0] = System.nanoTime();
		}
		List<Assignment> out = new ArrayList<>();
		if (solver.getSolutionCount() == 0) {
			return out;
		}
		for (Item i : decided) {
			if (best.getIntVal(i.done) == 1) {
				List<String> who = new ArrayList<>();
				i.x.forEach((person, x) -> {
					if (best.getIntVal(x) == 1) {
						who.add(person);
					}
				});
				LocalDate start = i.start == null ? null : problem.from().plusDays(best.getIntVal(i.start));
				out.add(new Assignment(i.duty.id(), start, who, false));
			}
		}
		return out;
	}

	/** A duty in the model: whether it is staffed, its first day (timed duties) and who takes it. */
	private static final class Item {
		final Duty duty;
		final BoolVar done;
		final IntVar start;
		final Task task;
		final Map<String, BoolVar> x = new LinkedHashMap<>();

		Item(Duty duty, BoolVar done, IntVar start) {
			this.duty = duty;
			this.done = done;
			this.start = start;
			this.task = start == null ? null : new Task(start, duty.days());
		}
	}

	private Item fixedItem(Model model, Duty d, Assignment a, List<Worker> people) {
		IntVar start = d.kind().timed() && a.start() != null ? model.intVar(index(a.start())) : null;
		Item item = new Item(d, model.boolVar(true), start);
		for (Worker w : people) {
			if (a.personIds().contains(w.personId())) {
				item.x.put(w.personId(), model.boolVar(true));
			}
		}
		return item;
	}

	private Item freeItem(Model model, Duty d, List<Worker> people, int rotation) {
		IntVar start = null;
		List<Integer> starts = new ArrayList<>();
		if (d.kind().timed()) {
			for (LocalDate day = d.earliest(); !day.isAfter(d.latest()); day = day.plusDays(1)) {
				if (day.isBefore(problem.from()) || index(day) + d.days() > horizon) {
					continue;
				}
				boolean ok = true;
				for (int k = 0; k < d.days() && ok; k++) {
					ok = Problem.restDaysAllowed(d) || problem.settings().working(day.plusDays(k));
				}
				if (ok) {
					starts.add(index(day));
				}
			}
			start = starts.isEmpty() ? model.intVar(0) : model.intVar("s" + d.id(), starts.stream().mapToInt(Integer::intValue).toArray()); //$NON-NLS-1$
		}
		BoolVar done = model.boolVar("d" + d.id()); //$NON-NLS-1$
		Item item = new Item(d, done, start);
		if (d.kind().timed() && starts.isEmpty()) {
			model.arithm(done, "=", 0).post(); //$NON-NLS-1$
		}
		List<Worker> eligible = people.stream().filter(w -> d.agencyIds().contains(w.agencyId())).toList();
		int n = eligible.size();
		for (int k = 0; k < n; k++) {
			Worker w = eligible.get((k + rotation) % n);
			BoolVar x = model.boolVar();
			item.x.put(w.personId(), x);
			if (start != null && !w.away().isEmpty()) {
				List<Integer> blocked = new ArrayList<>();
				for (int s : starts) {
					for (int k2 = 0; k2 < d.days(); k2++) {
						if (w.away().contains(problem.from().plusDays(s + k2))) {
							blocked.add(s);
							break;
						}
					}
				}
				if (blocked.size() == starts.size()) {
					model.arithm(x, "=", 0).post(); //$NON-NLS-1$
				} else if (!blocked.isEmpty()) {
					model.ifThen(x, model.notMember(start, blocked.stream().mapToInt(Integer::intValue).toArray()));
				}
			}
		}
		// the team: as many people as the duty asks when it is staffed, none otherwise
		IntVar[] team = new IntVar[n + 1];
		int[] coeffs = new int[n + 1];
		int j = 0;
		for (BoolVar x : item.x.values()) {
			team[j] = x;
			coeffs[j++] = 1;
		}
		team[n] = done;
		coeffs[n] = -d.people();
		model.scalar(team, coeffs, "=", 0).post(); //$NON-NLS-1$
		// specialities: someone on the team has each one the mine's kind needs
		for (String speciality : d.specialities()) {
			List<IntVar> with = new ArrayList<>();
			for (Worker w : eligible) {
				if (w.specialities().contains(speciality)) {
					with.add(item.x.get(w.personId()));
				}
			}
			with.add(done);
			int[] c = new int[with.size()];
			java.util.Arrays.fill(c, 1);
			c[c.length - 1] = -1;
			model.scalar(with.toArray(IntVar[]::new), c, ">=", 0).post(); //$NON-NLS-1$
		}
		return item;
	}

	/** Nobody in two places on one day; travel days between a person's visits at distant mines; the standing charges' limit. */
	private void personConstraints(Model model, Worker w, List<Item> items) {
		List<Item> timed = new ArrayList<>();
		List<BoolVar> standing = new ArrayList<>();
		for (Item i : items) {
			BoolVar x = i.x.get(w.personId());
			if (x == null) {
				continue;
			}
			if (i.task != null) {
				timed.add(i);
			} else if (!i.duty.kind().timed()) {
				standing.add(x);
			}
		}
		if (timed.size() > 1) {
			Task[] tasks = timed.stream().map(i -> i.task).toArray(Task[]::new);
			IntVar[] heights = timed.stream().map(i -> i.x.get(w.personId())).toArray(IntVar[]::new);
			model.cumulative(tasks, heights, model.intVar(1)).post();
		}
		for (int a = 0; a < timed.size(); a++) {
			for (int b = a + 1; b < timed.size(); b++) {
				Item ia = timed.get(a);
				Item ib = timed.get(b);
				if (!Problem.travelApplies(ia.duty, ib.duty)) {
					continue;
				}
				int travel = problem.travelDays(ia.duty, ib.duty);
				if (travel < 1 || ia.start.getUB() + ia.duty.days() + travel <= ib.start.getLB() || ib.start.getUB() + ib.duty.days() + travel <= ia.start.getLB()) {
					continue;
				}
				BoolVar xa = ia.x.get(w.personId());
				BoolVar xb = ib.x.get(w.personId());
				model.ifThen(model.and(xa, xb), model.or(model.arithm(ib.start, ">=", ia.start, "+", ia.duty.days() + travel), //$NON-NLS-1$ //$NON-NLS-2$
						model.arithm(ia.start, ">=", ib.start, "+", ib.duty.days() + travel))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (standing.size() > problem.settings().maxStandingCharges()) {
			model.sum(standing.toArray(BoolVar[]::new), "<=", problem.settings().maxStandingCharges()).post(); //$NON-NLS-1$
		}
	}

	/** Rotation: nobody watches one mine for more periods in a row than the bureau allows. */
	private void rotationConstraints(Model model, List<Worker> people, List<Item> items) {
		int max = problem.settings().maxWatchPeriods();
		Map<String, Map<Integer, Item>> series = new HashMap<>();
		for (Item i : items) {
			if (i.duty.series() != null) {
				series.computeIfAbsent(i.duty.series(), k -> new HashMap<>()).put(i.duty.seriesIndex(), i);
			}
		}
		for (Map<Integer, Item> periods : series.values()) {
			if (periods.size() <= max) {
				continue;
			}
			for (Worker w : people) {
				for (int first : periods.keySet()) {
					List<BoolVar> window = new ArrayList<>();
					for (int k = 0; k <= max; k++) {
						Item i = periods.get(first + k);
						BoolVar x = i == null ? null : i.x.get(w.personId());
						if (x != null) {
							window.add(x);
						} else if (i == null) {
							window = null;
							break;
						}
					}
					if (window != null && window.size() > max) {
						model.sum(window.toArray(BoolVar[]::new), "<=", max).post(); //$NON-NLS-1$
					}
				}
			}
		}
	}
}
