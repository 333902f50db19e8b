package org.minewatch.schedule;

import java.time.LocalDate;
import java.util.List;

import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.SupervisionClass;

/**
 * What the rules need to know of a mine for a period: its kind, status and class at the period's start, where it is,
 * which agencies cover it (state enforcement; local regulators, nearest level first; the county and prefecture ones
 * apart for the resident watch), and its last whole-system enforcement visit this year (null if none).
 */
public record MineFacts(String id, String name, MineKind kind, ProductionStatus status, SupervisionClass supervisionClass, boolean severeDisaster,
		String provinceCode, String countyCode, double latitude, double longitude, List<String> stateAgencies, List<String> localAgencies,
		List<String> watchAgencies, LocalDate enforcedThisYear, int riskRank) {

	public MineFacts {
		stateAgencies = List.copyOf(stateAgencies);
		localAgencies = List.copyOf(localAgencies);
		watchAgencies = List.copyOf(watchAgencies);
	}

	public boolean coal() {
		return kind == MineKind.UNDERGROUND_COAL || kind == MineKind.OPEN_PIT_COAL;
	}

	public boolean working() {
		return status == ProductionStatus.PRODUCING || status == ProductionStatus.CONSTRUCTING;
	}
}
