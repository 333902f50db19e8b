package org.minewatch.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.hazard.HazardService;
import org.minewatch.model.base.Term;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.inspection.TeamMember;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.AgencyKind;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Mine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inspections of the three kinds, item by item: planned on a template edition (one result per item that applies
 * to the mine's kind), answered (a hazard item enters the register through the {@link HazardService}, linked
 * both ways, in the same unit of work), completed only when every item is answered, and, for a self-inspection,
 * submitted, accepted or rejected with reasons and redone as a new round linked to the old (whose hazards stay).
 * Each step is one unit of work; a refused step writes nothing.
 */
@Component(service = { InspectionService.class, AreaService.class })
public final class InspectionService implements AreaService {

	/** How far an inspection's section is answered. */
	public record Progress(String section, int answered, int items) {

		public boolean complete() {
			return answered == items;
		}
	}

	/**
	 * The bureau setting that says which answered items are written out (写实): {@code every} (the default: the
	 * bulletin asks for the actual state of every item) or {@code hazards} (only the items with a hazard).
	 */
	public static final String WRITTEN_OUT_SETTING = "inspection.writtenOut"; //$NON-NLS-1$

	/** The value of {@link #WRITTEN_OUT_SETTING} that relaxes it to hazard items only. */
	public static final String WRITTEN_OUT_HAZARDS = "hazards"; //$NON-NLS-1$

	private final Store store;
	private final HazardService hazards;

	@Activate
	public InspectionService(@Reference Store store, @Reference HazardService hazards) {
		this.store = store;
		this.hazards = hazards;
	}

	/** One member of an inspection team: a person, the speciality they check (a code of the speciality vocabulary, or null), leader or not. */
	public record Member(String personId, String speciality, boolean leader) {
	}

	/** A person who may join a team: their name and specialities (the terms, read: shown outside the unit of work). */
	public record Candidate(String personId, String name, List<Term> specialities) {
	}

	/**
	 * The inspections the actor sees ({@link InspectionScope}) that the filter matches, a page at a time, from their
	 * index rows; whether each is an inspection before resumption is read from the page's documents in the same unit
	 * of work (the index has no column for it).
	 */
	public Page<InspectionRow> list(Actor actor, InspectionFilter filter, PageRequest page) {
		return store.read(actor, s -> {
			Page<IndexRow> found = s.rows(filter.query(scope(s, actor)), page);
			return new Page<>(found.items().stream().map(row -> InspectionRow.of(row, s.get(Inspection.class, row.id()).isBeforeResumption())).toList(),
					found.next());
		});
	}

