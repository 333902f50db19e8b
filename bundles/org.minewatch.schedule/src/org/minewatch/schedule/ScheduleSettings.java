package org.minewatch.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.minewatch.core.BureauSettings;
import org.minewatch.core.LocalTexts;
import org.minewatch.core.Session;
import org.minewatch.model.registry.MineKind;

/**
 * The bureau's settings the rules read where a rule is local (stored in its database as {@link BureauSettings}); the
 * defaults are the suite's own (非官方), not an official figure. Leave is a setting per person
 * ({@code schedule.leave.<personId>} = dates and ranges, e.g. {@code 2021-12-01..2021-12-05,2021-12-20}).
 */
public record ScheduleSettings(Set<DayOfWeek> restDays, int watchPeriodDays, int maxWatchPeriods, int travelKmPerDay, int maxStandingCharges,
		int enforcementDays, Map<MineKind, Set<String>> specialities, int secondsPerPart) {

	public static final String REST_DAYS = "schedule.restDays"; //$NON-NLS-1$
	public static final String WATCH_PERIOD_DAYS = "schedule.watchPeriodDays"; //$NON-NLS-1$
	public static final String MAX_WATCH_PERIODS = "schedule.maxWatchPeriods"; //$NON-NLS-1$
	public static final String TRAVEL_KM_PER_DAY = "schedule.travelKmPerDay"; //$NON-NLS-1$
	public static final String MAX_STANDING_CHARGES = "schedule.maxStandingCharges"; //$NON-NLS-1$
	public static final String ENFORCEMENT_DAYS = "schedule.enforcementDays"; //$NON-NLS-1$
	public static final String SPECIALITIES = "schedule.specialities."; //$NON-NLS-1$
	public static final String LEAVE = "schedule.leave."; //$NON-NLS-1$

	private static final LocalTexts TEXTS = LocalTexts.of(ScheduleSettings.class, "org.minewatch.schedule.messages"); //$NON-NLS-1$

	public ScheduleSettings {
		restDays = restDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(restDays));
		specialities = Map.copyOf(specialities);
	}

	/** The suite's defaults: Saturday and Sunday off, weekly watch periods, at most two in a row at one mine, 300 km a day. */
	public static ScheduleSettings defaults() {
		Map<MineKind, Set<String>> specialities = new TreeMap<>();
		specialities.put(MineKind.UNDERGROUND_COAL, Set.of("VENTILATION")); //$NON-NLS-1$
		specialities.put(MineKind.OPEN_PIT_COAL, Set.of("MINING")); //$NON-NLS-1$
		specialities.put(MineKind.UNDERGROUND_NON_COAL, Set.of("VENTILATION")); //$NON-NLS-1$
		specialities.put(MineKind.TAILINGS_POND, Set.of("GEOLOGY_WATER")); //$NON-NLS-1$
		return new ScheduleSettings(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 7, 2, 300, 4, 2, specialities, 3);
	}

	/** The bureau's settings over the defaults; a value that is not what its setting takes is refused, naming the setting. */
	public static ScheduleSettings read(Session session) {
		ScheduleSettings d = defaults();
		Set<DayOfWeek> rest = BureauSettings.get(session, REST_DAYS).map(ScheduleSettings::days).orElse(d.restDays());
		Map<MineKind, Set<String>> specialities = new TreeMap<>(d.specialities());
		for (MineKind kind : MineKind.VALUES) {
			BureauSettings.get(session, SPECIALITIES + kind.getName()).ifPresent(v -> specialities.put(kind, codes(v)));
		}
		return new ScheduleSettings(rest, BureauSettings.integer(session, WATCH_PERIOD_DAYS, d.watchPeriodDays()),
				BureauSettings.integer(session, MAX_WATCH_PERIODS, d.maxWatchPeriods()), BureauSettings.integer(session, TRAVEL_KM_PER_DAY, d.travelKmPerDay()),
				BureauSettings.integer(session, MAX_STANDING_CHARGES, d.maxStandingCharges()),
				BureauSettings.integer(session, ENFORCEMENT_DAYS, d.enforcementDays()), specialities, d.secondsPerPart());
	}

	/** A person's leave as the bureau set it, or none. */
	public static Set<LocalDate> leave(Session session, String personId) {
		return BureauSettings.get(session, LEAVE + personId).map(v -> dates(LEAVE + personId, v)).orElse(Set.of());
	}

	/** Days named in English (MONDAY, SATURDAY), separated by commas. */
	static Set<DayOfWeek> days(String value) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String part : value.split(",")) { //$NON-NLS-1$
			if (!part.isBlank()) {
				try {
					days.add(DayOfWeek.valueOf(part.strip().toUpperCase(Locale.ROOT)));
				} catch (IllegalArgumentException e) {
					throw TEXTS.refusal("setting.notDay", REST_DAYS, part.strip()); //$NON-NLS-1$
				}
			}
		}
		return days;
	}

	/** Dates and ranges {@code a..b} separated by commas. */
	static Set<LocalDate> dates(String key, String value) {
		Set<LocalDate> dates = new HashSet<>();
		for (String part : value.split(",")) { //$NON-NLS-1$
			String p = part.strip();
			if (p.isEmpty()) {
				continue;
			}
			try {
				int range = p.indexOf(".."); //$NON-NLS-1$
				LocalDate from = LocalDate.parse(range < 0 ? p : p.substring(0, range).strip());
				LocalDate to = range < 0 ? from : LocalDate.parse(p.substring(range + 2).strip());
				for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
					dates.add(day);
				}
			} catch (java.time.format.DateTimeParseException e) {
				throw TEXTS.refusal("setting.notDate", key, p); //$NON-NLS-1$
			}
		}
		return dates;
	}

	private static Set<String> codes(String value) {
		Set<String> codes = new HashSet<>();
		for (String part : value.split(",")) { //$NON-NLS-1$
			if (!part.isBlank()) {
				codes.add(part.strip());
			}
		}
		return codes;
	}

	/** Whether {@code day} is a working day. */
	public boolean working(LocalDate day) {
		return !restDays.contains(day.getDayOfWeek());
	}
}
