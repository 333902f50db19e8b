package org.minewatch.schedule;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.LocalTexts;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.model.base.Term;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.SupervisionClass;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Scheduling over the store: a division's duties for a period (the built-in rules and every province's
 * {@link ScheduleRule} service that applies), its agencies' people with their leave, the plan the solver makes
 * (pinned assignments kept), and the conflicts of a plan edited by hand. Reads in one unit of work; making a plan
 * writes nothing.
 */
@Component(service = { ScheduleService.class, AreaService.class })
public final class ScheduleService implements AreaService {

	private static final LocalTexts TEXTS = LocalTexts.of(ScheduleService.class, "org.minewatch.schedule.messages"); //$NON-NLS-1$
	private static final int PAGE = 500;

	private final Store store;
	private final List<ScheduleRule> rules = new CopyOnWriteArrayList<>();

	@Activate
	public ScheduleService(@Reference Store store) {
		this.store = store;
	}

	/** The service outside Declarative Services (the admin command, benchmarks), with the province rules given. */
	public ScheduleService(Store store, List<ScheduleRule> rules) {
		this(store);
		this.rules.addAll(rules);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addRule(ScheduleRule rule) {
		rules.add(rule);
	}

	void removeRule(ScheduleRule rule) {
		rules.remove(rule);
	}

	/** The province rules contributed now. */
	public List<ScheduleRule> provinceRules() {
		return List.copyOf(rules);
	}

	/** The quarter a day falls in: its first and last day. */
	public static LocalDate[] quarter(LocalDate day) {
		LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
		return new LocalDate[] { first, first.plusMonths(3).minusDays(1) };
	}

	/** A division's quarterly plan, made by the solver; {@code pinned} assignments are kept as they are. */
	public Plan plan(Actor actor, Locale locale, String divisionCode, LocalDate from, LocalDate to, List<Assignment> pinned) {
		Built built = store.read(actor, s -> build(s, locale, divisionCode, from, to));
		List<Assignment> assignments = new PlanSolver(built.problem()).solve(pinned);
		return Plan.of(built.problem(), assignments, built.failedRules(), locale);
	}

	/** The problem a division's plan is made for (its duties, people and settings), without solving it. */
	public Problem problem(Actor actor, Locale locale, String divisionCode, LocalDate from, LocalDate to) {
		return store.read(actor, s -> build(s, locale, divisionCode, from, to)).problem();
	}

	/** A problem and the province rules that failed while building it. */
	record Built(Problem problem, List<String> failedRules) {
	}

	Built build(Session session, Locale locale, String divisionCode, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw TEXTS.refusal("plan.period", from, to); //$NON-NLS-1$
		}
		Jurisdiction division = division(session, divisionCode);
		ScheduleSettings settings = ScheduleSettings.read(session);
		ScheduleRule.Period period = new ScheduleRule.Period(from, to, settings);
		List<Agency> agencies = all(session, Query.of(Agency.class));
		List<Mine> mines = all(session, mines(division));
		Set<String> enforced = enforcedThisYear(session, from);
		Map<String, Integer> ranks = new HashMap<>();
		for (RiskRanking.Ranked r : rank(session, division, mines, from, locale)) {
			ranks.put(r.mineId(), r.rank());
		}
		List<MineFacts> facts = new ArrayList<>();
		for (Mine mine : mines) {
			facts.add(facts(mine, from, agencies, enforced, ranks.getOrDefault(mine.getId(), Integer.MAX_VALUE)));
		}
		Set<String> due = enforcementShare(facts, from);
		DutyBuilder builder = new DutyBuilder(period);
		List<Duty> duties = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (MineFacts mine : facts) {
			List<Duty> own = builder.duties(mine, due.contains(mine.id()));
			for (ScheduleRule rule : rules) {
				if (!rule.provinces().isEmpty() && !rule.provinces().contains(mine.provinceCode())) {
					continue;
				}
				try {
					own = List.copyOf(rule.apply(mine, period, own));
				} catch (RuntimeException e) {
					if (!failed.contains(rule.id())) {
						failed.add(rule.id());
					}
				}
			}
			duties.addAll(own);
		}
		Set<String> agencyIds = new HashSet<>();
		duties.forEach(d -> agencyIds.addAll(d.agencyIds()));
		List<Worker> workers = new ArrayList<>();
		if (!agencyIds.isEmpty()) {
			for (Person person : all(session, Query.of(Person.class).whereIn("agency", agencyIds).orderBy("name"))) { //$NON-NLS-1$ //$NON-NLS-2$
				if (person.getAgency() == null || person.getMine() != null || person.getEnterprise() != null) {
					continue;
				}
				Set<String> specialities = new HashSet<>();
				for (Term t : person.getSpecialities()) {
					specialities.add(t.getCode());
				}
				workers.add(new Worker(person.getId(), person.getName(), person.getAgency().getId(), specialities, ScheduleSettings.leave(session, person.getId())));
			}
		}
		Map<String, String> names = new HashMap<>();
		for (Agency agency : agencies) {
			if (agencyIds.contains(agency.getId())) {
				names.put(agency.getId(), agency.nameOn(from));
			}
		}
		return new Built(new Problem(from, to, settings, duties, workers, names), failed);
	}

