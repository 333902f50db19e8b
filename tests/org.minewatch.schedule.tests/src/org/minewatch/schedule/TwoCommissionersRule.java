package org.minewatch.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A test fixture in the shape of Shanxi's 两人一矿: two safety-supervision commissioners of the local regulators for
 * every producing or constructing coal mine, as a standing charge. The real rule belongs to the Shanxi plugin.
 */
class TwoCommissionersRule implements ScheduleRule {

	static final String ID = "test.twoPerMine";
	private final Set<String> provinces;

	TwoCommissionersRule(Set<String> provinces) {
		this.provinces = provinces;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public Set<String> provinces() {
		return provinces;
	}

	@Override
	public String title(Locale locale) {
		return "两人一矿 (test fixture)";
	}

	@Override
	public String source(Locale locale) {
		return "test fixture modelled on Shanxi's 两人一矿";
	}

	@Override
	public List<Duty> apply(MineFacts mine, Period period, List<Duty> duties) {
		if (!mine.coal() || !mine.working() || mine.localAgencies().isEmpty()) {
			return duties;
		}
		List<Duty> out = new ArrayList<>(duties);
		out.add(new Duty(mine.id() + ":commissioners", DutyKind.STANDING_CHARGE, ID, mine.id(), mine.name(), mine.latitude(), mine.longitude(),
				mine.localAgencies(), period.from(), period.to(), 0, 2, Set.of(), 70, null, 0));
		return out;
	}
}
