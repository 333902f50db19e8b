package org.minewatch.model.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.StatusChange;

/** As-of reading of a mine's history: the entry in force on a date is the latest one since on or before it. */
public final class MineHistory {

	public static ProductionStatus statusOn(Mine mine, LocalDate date) {
		StatusChange change = inForce(mine.getStatusHistory(), StatusChange::getSince, date);
		return change == null ? null : change.getStatus();
	}

	public static Classification classificationOn(Mine mine, LocalDate date) {
		return inForce(mine.getClassHistory(), Classification::getSince, date);
	}

	/** Of two entries with the same date the later in the list wins: it was recorded later. */
	static <T> T inForce(List<T> history, Function<T, LocalDate> since, LocalDate date) {
		T best = null;
		LocalDate bestSince = null;
		for (T entry : history) {
			LocalDate from = since.apply(entry);
			if (from != null && !from.isAfter(date) && (bestSince == null || !from.isBefore(bestSince))) {
				best = entry;
				bestSince = from;
			}
		}
		return best;
	}

	private MineHistory() {
	}
}