	/** The mines the actor may plan an inspection of (their agency's area, their group's, their own), by name; at most {@code limit}. */
	public List<IndexRow> plannableMines(Actor actor, String filter, int limit) {
		return store.read(actor, s -> {
			InspectionScope scope = scope(s, actor);
			if (scope.mineId() != null) { // a mine's staff: their mine
				return s.find(Mine.class, scope.mineId())
						.map(m -> List.of(new IndexRow(m.getId(), Map.of("name", m.getName(), "kind", m.getKind().getName())))).orElse(List.of()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Query<Mine> query = scope.narrowMines(Query.of(Mine.class).orderBy("name")); //$NON-NLS-1$
			if (filter != null && !filter.isBlank()) {
				query.where("name", Query.Op.CONTAINS, filter.strip()); //$NON-NLS-1$
			}
			return s.rows(query, PageRequest.first(limit)).items().stream().filter(row -> scope.coversMine(row.id())).toList();
		});
	}

	/**
	 * Who may join the team of an inspection of a kind: the mine's staff for a self-inspection, else the people of the
	 * actor's agency; by name, narrowed by {@code filter}, at most {@code limit}.
	 */
	public List<Candidate> teamCandidates(Actor actor, InspectionKind kind, String mineId, String filter, int limit) {
		return store.read(actor, s -> {
			Query<Person> query = Query.of(Person.class).orderBy("name"); //$NON-NLS-1$
			query = kind == InspectionKind.SELF_INSPECTION ? query.where("mine", mineId) : query.where("agency", actor.agencyId()); //$NON-NLS-1$ //$NON-NLS-2$
			if (filter != null && !filter.isBlank()) {
				query.where("name", Query.Op.CONTAINS, filter.strip()); //$NON-NLS-1$
			}
			return s.query(query, PageRequest.first(limit)).items().stream().map(InspectionService::candidate).toList();
		});
	}

	/** A person as a team candidate (the acting person leads the team they plan). */
	public Candidate candidate(Actor actor, String personId) {
		return store.read(actor, s -> candidate(s.get(Person.class, personId)));
	}

	private static Candidate candidate(Person person) {
		return new Candidate(person.getId(), person.getName(), List.copyOf(person.getSpecialities()));
	}

	private static InspectionScope scope(Session session, Actor actor) {
		return session.find(Person.class, actor.personId()).map(p -> InspectionScope.of(session, p)).orElse(InspectionScope.NOWHERE);
	}

	/** Plans an inspection of a mine on a stored template edition, for a period; its owner is the actor's agency. */
	public Inspection plan(Actor actor, InspectionKind kind, String mineId, String templateId, LocalDate start, LocalDate end) {
		return plan(actor, kind, mineId, templateId, start, end, List.of());
	}

	/** Plans an inspection with its team, each member with the speciality they check. */
	public Inspection plan(Actor actor, InspectionKind kind, String mineId, String templateId, LocalDate start, LocalDate end, List<Member> team) {
		return plan(actor, kind, mineId, templateId, start, end, team, false);
	}

	/**
	 * Plans an inspection with its team; {@code beforeResumption}: the inspection before a stopped mine resumes
	 * (复工复产前检查), which, completed, is the check {@link org.minewatch.hazard.Resumption} asks for.
	 */
	public Inspection plan(Actor actor, InspectionKind kind, String mineId, String templateId, LocalDate start, LocalDate end, List<Member> team,
			boolean beforeResumption) {
		return store.write(actor, session -> plan(session, kind, mineId, templateId, start, end, team, beforeResumption));
	}

	/**
	 * As {@link #plan(Actor, InspectionKind, String, String, LocalDate, LocalDate, List, boolean)}, inside a unit of work
	 * that does more (a schedule's plan).
	 */
	public Inspection plan(Session session, InspectionKind kind, String mineId, String templateId, LocalDate start, LocalDate end, List<Member> team,
			boolean beforeResumption) {
		if (start != null && end != null && end.isBefore(start)) {
			throw Texts.refused("endsBeforeStart", end, start); //$NON-NLS-1$
		}
		Mine mine = session.get(Mine.class, mineId);
		ChecklistTemplate template = session.get(ChecklistTemplate.class, templateId);
		Inspection inspection = InspectionFactory.eINSTANCE.createInspection();
		inspection.setKind(kind);
		inspection.setStatus(InspectionStatus.PLANNED);
		inspection.setMine(mine);
		inspection.setTemplate(template);
		inspection.setRound(1);
		inspection.setBeforeResumption(beforeResumption);
		inspection.setPlannedStart(start);
		inspection.setPlannedEnd(end);
		for (Member member : team) {
			TeamMember joined = InspectionFactory.eINSTANCE.createTeamMember();
			joined.setPerson(session.get(Person.class, member.personId()));
			joined.setSpeciality(member.speciality() == null ? null : session.reference().term(ReferenceData.SPECIALITY, member.speciality()));
			joined.setLeader(member.leader());
			inspection.getTeam().add(joined);
		}
		for (ChecklistSection section : template.getSections()) {
			for (ChecklistItem item : section.getItems()) {
				if (item.getAppliesTo().isEmpty() || item.getAppliesTo().contains(mine.getKind())) {
					ItemResult result = InspectionFactory.eINSTANCE.createItemResult();
					result.setId(UUID.randomUUID().toString());
					result.setItem(item);
					result.setOutcome(ItemOutcome.UNANSWERED);
					inspection.getResults().add(result);
				}
			}
		}
		return session.create(inspection);
	}

	/**
	 * Records the answer to one item (the inspection starts with its first answer). A hazard enters the register
	 * as found by this inspection, at the mine, with the item's words when none are given; fixed on the spot, it
	 * is closed at once with its evidence. Answering again replaces the answer; a hazard already entered stays.
	 */
	public Inspection answer(Actor actor, Locale locale, String inspectionId, String resultId, Answer answer) {
		return store.write(actor, session -> {
			Inspection inspection = session.get(Inspection.class, inspectionId);
			requireStatus(inspection, InspectionStatus.PLANNED, InspectionStatus.IN_PROGRESS);
			ItemResult result = result(inspection, resultId);
			if (answer.outcome() != ItemOutcome.UNANSWERED && (answer.stateAsFound() == null || answer.stateAsFound().isBlank())
					&& (answer.outcome() == ItemOutcome.HAZARD || writtenOutEveryItem(session))) {
				throw Texts.refused(answer.outcome() == ItemOutcome.HAZARD ? "writtenOutHazard" : "writtenOutEvery", //$NON-NLS-1$ //$NON-NLS-2$
						result.getItem().getNumber() + " " + result.getItem().getSubject()); //$NON-NLS-1$
			}
			if (inspection.getStatus() == InspectionStatus.PLANNED) {
				inspection.setStatus(InspectionStatus.IN_PROGRESS);
				inspection.setStartedAt(store.clock().instant());
			}
			Person by = session.get(Person.class, actor.personId());
			result.setOutcome(answer.outcome());
			result.setStateAsFound(answer.stateAsFound());
			result.setAnsweredBy(by);
			result.setAnsweredAt(store.clock().instant());
			result.setFixedOnSpot(answer.fixedOnSpot());
			if (answer.outcome() == ItemOutcome.HAZARD && result.getHazard() == null) {
				result.setHazard(enter(session, locale, inspection, result, answer));
			}
			return session.update(inspection);
		});
	}

	/** Whether every answered item is written out (写实), as the bureau sets it ({@link #WRITTEN_OUT_SETTING}); else hazard items only. */
	public boolean writtenOutEveryItem(Actor actor) {
		return store.read(actor, InspectionService::writtenOutEveryItem);
	}

	private static boolean writtenOutEveryItem(Session session) {
		return !org.minewatch.core.BureauSettings.get(session, WRITTEN_OUT_SETTING).map(String::strip).filter(WRITTEN_OUT_HAZARDS::equals).isPresent();
	}

	/**
	 * Attaches a photo or document to an item while the inspection is being answered: its bytes are kept under
	 * their SHA-256, the inspection holds it and the item refers to it. A hazard entered for the item later takes
	 * copies of its item's attachments (fixed on the spot: as the evidence).
	 */
	public Inspection attach(Actor actor, String inspectionId, String resultId, Attachment attachment, byte[] content) {
		return store.write(actor, session -> {
			Inspection inspection = session.get(Inspection.class, inspectionId);
			requireStatus(inspection, InspectionStatus.PLANNED, InspectionStatus.IN_PROGRESS);
			ItemResult result = result(inspection, resultId);
			if (attachment.getId() == null) {
				attachment.setId(UUID.randomUUID().toString());
			}
			attachment.setOwner(inspection.getOwner());
			inspection.getAttachments().add(attachment); // held by the inspection's document, not a record of its own
			session.attach(attachment, content);
			result.getAttachments().add(attachment);
			return session.update(inspection);
		});
	}

	private static ItemResult result(Inspection inspection, String resultId) {
		return inspection.getResults().stream().filter(r -> r.getId().equals(resultId)).findFirst()
				.orElseThrow(() -> Texts.refused("noSuchItem", resultId)); //$NON-NLS-1$
	}

	private Hazard enter(Session session, Locale locale, Inspection inspection, ItemResult result, Answer answer) {
		Hazard hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setMine(inspection.getMine());
		hazard.setOwner(inspection.getOwner());
		hazard.setSource(HazardSource.INSPECTION);
		hazard.setSourceInspection(inspection);
		hazard.setSourceResult(result);
		hazard.setDescription(answer.hazard() == null || answer.hazard().isBlank() ? result.getItem().getSubject() + "：" + result.getItem().getCriteria() //$NON-NLS-1$
				: answer.hazard());
		hazard.setPlace(answer.place());
		if (answer.grade() != null) {
			hazard.setGrade(answer.grade());
		}
		if (answer.citation() != null) {
			hazard.setCitation(EcoreUtil.copy(answer.citation()));
		}
		if (answer.major() != null) {
			hazard.setUncitedReason(answer.citation() == null ? answer.major().uncitedReason() : null);
			hazard.setAreaStopped(answer.major().areaStopped());
			hazard.setPeopleWithdrawn(answer.major().peopleWithdrawn());
			hazard.setReportedAt(answer.major().reportedAt());
		}
		String reason = result.getItem().getNumber() + " " + result.getItem().getSubject(); //$NON-NLS-1$
		List<Attachment> evidence = new ArrayList<>(answer.evidence());
		for (Attachment attached : result.getAttachments()) {
			Attachment copy = EcoreUtil.copy(attached); // the hazard's document holds copies; the bytes are the same
			copy.setId(UUID.randomUUID().toString());
			evidence.add(copy);
		}
		if (answer.fixedOnSpot()) {
			return hazards.fixedOnSpot(session, locale, hazard, evidence, reason);
		}
		hazard.getAttachments().addAll(evidence);
		return hazards.register(session, locale, hazard, reason);
	}

	/** The answered items of each section, in the template's order. */
	public static List<Progress> progress(Inspection inspection) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (ItemResult result : inspection.getResults()) {
			ChecklistSection section = (ChecklistSection) result.getItem().eContainer();
			int[] count = counts.computeIfAbsent(section.getNumber() + " " + section.getTitle(), s -> new int[2]); //$NON-NLS-1$
			count[1]++;
			if (result.getOutcome() != ItemOutcome.UNANSWERED) {
				count[0]++;
			}
		}
		List<Progress> progress = new ArrayList<>();
		counts.forEach((section, count) -> progress.add(new Progress(section, count[0], count[1])));
		return progress;
	}

	/** Completes and signs off an inspection; refused, naming the sections with unanswered items, unless every item is answered. */
	public Inspection complete(Actor actor, String inspectionId) {
		return store.write(actor, session -> {
			Inspection inspection = session.get(Inspection.class, inspectionId);
			requireStatus(inspection, InspectionStatus.IN_PROGRESS);
			String open = progress(inspection).stream().filter(p -> !p.complete())
					.map(p -> p.section() + " (" + (p.items() - p.answered()) + ")").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!open.isEmpty()) {
				throw Texts.refused("unanswered", open); //$NON-NLS-1$
			}
			inspection.setStatus(InspectionStatus.COMPLETED);
			inspection.setCompletedAt(store.clock().instant());
			inspection.setSignedOffBy(session.get(Person.class, actor.personId()));
			inspection.setSignedOffAt(store.clock().instant());
			return session.update(inspection);
		});
	}

