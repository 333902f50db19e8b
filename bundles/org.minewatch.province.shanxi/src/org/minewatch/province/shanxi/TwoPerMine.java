package org.minewatch.province.shanxi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.minewatch.core.LocalTexts;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.schedule.Duty;
import org.minewatch.schedule.DutyKind;
import org.minewatch.schedule.MineFacts;
import org.minewatch.schedule.ScheduleRule;
import org.osgi.service.component.annotations.Component;

/**
 * Shanxi's 两人一矿 as the suite reads the February 2021 bulletin (非官方): two safety-supervision commissioners (专员,
 * drawn from the emergency-management and energy departments) for every coal mine of the province that is not closed,
 * as routine supervision. In the plan it is a standing charge of two people of the local regulators that cover the
 * mine (nearest level first), for the whole period; a mine the people cannot cover is left unmet and named in the plan.
 */
@Component(service = ScheduleRule.class)
public final class TwoPerMine implements ScheduleRule {

	/** The rule's id; the duties it adds carry it. */
	public static final String ID = "shanxi.twoPerMine"; //$NON-NLS-1$
	/** Shanxi's division code. */
	public static final String SHANXI = "140000"; //$NON-NLS-1$
	/** People per mine: 两人. */
	public static final int COMMISSIONERS = 2;
	/** Weight of the charge when not everything fits (the trade's own duties weigh 80 and 90). */
	private static final int WEIGHT = 70;

	private static final LocalTexts TEXTS = LocalTexts.of(TwoPerMine.class, "org.minewatch.province.shanxi.messages"); //$NON-NLS-1$

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Set<String> provinces() {
		return Set.of(SHANXI);
	}

	@Override
	public String title(Locale locale) {
		return TEXTS.format(locale, "twoPerMine.title"); //$NON-NLS-1$
	}

	@Override
	public String source(Locale locale) {
		return TEXTS.format(locale, "twoPerMine.source"); //$NON-NLS-1$
	}

	@Override
	public List<Duty> apply(MineFacts mine, Period period, List<Duty> duties) {
		if (!mine.coal() || mine.status() == ProductionStatus.CLOSED || mine.localAgencies().isEmpty()) {
			return duties;
		}
		List<Duty> out = new ArrayList<>(duties);
		out.add(new Duty(mine.id() + ":" + ID, DutyKind.STANDING_CHARGE, ID, mine.id(), mine.name(), mine.latitude(), mine.longitude(), //$NON-NLS-1$
				mine.localAgencies(), period.from(), period.to(), 0, COMMISSIONERS, Set.of(), WEIGHT, null, 0));
		return out;
	}
}