	/**
	 * The mines of a division ranked by risk as of a day (1 = riskiest), each with its reasons: the order of an
	 * investigation plan.
	 */
	public List<RiskRanking.Ranked> ranking(Actor actor, Locale locale, String divisionCode, LocalDate asOf) {
		return store.read(actor, s -> {
			Jurisdiction division = division(s, divisionCode);
			return rank(s, division, all(s, mines(division)), asOf, locale);
		});
	}

	/**
	 * The ranking from the hazards' index rows (no documents read), and the honesty gap from the documents of the
	 * mines where regulators found a major hazard.
	 */
	private static List<RiskRanking.Ranked> rank(Session session, Jurisdiction division, List<Mine> mines, LocalDate asOf, Locale locale) {
		List<RiskRanking.HazardFacts> facts = new ArrayList<>();
		PageRequest request = PageRequest.first(PAGE);
		while (request != null) {
			var page = session.rows(hazards(division), request);
			page.items().forEach(row -> facts.add(RiskRanking.HazardFacts.of(row)));
			request = page.hasNext() ? page.next() : null;
		}
		// the honesty gap: the major hazards' documents, and the documents of the hazards the same mines' self-inspections found
		List<org.minewatch.model.hazard.Hazard> documents = new ArrayList<>(
				all(session, hazards(division).where("grade", org.minewatch.model.hazard.HazardGrade.MAJOR))); //$NON-NLS-1$
		Set<String> found = new HashSet<>();
		for (org.minewatch.model.hazard.Hazard h : documents) {
			found.add(h.getId());
		}
		List<String> mineIds = documents.stream().filter(h -> h.getMine() != null && h.getSourceInspection() != null
				&& h.getSourceInspection().getKind() != InspectionKind.SELF_INSPECTION).map(h -> h.getMine().getId()).distinct().toList();
		List<String> selfIds = new ArrayList<>();
		for (List<String> chunk : chunks(mineIds)) {
			Query<Inspection> own = Query.of(Inspection.class).where("kind", InspectionKind.SELF_INSPECTION).whereIn("mine", chunk); //$NON-NLS-1$ //$NON-NLS-2$
			PageRequest r = PageRequest.first(PAGE);
			while (r != null) {
				var page = session.rows(own, r);
				page.items().forEach(row -> selfIds.add(row.id()));
				r = page.hasNext() ? page.next() : null;
			}
		}
		for (List<String> chunk : chunks(selfIds)) {
			for (org.minewatch.model.hazard.Hazard h : all(session, Query.of(org.minewatch.model.hazard.Hazard.class).whereIn("inspection", chunk))) { //$NON-NLS-1$
				if (found.add(h.getId())) {
					documents.add(h);
				}
			}
		}
		return RiskRanking.rank(mines, facts, RiskRanking.unreported(documents), asOf, locale);
	}

	private static Jurisdiction division(Session session, String code) {
		Jurisdiction division = session.reference().jurisdiction(code);
		if (division == null) {
			throw TEXTS.refusal("plan.division", code); //$NON-NLS-1$
		}
		return division;
	}

	private static Query<Hazard> hazards(Jurisdiction division) {
		return place(Query.of(Hazard.class), division);
	}

	private static Query<Mine> mines(Jurisdiction division) {
		return place(Query.of(Mine.class).orderBy("name"), division); //$NON-NLS-1$
	}

	/** A query narrowed to a division by the province and county fields its records are indexed with. */
	private static <R extends org.minewatch.model.base.Record> Query<R> place(Query<R> query, Jurisdiction division) {
		switch (division.getLevel()) {
		case COUNTY -> query.where("county", division.getCode()); //$NON-NLS-1$
		case PREFECTURE -> {
			List<String> codes = new ArrayList<>(division.getChildren().stream().map(Jurisdiction::getCode).toList());
			codes.add(division.getCode());
			query.whereIn("county", codes); //$NON-NLS-1$
		}
		case PROVINCE -> query.where("province", division.getCode()); //$NON-NLS-1$
		case NATION -> {
			// every mine
		}
		}
		return query;
	}

