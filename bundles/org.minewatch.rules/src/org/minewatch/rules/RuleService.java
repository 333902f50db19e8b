package org.minewatch.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.model.base.Record;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.registry.Mine;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;

/**
 * The provincial rules at work (headless; a DS component, an {@link AreaService}). It finds the rulebooks of every
 * installed bundle that names them in its manifest ({@value Rulebook#HEADER}) and the {@link RuleCheck} services, and
 * evaluates them over the store's data read-only: the findings at one mine, and the findings counted by severity
 * over every mine of the provinces that have rules. A malformed rulebook, a bundle that fails to start, a rule or
 * check that throws: the plugin is reported ({@link #problems()}: which plugin, what, file, line, field) and
 * disabled until the next start; the rest runs on, and nothing is ever written.
 */
@Component(service = { RuleService.class, AreaService.class })
public final class RuleService implements AreaService {

	/** A bundle's rulebooks, or the problem that kept them out. */
	private record Contribution(String plugin, List<Rulebook> rulebooks) {
	}

	private final Store store;
	private final Evaluator evaluator = new Evaluator();
	private final Map<Long, Contribution> contributions = new ConcurrentHashMap<>();
	private final List<Evaluator.Contributed> checks = new CopyOnWriteArrayList<>();
	private final Map<RuleCheck, Evaluator.Contributed> checkByService = new ConcurrentHashMap<>();
	private final BundleContext context;
	private final BundleTracker<Contribution> tracker;
	private final FrameworkListener failures;

	/** A service without bundles to track (tests): rulebooks arrive through {@link #contribute(String, List)}. */
	public RuleService(Store store) {
		this.store = store;
		this.context = null;
		this.tracker = null;
		this.failures = null;
	}

	@Activate
	public RuleService(@Reference Store store, BundleContext bundleContext) {
		this.store = store;
		this.context = bundleContext;
		failures = event -> {
			if (event.getType() == FrameworkEvent.ERROR && event.getBundle() != null && contributions.containsKey(event.getBundle().getBundleId())) {
				evaluator.disable(new Problem(event.getBundle().getSymbolicName(), "MANIFEST.MF", 0, null, //$NON-NLS-1$
						Texts.format("plugin.failedToStart", String.valueOf(event.getThrowable())))); //$NON-NLS-1$
			}
		};
		bundleContext.addFrameworkListener(failures);
		tracker = new BundleTracker<>(bundleContext, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE, null) {
			@Override
			public Contribution addingBundle(Bundle bundle, BundleEvent event) {
				String header = bundle.getHeaders("").get(Rulebook.HEADER); //$NON-NLS-1$
				return header == null ? null : contribute(bundle, header);
			}

			@Override
			public void removedBundle(Bundle bundle, BundleEvent event, Contribution contribution) {
				contributions.remove(bundle.getBundleId());
				if (event != null && (event.getType() == BundleEvent.UNRESOLVED || event.getType() == BundleEvent.UNINSTALLED)) {
					evaluator.enable(contribution.plugin()); // updated or gone: read afresh when it resolves again
				}
			}
		};
		tracker.open();
	}

