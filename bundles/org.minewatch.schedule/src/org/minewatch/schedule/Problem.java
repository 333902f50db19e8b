package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a plan is made for: the period, the bureau's settings, the duties, the people and their agencies' names (by id). */
public record Problem(LocalDate from, LocalDate to, ScheduleSettings settings, List<Duty> duties, List<Worker> workers, Map<String, String> agencyNames) {

	public Problem {
		duties = List.copyOf(duties);
		workers = List.copyOf(workers);
		agencyNames = Map.copyOf(agencyNames);
	}

	public Problem(LocalDate from, LocalDate to, ScheduleSettings settings, List<Duty> duties, List<Worker> workers) {
		this(from, to, settings, duties, workers, Map.of());
	}

	/** An agency's name, or its id when the problem does not know it. */
	public String agencyName(String agencyId) {
		return agencyNames.getOrDefault(agencyId, agencyId);
	}

	public Map<String, Duty> dutiesById() {
		return duties.stream().collect(Collectors.toMap(Duty::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	public Map<String, Worker> workersById() {
		return workers.stream().collect(Collectors.toMap(Worker::personId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	/** The free days a person needs between visits at the two mines: whole days of travel at the bureau's kilometres a day. */
	public int travelDays(Duty a, Duty b) {
		if (a.mineId() != null && a.mineId().equals(b.mineId()) || settings.travelKmPerDay() <= 0) {
			return 0;
		}
		if (a.latitude() == 0 && a.longitude() == 0 || b.latitude() == 0 && b.longitude() == 0) {
			return 0;
		}
		return (int) Math.floor(kilometres(a.latitude(), a.longitude(), b.latitude(), b.longitude()) / settings.travelKmPerDay());
	}

	/** Great-circle distance in kilometres. */
	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	/** Whether the rule of travel binds a person between these two duties (timed visits, not resident watch). */
	static boolean travelApplies(Duty a, Duty b) {
		return a.kind().timed() && b.kind().timed() && a.kind() != DutyKind.RESIDENT_WATCH && b.kind() != DutyKind.RESIDENT_WATCH;
	}

	/** Whether a duty may occupy a rest day (a resident watch covers its whole period). */
	static boolean restDaysAllowed(Duty duty) {
		return duty.kind() == DutyKind.RESIDENT_WATCH;
	}
}