	/** A completed self-inspection goes to the regulator (and, sharing the database, to the state agency and the group). */
	public Inspection submit(Actor actor, String inspectionId) {
		return move(actor, inspectionId, InspectionStatus.COMPLETED, InspectionStatus.SUBMITTED, null, true);
	}

	/** Accepted by a local regulator of the mine's area. */
	public Inspection accept(Actor actor, String inspectionId) {
		return move(actor, inspectionId, InspectionStatus.SUBMITTED, InspectionStatus.ACCEPTED, null, true);
	}

	/** Rejected with the reasons (推倒重来) by a local regulator of the mine's area; it is redone as a new round ({@link #redo}). */
	public Inspection reject(Actor actor, String inspectionId, String reasons) {
		if (reasons == null || reasons.isBlank()) {
			throw Texts.refused("rejectionNeedsReasons"); //$NON-NLS-1$
		}
		return move(actor, inspectionId, InspectionStatus.SUBMITTED, InspectionStatus.REJECTED, reasons.strip(), true);
	}

	/**
	 * A new round of a rejected self-inspection, on the same template edition, linked to the old one, which it
	 * supersedes (推倒重来; it is redone once); the old one's hazards stay in the register.
	 */
	public Inspection redo(Actor actor, String rejectedId) {
		return store.write(actor, session -> {
			Inspection rejected = session.get(Inspection.class, rejectedId);
			requireStatus(rejected, InspectionStatus.REJECTED);
			if (rejected.isSuperseded()) {
				throw Texts.refused("redoneAlready"); //$NON-NLS-1$
			}
			Inspection again = InspectionFactory.eINSTANCE.createInspection();
			again.setKind(rejected.getKind());
			again.setStatus(InspectionStatus.PLANNED);
			again.setMine(rejected.getMine());
			again.setTemplate(rejected.getTemplate());
			again.setCampaign(rejected.getCampaign());
			again.setRound(rejected.getRound() + 1);
			again.setRedoOf(rejected);
			again.setPlannedStart(LocalDate.now(store.clock()));
			for (ItemResult old : rejected.getResults()) {
				ItemResult result = InspectionFactory.eINSTANCE.createItemResult();
				result.setId(UUID.randomUUID().toString());
				result.setItem(old.getItem());
				result.setOutcome(ItemOutcome.UNANSWERED);
				again.getResults().add(result);
			}
			return session.supersede(rejected, again, Texts.format("redoReason")); //$NON-NLS-1$
		});
	}