	/** Stops following the installed bundles (the component is deactivated; a test is done with it). */
	@Deactivate
	public void deactivate() {
		if (tracker != null) {
			tracker.close();
		}
		if (failures != null) {
			context.removeFrameworkListener(failures);
		}
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addCheck(RuleCheck check, Map<String, Object> properties) {
		Object bundleId = properties.get(Constants.SERVICE_BUNDLEID);
		Bundle bundle = context == null || bundleId == null ? null : context.getBundle(((Number) bundleId).longValue());
		Evaluator.Contributed contributed = new Evaluator.Contributed(bundle == null ? check.getClass().getName() : bundle.getSymbolicName(), check);
		checkByService.put(check, contributed);
		checks.add(contributed);
	}

	public void removeCheck(RuleCheck check, Map<String, Object> properties) {
		Evaluator.Contributed contributed = checkByService.remove(check);
		if (contributed != null) {
			checks.remove(contributed);
		}
	}

	/** Adds rulebooks as a plugin would (tests, and a caller that read them itself). */
	public void contribute(String plugin, List<Rulebook> rulebooks) {
		contributions.put(-1L - contributions.size(), new Contribution(plugin, List.copyOf(rulebooks)));
	}

	/** Reports and disables a plugin, e.g. one whose rulebook could not be read. */
	public void disable(Problem problem) {
		evaluator.disable(problem);
	}

	private Contribution contribute(Bundle bundle, String header) {
		String plugin = bundle.getSymbolicName();
		List<Rulebook> books = new ArrayList<>();
		for (String path : header.split("\\s*,\\s*")) { //$NON-NLS-1$
			URL entry = bundle.getEntry(path.strip());
			if (entry == null) {
				evaluator.disable(new Problem(plugin, path, 0, Rulebook.HEADER, Texts.format("rulebook.notFound", path))); //$NON-NLS-1$
				continue;
			}
			try (InputStream in = entry.openStream()) {
				books.add(RulebookReader.read(plugin, path.strip(), in));
			} catch (RulebookException e) {
				evaluator.disable(e.problem());
			} catch (IOException e) {
				evaluator.disable(new Problem(plugin, path, 0, null, Texts.format("rulebook.unreadable", e.getMessage()))); //$NON-NLS-1$
			}
		}
		Contribution contribution = new Contribution(plugin, List.copyOf(books));
		contributions.put(bundle.getBundleId(), contribution);
		return contribution;
	}

	/** The rulebooks of the enabled plugins, by plugin name. */
	public List<Rulebook> rulebooks() {
		return contributions.values().stream().filter(c -> !evaluator.isDisabled(c.plugin())).flatMap(c -> c.rulebooks().stream())
				.sorted(java.util.Comparator.comparing(Rulebook::plugin).thenComparing(Rulebook::file)).toList();
	}

	/** Every plugin disabled and why: a malformed rulebook, a bundle that failed to start, a rule or check that threw. */
	public List<Problem> problems() {
		return evaluator.problems();
	}

	/** The steps a province requires of inspections of {@code inspectionKind} (InspectionKind's name), in order. */
	public List<Step> workflow(String province, String inspectionKind) {
		return rulebooks().stream().filter(b -> b.province().equals(province)).flatMap(b -> b.steps().stream())
				.filter(s -> s.inspectionKind().equals(inspectionKind)).sorted(java.util.Comparator.comparingInt(Step::order)).toList();
	}

	/** What the enabled rules find at one mine today (read-only). */
	public List<Finding> findings(Actor actor, String mineId) {
		return store.read(actor, session -> {
			Mine mine = session.get(Mine.class, mineId);
			List<Hazard> hazards = all(session, Query.of(Hazard.class).where("mine", mineId)); //$NON-NLS-1$
			List<Inspection> inspections = all(session, Query.of(Inspection.class).where("mine", mineId)); //$NON-NLS-1$
			return evaluate(new MineFacts(mine, hazards, inspections, today()));
		});
	}

	/** The findings at every mine of the provinces that have rules, counted by severity (the dashboard's figures). */
	public Map<Severity, Long> counts(Actor actor) {
		return counts(actor, null);
	}

	/** The findings at every mine of {@code onlyProvince} (a division code; null: every province that has rules), by severity. */
	public Map<Severity, Long> counts(Actor actor, String onlyProvince) {
		List<Rulebook> books = rulebooks();
		TreeSet<String> provinces = new TreeSet<>();
		books.forEach(b -> provinces.add(b.province()));
		checks.stream().filter(c -> !evaluator.isDisabled(c.plugin())).forEach(c -> provinces.add(c.check().province()));
		Map<Severity, Long> counts = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			counts.put(severity, 0L);
		}
		if (onlyProvince != null) {
			provinces.retainAll(java.util.Set.of(onlyProvince));
		}
		for (String province : provinces) {
			store.read(actor, session -> {
				Map<String, List<Hazard>> hazards = byMine(all(session, Query.of(Hazard.class).where("province", province)), //$NON-NLS-1$
						HazardPackage.Literals.HAZARD__MINE);
				Map<String, List<Inspection>> inspections = byMine(all(session, Query.of(Inspection.class).where("province", province)), //$NON-NLS-1$
						InspectionPackage.Literals.INSPECTION__MINE);
				LocalDate today = today();
				for (Mine mine : all(session, Query.of(Mine.class).where("province", province))) { //$NON-NLS-1$
					for (Finding finding : evaluate(new MineFacts(mine, hazards.getOrDefault(mine.getId(), List.of()),
							inspections.getOrDefault(mine.getId(), List.of()), today))) {
						counts.merge(finding.severity(), 1L, Long::sum);
					}
				}
				return null;
			});
		}
		return counts;
	}

	/** The enabled rules over one mine's facts (for a caller that has them already). */
	public List<Finding> evaluate(MineFacts facts) {
		return evaluator.evaluate(rulebooks(), List.copyOf(checks), facts);
	}

	private LocalDate today() {
		return LocalDate.now(store.clock());
	}

	private static <R extends Record> List<R> all(Session session, Query<R> query) {
		List<R> all = new ArrayList<>();
		Page<R> page = session.query(query, PageRequest.first(500));
		all.addAll(page.items());
		while (page.hasNext()) {
			page = session.query(query, page.next());
			all.addAll(page.items());
		}
		return all;
	}

	private static <R extends EObject> Map<String, List<R>> byMine(List<R> records, org.eclipse.emf.ecore.EReference mine) {
		Map<String, List<R>> byMine = new HashMap<>();
		for (R record : records) {
			Object target = record.eGet(mine, false);
			String id = target instanceof InternalEObject proxy && proxy.eIsProxy()
					? (proxy.eProxyURI().fragment() != null ? proxy.eProxyURI().fragment() : proxy.eProxyURI().lastSegment())
					: target instanceof Record r ? r.getId() : null;
			byMine.computeIfAbsent(id, k -> new ArrayList<>()).add(record);
		}
		return byMine;
	}
}