	private static List<List<String>> chunks(List<String> ids) {
		List<List<String>> chunks = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += 200) {
			chunks.add(ids.subList(i, Math.min(ids.size(), i + 200)));
		}
		return chunks;
	}

	static <R extends org.minewatch.model.base.Record> List<R> all(Session session, Query<R> query) {
		List<R> out = new ArrayList<>();
		PageRequest request = PageRequest.first(PAGE);
		while (request != null) {
			Page<R> page = session.query(query, request);
			out.addAll(page.items());
			request = page.hasNext() ? page.next() : null;
		}
		return out;
	}

	/** How many records a query matches (every page read). */
	public static <R extends org.minewatch.model.base.Record> long countAll(Session session, Query<R> query) {
		long n = 0;
		PageRequest request = PageRequest.first(PAGE);
		while (request != null) {
			var page = session.rows(query, request);
			n += page.items().size();
			request = page.hasNext() ? page.next() : null;
		}
		return n;
	}

	/** Mines with a state enforcement inspection planned or made this year before the period. */
	private static Set<String> enforcedThisYear(Session session, LocalDate from) {
		Set<String> ids = new HashSet<>();
		Query<Inspection> query = Query.of(Inspection.class).where("kind", InspectionKind.STATE_ENFORCEMENT) //$NON-NLS-1$
				.where("plannedStart", Query.Op.GREATER_OR_EQUAL, from.withDayOfYear(1)).where("plannedStart", Query.Op.LESS, from); //$NON-NLS-1$ //$NON-NLS-2$
		PageRequest request = PageRequest.first(PAGE);
		while (request != null) {
			var page = session.rows(query, request);
			page.items().forEach(row -> {
				Object mine = row.get("mine"); //$NON-NLS-1$
				if (mine != null) {
					ids.add(mine.toString());
				}
			});
			request = page.hasNext() ? page.next() : null;
		}
		return ids;
	}

	/**
	 * This quarter's share of the yearly enforcement visits: of the working mines not yet visited this year, as many
	 * as leave an even share to each remaining quarter, the riskiest first.
	 */
	static Set<String> enforcementShare(List<MineFacts> facts, LocalDate from) {
		List<MineFacts> open = new ArrayList<>(facts.stream().filter(f -> f.working() && f.enforcedThisYear() == null).toList());
		open.sort(Comparator.comparingInt(MineFacts::riskRank).thenComparing(MineFacts::id));
		int quartersLeft = 5 - from.get(IsoFields.QUARTER_OF_YEAR);
		int share = (open.size() + quartersLeft - 1) / quartersLeft;
		Set<String> due = new HashSet<>();
		for (int i = 0; i < share; i++) {
			due.add(open.get(i).id());
		}
		return due;
	}

	/** The facts of a mine; {@code rank}, its place in the risk ranking, orders the yearly visits. */
	static MineFacts facts(Mine mine, LocalDate from, List<Agency> agencies, Set<String> enforced, int rank) {
		Jurisdiction county = mine.getCounty();
		Jurisdiction province = mine.getProvince();
		String countyCode = county == null ? null : county.getCode();
		String prefectureCode = county != null && county.getParent() != null ? county.getParent().getCode() : null;
		String provinceCode = province == null ? null : province.getCode();
		List<String> state = new ArrayList<>();
		List<String> local = new ArrayList<>();
		List<String> watch = new ArrayList<>();
		for (JurisdictionLevel level : List.of(JurisdictionLevel.COUNTY, JurisdictionLevel.PREFECTURE, JurisdictionLevel.PROVINCE)) {
			String code = switch (level) {
			case COUNTY -> countyCode;
			case PREFECTURE -> prefectureCode;
			default -> provinceCode;
			};
			if (code == null) {
				continue;
			}
			for (Agency agency : agencies) {
				if (agency.getCovers().stream().noneMatch(j -> code.equals(j.getCode()))) {
					continue;
				}
				if (agency.getKind() == AgencyKind.LOCAL_REGULATOR) {
					local.add(agency.getId());
					if (level != JurisdictionLevel.PROVINCE) {
						watch.add(agency.getId());
					}
				} else if (agency.getKind() == AgencyKind.PROVINCIAL_SUPERVISION_BUREAU || agency.getKind() == AgencyKind.SUPERVISION_SUB_BUREAU) {
					state.add(agency.getId());
				}
			}
		}
		if (watch.isEmpty()) {
			watch.addAll(local);
		}
		Classification c = mine.classificationOn(from);
		SupervisionClass sc = c == null || c.getSupervisionClass() == null ? SupervisionClass.UNRATED : c.getSupervisionClass();
		boolean severe = c != null && c.isSevereDisaster();
		return new MineFacts(mine.getId(), mine.getName(), mine.getKind(), mine.statusOn(from), sc, severe, provinceCode, countyCode,
				mine.getLatitude() == null ? 0 : mine.getLatitude().doubleValue(), mine.getLongitude() == null ? 0 : mine.getLongitude().doubleValue(), state,
				local, watch, enforced.contains(mine.getId()) ? from : null, rank);
	}

	/** The conflicts of a plan edited by hand: every hard rule checked again. */
	public Plan check(Plan edited, Locale locale) {
		return Plan.of(edited.problem(), edited.assignments(), edited.failedRules(), locale);
	}

	/** Counts what each agency takes in a plan (duties per agency id): every level of the area should carry its share. */
	public static Map<String, Integer> dutiesPerAgency(Plan plan) {
		Map<String, String> agencyOf = new HashMap<>();
		plan.problem().workers().forEach(w -> agencyOf.put(w.personId(), w.agencyId()));
		Map<String, Integer> counts = new HashMap<>();
		for (Assignment a : plan.assignments()) {
			Set<String> seen = new HashSet<>();
			for (String p : a.personIds()) {
				String agency = agencyOf.get(p);
				if (agency != null && seen.add(agency)) {
					counts.merge(agency, 1, Integer::sum);
				}
			}
		}
		return counts;
	}
}
