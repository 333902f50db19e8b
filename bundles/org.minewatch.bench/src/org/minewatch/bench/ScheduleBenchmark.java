package org.minewatch.bench;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minewatch.core.Actor;
import org.minewatch.core.Store;
import org.minewatch.schedule.Plan;
import org.minewatch.schedule.ScheduleService;

/**
 * The scheduling figures (docs/performance.md): a quarter's plan for Shanxi, the province with the most mines in the
 * national data set, and for the nation: seconds to the plan, its duties, assignments, unmet duties and conflicts,
 * and the heap in use after it. A figure, never a pass or fail.
 */
final class ScheduleBenchmark {

	static final String SHANXI = "140000"; //$NON-NLS-1$
	static final LocalDate DAY = LocalDate.of(2021, 11, 29);

	private ScheduleBenchmark() {
	}

	static Map<String, String> run(Store store) {
		Map<String, String> figures = new LinkedHashMap<>();
		ScheduleService service = new ScheduleService(store, List.of());
		plan(service, SHANXI, "schedule.shanxi_quarter", figures); //$NON-NLS-1$
		plan(service, "100000", "schedule.nation_quarter", figures); //$NON-NLS-1$ //$NON-NLS-2$
		return figures;
	}

	private static void plan(ScheduleService service, String division, String name, Map<String, String> figures) {
		LocalDate[] quarter = ScheduleService.quarter(DAY);
		Actor actor = new Actor("bench", "schedule benchmark", "bench"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Runtime runtime = Runtime.getRuntime();
		runtime.gc();
		long started = System.nanoTime();
		Plan plan = service.plan(actor, Locale.ENGLISH, division, quarter[0], quarter[1], List.of());
		double seconds = (System.nanoTime() - started) / 1e9;
		figures.put(name + ".seconds", String.format(Locale.ROOT, "%.2f", seconds)); //$NON-NLS-1$ //$NON-NLS-2$
		figures.put(name + ".duties", String.valueOf(plan.problem().duties().size())); //$NON-NLS-1$
		figures.put(name + ".people", String.valueOf(plan.problem().workers().size())); //$NON-NLS-1$
		figures.put(name + ".assigned", String.valueOf(plan.assignments().size())); //$NON-NLS-1$
		figures.put(name + ".unmet", String.valueOf(plan.score().unmet())); //$NON-NLS-1$
		figures.put(name + ".conflicts", String.valueOf(plan.score().hard())); //$NON-NLS-1$
		figures.put(name + ".heap_mb", String.valueOf((runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024))); //$NON-NLS-1$
	}
}
