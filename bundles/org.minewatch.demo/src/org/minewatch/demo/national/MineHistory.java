package org.minewatch.demo.national;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * The dated rows of a mine: 1-3 production statuses following a plausible path, and 1-4 quarterly
 * classifications. Each uses its own random stream so either can change without touching the mine itself.
 */
final class MineHistory {

	static final String STATUS_FILE = "mine_status_history.csv";
	static final String[] STATUS_HEADER = { "mine_id", "since", "status", "reason" };
	static final String CLASSIFICATION_FILE = "mine_classifications.csv";
	static final String[] CLASSIFICATION_HEADER = { "mine_id", "since", "supervision_class", "gas_class",
			"hydrogeological_type", "spontaneous_combustion", "rock_burst_risk", "standardisation_grade" };

	/** Status sequences a mine can go through in a year; a mine takes the first 1-3 steps of one. */
	private static final String[][] PATHS = { { "PRODUCING" }, { "PRODUCING", "ORDERED_TO_STOP", "PRODUCING" },
			{ "CONSTRUCTING", "PRODUCING" }, { "PRODUCING", "LONG_TERM_STOPPED", "LISTED_FOR_EXIT" },
			{ "LISTED_FOR_EXIT", "CLOSED" }, { "ORDERED_TO_STOP", "PRODUCING" },
			{ "LONG_TERM_STOPPED", "LISTED_FOR_EXIT", "CLOSED" } };
	private static final int[] PATH_WEIGHTS = { 40, 15, 10, 10, 5, 15, 5 };

	/** The first day of each quarter of 2021. */
	private static final int[] QUARTERS = { 0, 90, 181, 273 };

	// Each rating with the weights of its values.
	private static final String[] SUPERVISION = { "A", "B", "C", "D" };
	private static final int[] SUPERVISION_WEIGHTS = { 10, 35, 40, 15 };
	private static final String[] GAS = { "LOW", "HIGH", "OUTBURST" };
	private static final int[] GAS_WEIGHTS = { 70, 20, 10 };
	private static final String[] HYDRO = { "SIMPLE", "MEDIUM", "COMPLEX", "VERY_COMPLEX" };
	private static final int[] HYDRO_WEIGHTS = { 30, 45, 20, 5 };
	private static final String[] COMBUSTION = { "PRONE", "COMBUSTIBLE", "NOT_PRONE" };
	private static final int[] COMBUSTION_WEIGHTS = { 20, 40, 40 };
	private static final String[] ROCK_BURST = { "NONE", "WEAK", "MEDIUM", "STRONG" };
	private static final int[] ROCK_BURST_WEIGHTS = { 85, 8, 5, 2 };
	private static final String[] GRADES = { "UNRATED", "GRADE_1", "GRADE_2", "GRADE_3" };
	private static final int[] GRADE_WEIGHTS = { 10, 10, 45, 35 };

	private MineHistory() {
	}

	static void statuses(CsvSink csv, String mineId, SplittableRandom random) throws IOException {
		String[] path = PATHS[Keys.weighted(random, PATH_WEIGHTS)];
		int steps = Math.min(path.length, 1 + random.nextInt(3));
		int day = 0;
		csv.row(mineId, Dates.date(day), path[0], reason(path[0], true));
		for (int step = 1; step < steps; step++) {
			// Spread the remaining changes over the rest of the year, strictly increasing.
			int window = (Dates.DAYS - 1 - day) / (steps - step);
			day += 1 + random.nextInt(window);
			csv.row(mineId, Dates.date(day), path[step], reason(path[step], false));
		}
	}

	private static String reason(String status, boolean opening) {
		if (opening) {
			return "年初登记状态";
		}
		return switch (status) {
			case "PRODUCING" -> "验收合格恢复生产";
			case "ORDERED_TO_STOP" -> "存在重大事故隐患责令停产整顿";
			case "LONG_TERM_STOPPED" -> "停产超过一年";
			case "LISTED_FOR_EXIT" -> "列入关闭退出名单";
			case "CLOSED" -> "完成关闭验收";
			default -> "基本建设";
		};
	}

	/**
	 * Geology is drawn once and kept; the supervision class and standardisation grade move between quarterly
	 * adjustments. Water and spontaneous-combustion ratings apply to coal mines only, gas and rock-burst ratings to
	 * underground coal mines only; the rest get UNRATED and NONE. Standardisation grades exist for every kind.
	 */
	static void classifications(CsvSink csv, String mineId, Facts.Mine mine, SplittableRandom random)
			throws IOException {
		boolean coal = mine.coal();
		boolean underground = mine.kind() == 0;
		String gas = underground ? GAS[Keys.weighted(random, GAS_WEIGHTS)] : "UNRATED";
		String hydro = coal ? HYDRO[Keys.weighted(random, HYDRO_WEIGHTS)] : "UNRATED";
		String combustion = coal ? COMBUSTION[Keys.weighted(random, COMBUSTION_WEIGHTS)] : "UNRATED";
		String rockBurst = underground ? ROCK_BURST[Keys.weighted(random, ROCK_BURST_WEIGHTS)] : "NONE";
		int supervision = Keys.weighted(random, SUPERVISION_WEIGHTS);
		int grade = Keys.weighted(random, GRADE_WEIGHTS);
		int adjustments = 1 + random.nextInt(QUARTERS.length);
		for (int quarter = 0; quarter < adjustments; quarter++) {
			if (quarter > 0) {
				supervision = Math.max(0, Math.min(SUPERVISION.length - 1, supervision + random.nextInt(3) - 1));
				grade = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : grade;
			}
			csv.row(mineId, Dates.date(QUARTERS[quarter]), SUPERVISION[supervision], gas, hydro, combustion, rockBurst,
					GRADES[grade]);
		}
	}
}
