package org.minewatch.demo.national;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The counties sorted by code, with their provinces numbered. Sorting makes the output independent of the order
 * of the input list; the arrays are as large as the list of counties, never as large as the scale.
 */
final class Counties {

	private final County[] counties;
	private final String[] provinces;
	private final int[] provinceOfCounty;

	Counties(List<County> list) {
		TreeMap<String, County> byCode = new TreeMap<>();
		for (County county : list) {
			County known = byCode.putIfAbsent(county.countyCode(), county);
			if (known != null && !known.equals(county)) {
				throw new IllegalArgumentException("county " + county.countyCode() + " listed in two provinces");
			}
		}
		if (byCode.isEmpty()) {
			throw new IllegalArgumentException("no counties");
		}
		counties = byCode.values().toArray(County[]::new);
		TreeSet<String> provinceCodes = new TreeSet<>();
		for (County county : counties) {
			provinceCodes.add(county.provinceCode());
		}
		provinces = provinceCodes.toArray(String[]::new);
		provinceOfCounty = new int[counties.length];
		List<String> provinceList = List.of(provinces);
		for (int c = 0; c < counties.length; c++) {
			provinceOfCounty[c] = provinceList.indexOf(counties[c].provinceCode());
		}
	}

	/** Reads one {@code countyCode,provinceCode} a line; blank lines and lines starting with # are skipped. */
	static List<County> read(Path file) throws IOException {
		List<County> list = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String trimmed = line.replace("\uFEFF", "").strip(); // a byte order mark from Windows editors
			if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
				list.add(County.parse(trimmed));
			}
		}
		return list;
	}

	int countyCount() {
		return counties.length;
	}

	int provinceCount() {
		return provinces.length;
	}

	County county(int index) {
		return counties[index];
	}

	String provinceCode(int provinceIndex) {
		return provinces[provinceIndex];
	}

	int provinceOf(int countyIndex) {
		return provinceOfCounty[countyIndex];
	}
}
