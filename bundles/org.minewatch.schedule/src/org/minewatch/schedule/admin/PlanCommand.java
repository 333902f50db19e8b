package org.minewatch.schedule.admin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.minewatch.admin.command.AdminCommand;
import org.minewatch.admin.command.Options;
import org.minewatch.core.Actor;
import org.minewatch.core.LocalTexts;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.time.Zones;
import org.minewatch.schedule.Conflict;
import org.minewatch.schedule.Duty;
import org.minewatch.schedule.ICalendar;
import org.minewatch.schedule.Plan;
import org.minewatch.schedule.PlanSheet;
import org.minewatch.schedule.Rules;
import org.minewatch.schedule.ScheduleRule;
import org.minewatch.schedule.ScheduleService;
import org.minewatch.store.JdbcStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * {@code minewatch admin plan}: a division's quarterly plan made on a database, printed as its score, the rules left
 * unmet (with the mines) and any conflict; exit code 1 when the plan breaks a hard rule. Writes nothing.
 */
@Component(service = AdminCommand.class)
public final class PlanCommand implements AdminCommand {

	private static final LocalTexts TEXTS = LocalTexts.of(PlanCommand.class, "org.minewatch.schedule.messages"); //$NON-NLS-1$

	private final List<ScheduleRule> rules = new java.util.concurrent.CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addRule(ScheduleRule rule) {
		rules.add(rule);
	}

	void removeRule(ScheduleRule rule) {
		rules.remove(rule);
	}

	@Override
	public String name() {
		return "plan"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "  plan --database DIR --division CODE [--quarter 2021-10-01] [--lang zh] [--xlsx FILE] [--ics FILE]\n" //$NON-NLS-1$
				+ "                                                                          a division's quarterly plan: its score and unmet rules;\n" //$NON-NLS-1$
				+ "                                                                          the schedule as XLSX, the calendar as iCalendar\n"; //$NON-NLS-1$
	}

	@Override
	public int run(Options o, PrintStream out) {
		Locale locale = Locale.forLanguageTag(o.optional("lang", "zh")); //$NON-NLS-1$ //$NON-NLS-2$
		LocalDate day = LocalDate.parse(o.optional("quarter", LocalDate.now(Zones.CHINA).toString())); //$NON-NLS-1$
		String division = o.required("division"); //$NON-NLS-1$
		ReferenceData reference = ReferenceData.loadShipped();
		try (JdbcStore store = JdbcStore.open(o.path("database"), reference, Zones.systemClock())) { //$NON-NLS-1$
			ScheduleService service = new ScheduleService(store, rules);
			Plan plan = planAndPrint(service, division, day, locale, out);
			Jurisdiction area = reference.jurisdiction(division);
			String label = area == null ? division : area.getName();
			if (o.has("xlsx")) { //$NON-NLS-1$
				export(o.path("xlsx"), file -> PlanSheet.write(plan, label, locale, file), out); //$NON-NLS-1$
			}
			if (o.has("ics")) { //$NON-NLS-1$
				export(o.path("ics"), file -> ICalendar.write(plan, locale, Instant.now(), file), out); //$NON-NLS-1$
			}
			return plan.conflicts().isEmpty() ? 0 : 1;
		}
	}

	/** Something that writes a file's bytes. */
	private interface Writing {
		void to(OutputStream file) throws IOException;
	}

	/** Writes a file whole or not at all (a temporary file beside it, moved in place), and prints its path. */
	private static void export(Path file, Writing writing, PrintStream out) {
		Path target = file.toAbsolutePath();
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part"); //$NON-NLS-1$
			try {
				try (OutputStream stream = Files.newOutputStream(partial)) {
					writing.to(stream);
				}
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			} finally {
				Files.deleteIfExists(partial);
			}
		} catch (IOException e) {
			throw TEXTS.refusal("plan.cannotWrite", target, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()); //$NON-NLS-1$
		}
		out.println(target);
	}

	/** Plans the quarter of {@code day} and prints it; 0 when it breaks no hard rule. */
	public static int print(ScheduleService service, String division, LocalDate day, Locale locale, PrintStream out) {
		return planAndPrint(service, division, day, locale, out).conflicts().isEmpty() ? 0 : 1;
	}

	/** Plans the quarter of {@code day}, prints its figures, unmet rules and conflicts, and gives the plan. */
	private static Plan planAndPrint(ScheduleService service, String division, LocalDate day, Locale locale, PrintStream out) {
		LocalDate[] quarter = ScheduleService.quarter(day);
		Actor actor = new Actor("admin", "plan by " + System.getProperty("user.name"), "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		long started = System.nanoTime();
		Plan plan = service.plan(actor, locale, division, quarter[0], quarter[1], List.of());
		long millis = (System.nanoTime() - started) / 1_000_000;
		out.println("plan " + division + " " + quarter[0] + ".." + quarter[1] + ": " + plan.problem().duties().size() + " duties, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ plan.problem().workers().size() + " people, " + plan.assignments().size() + " assigned, " + millis + " ms"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		out.println("score: " + plan.score().describe(locale)); //$NON-NLS-1$
		Map<String, List<Duty>> unmet = new LinkedHashMap<>();
		for (Duty d : plan.unmet()) {
			unmet.computeIfAbsent(d.ruleId(), k -> new ArrayList<>()).add(d);
		}
		if (unmet.isEmpty()) {
			out.println("unmet rules: none"); //$NON-NLS-1$
		} else {
			out.println("unmet rules:"); //$NON-NLS-1$
		}
		unmet.forEach((rule, duties) -> {
			List<String> mines = duties.stream().map(Duty::mineName).distinct().toList();
			out.println("  " + title(service, rule, locale) + ": " + duties.size() + " duties at " + mines.size() + " mines (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ String.join(", ", mines.subList(0, Math.min(5, mines.size()))) + (mines.size() > 5 ? ", ..." : "") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		});
		for (Conflict c : plan.conflicts()) {
			out.println("conflict: " + c.describe(locale)); //$NON-NLS-1$
		}
		for (String failed : plan.failedRules()) {
			out.println("rule failed and left out: " + failed); //$NON-NLS-1$
		}
		return plan;
	}

	private static String title(ScheduleService service, String ruleId, Locale locale) {
		for (Rules.Rule r : Rules.ALL) {
			if (r.id().equals(ruleId)) {
				return r.title(locale);
			}
		}
		return service.provinceRules().stream().filter(r -> r.id().equals(ruleId)).map(r -> r.title(locale)).findFirst().orElse(ruleId);
	}
}
