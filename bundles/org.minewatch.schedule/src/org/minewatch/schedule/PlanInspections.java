package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minewatch.checklist.InspectionService;
import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.schedule.MonitorAssignment;
import org.minewatch.model.schedule.MonitorReason;
import org.minewatch.model.schedule.ScheduleFactory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A plan made real with one action, in one unit of work: each staffed visit becomes a planned inspection in the
 * checklist area (through {@link InspectionService}, on the newest template for the mine's kind, with its team, the
 * first person leading): enforcement visits and checks of closed or stopped mines as state enforcement, checks
 * before resumption as regulatory investigations; each resident watch becomes a monitor assignment. A visit already
 * planned (same kind, mine and first day) is not planned twice; a mine whose kind has no template is named as skipped.
 */
@Component(service = { PlanInspections.class, AreaService.class })
public final class PlanInspections implements AreaService {

	/** What the action made: inspections and monitor assignments (ids), and the duties it skipped. */
	public record Made(List<String> inspectionIds, List<String> monitorIds, List<String> skippedDutyIds) {
	}

	private final Store store;
	private final InspectionService inspections;

	@Activate
	public PlanInspections(@Reference Store store, @Reference InspectionService inspections) {
		this.store = store;
		this.inspections = inspections;
	}

	public Made create(Actor actor, Plan plan) {
		Map<String, Duty> duties = plan.problem().dutiesById();
		return store.write(actor, session -> {
			Map<MineKind, String> templates = new HashMap<>();
			List<String> made = new ArrayList<>();
			List<String> monitors = new ArrayList<>();
			List<String> skipped = new ArrayList<>();
			for (Assignment a : plan.assignments()) {
				Duty d = duties.get(a.dutyId());
				if (d == null || a.start() == null) {
					continue;
				}
				if (d.kind() == DutyKind.RESIDENT_WATCH) {
					monitors.add(monitor(session, d, a).getId());
					continue;
				}
				InspectionKind kind = d.kind() == DutyKind.RESUMPTION_CHECK ? InspectionKind.REGULATORY_INVESTIGATION : InspectionKind.STATE_ENFORCEMENT;
				Mine mine = session.get(Mine.class, d.mineId());
				String template = templates.computeIfAbsent(mine.getKind(), k -> template(session, k));
				if (template == null || planned(session, kind, d.mineId(), a.start())) {
					skipped.add(d.id());
					continue;
				}
				List<InspectionService.Member> team = new ArrayList<>();
				for (int i = 0; i < a.personIds().size(); i++) {
					String person = a.personIds().get(i);
					team.add(new InspectionService.Member(person, speciality(plan, d, person), i == 0));
				}
				// the check before resumption, completed, is what Resumption asks for before a stopped mine resumes
				Inspection inspection = inspections.plan(session, kind, d.mineId(), template, a.start(), a.start().plusDays(d.days() - 1L), team,
						d.kind() == DutyKind.RESUMPTION_CHECK);
				made.add(inspection.getId());
			}
			return new Made(made, monitors, skipped);
		});
	}

	private static MonitorAssignment monitor(Session session, Duty d, Assignment a) {
		MonitorAssignment m = ScheduleFactory.eINSTANCE.createMonitorAssignment();
		m.setMine(session.get(Mine.class, d.mineId()));
		m.setPerson(session.get(Person.class, a.personIds().get(0)));
		m.setStartDate(a.start());
		m.setEndDate(a.start().plusDays(d.days() - 1L));
		m.setReason(MonitorReason.STOPPED);
		return session.create(m);
	}

	/** The speciality a person checks on the team: one the duty needs if they have it, else their first. */
	private static String speciality(Plan plan, Duty d, String personId) {
		Worker w = plan.problem().workersById().get(personId);
		if (w == null || w.specialities().isEmpty()) {
			return null;
		}
		return w.specialities().stream().filter(d.specialities()::contains).findFirst().orElse(w.specialities().stream().sorted().findFirst().orElseThrow());
	}

	private static boolean planned(Session session, InspectionKind kind, String mineId, LocalDate start) {
		return !session.rows(Query.of(Inspection.class).where("mine", mineId).where("kind", kind).where("plannedStart", start), PageRequest.first(1)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.items().isEmpty();
	}

	/** The newest stored template for a mine kind (by name, then the latest valid-from), or null. */
	private static String template(Session session, MineKind kind) {
		List<ChecklistTemplate> all = ScheduleService.all(session, Query.of(ChecklistTemplate.class).orderBy("name")); //$NON-NLS-1$
		return all.stream().filter(t -> t.getAppliesTo().contains(kind))
				.sorted(Comparator.comparing(ChecklistTemplate::getName).thenComparing(ChecklistTemplate::getValidFrom,
						Comparator.nullsLast(Comparator.reverseOrder())))
				.map(ChecklistTemplate::getId).findFirst().orElse(null);
	}
}