	private Inspection move(Actor actor, String inspectionId, InspectionStatus from, InspectionStatus to, String reasons, boolean selfOnly) {
		return store.write(actor, session -> {
			Inspection inspection = session.get(Inspection.class, inspectionId);
			if (selfOnly && inspection.getKind() != InspectionKind.SELF_INSPECTION) {
				throw Texts.refused("selfOnly"); //$NON-NLS-1$
			}
			requireStatus(inspection, from);
			if (to == InspectionStatus.ACCEPTED || to == InspectionStatus.REJECTED) {
				requireRegulatorOf(session, actor, inspection.getMine());
			}
			inspection.setStatus(to);
			if (reasons != null) {
				inspection.setRejectionReason(reasons);
			}
			return session.update(inspection);
		});
	}

	/** The regulator who reviews a mine's self-inspection: a local regulator whose area holds the mine. */
	private void requireRegulatorOf(Session session, Actor actor, Mine mine) {
		Agency agency = session.find(Agency.class, actor.agencyId()).orElse(null);
		if (agency == null || agency.getKind() != AgencyKind.LOCAL_REGULATOR || agency.getCovers().stream().noneMatch(area -> area.contains(mine.getCounty()))) {
			throw Texts.refused("notTheRegulator", agency == null ? actor.name() : agency.nameOn(LocalDate.now(store.clock()))); //$NON-NLS-1$
		}
	}

	private static void requireStatus(Inspection inspection, InspectionStatus... allowed) {
		for (InspectionStatus status : allowed) {
			if (inspection.getStatus() == status) {
				return;
			}
		}
		throw Texts.refused("wrongStatus", inspection.getStatus().getName().toLowerCase(Locale.ROOT), //$NON-NLS-1$
				java.util.Arrays.stream(allowed).map(s -> s.getName().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" / "))); //$NON-NLS-1$
	}
}
