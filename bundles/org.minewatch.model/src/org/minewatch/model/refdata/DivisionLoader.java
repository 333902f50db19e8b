package org.minewatch.model.refdata;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minewatch.model.jurisdiction.DivisionEdition;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionFactory;
import org.minewatch.model.jurisdiction.JurisdictionLevel;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * Loads China's divisions from the china-division data set, a copy of the National Bureau of Statistics'
 * statistical division code list (统计用区划代码): provinces.json, cities.json and areas.json (arrays of
 * {code, name, provinceCode?, cityCode?}) into a tree nation → province → prefecture → county with six-digit
 * codes. The list takes GB/T 2260's codes for administrative divisions and gives county-level codes of its
 * own (fifth digit 7) to development zones, management districts and the like: those are kept, since mines
 * lie in them, and marked {@code functionalZone}. Every entry is kept and hung under its parent, keyed by
 * the data set's own code (a prefecture-level city without counties, such as 东莞市, is listed again as its
 * own county-level area with the same six-digit code); an entry whose parent is unknown, a duplicate code or
 * a malformed file is refused with file, line, column and JSON path.
 */
public final class DivisionLoader {

	public static final String NATION_CODE = "100000"; //$NON-NLS-1$
	public static final String NATION_KEY = "CN"; //$NON-NLS-1$
	private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)"); //$NON-NLS-1$

	public DivisionEdition load(DataFolder folder) {
		DivisionEdition edition = JurisdictionFactory.eINSTANCE.createDivisionEdition();
		folder.edition().applyTo(edition);
		Jurisdiction nation = jurisdiction(NATION_KEY, NATION_CODE, "中华人民共和国", JurisdictionLevel.NATION); //$NON-NLS-1$
		nation.setNameEn("People's Republic of China"); //$NON-NLS-1$
		edition.setNation(nation);
		Map<String, Jurisdiction> byCode = new HashMap<>(); // by the data set's code
		byCode.put(NATION_KEY, nation);
		read(folder, "provinces.json", entry -> add(entry, byCode, nation, JurisdictionLevel.PROVINCE, 2)); //$NON-NLS-1$
		read(folder, "cities.json", entry -> add(entry, byCode, parent(entry, "provinceCode", byCode), JurisdictionLevel.PREFECTURE, 4)); //$NON-NLS-1$ //$NON-NLS-2$
		read(folder, "areas.json", entry -> { //$NON-NLS-1$
			Jurisdiction city = parent(entry, "cityCode", byCode); //$NON-NLS-1$
			Jurisdiction province = parent(entry, "provinceCode", byCode); //$NON-NLS-1$
			if (city.getParent() != province) {
				throw entry.error("cityCode", "the city " + entry.get("cityCode") + " is not in the province " + entry.get("provinceCode")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
			add(entry, byCode, city, JurisdictionLevel.COUNTY, 6).setFunctionalZone(isFunctionalZone(entry.get("code"))); //$NON-NLS-1$
		});
		return edition;
	}

	/** The six-digit code of a short code (11 → 110000, 1101 → 110100). */
	public static String gbCode(String shortCode) {
		return (shortCode + "000000").substring(0, 6); //$NON-NLS-1$
	}

	/**
	 * Whether a county-level code of the statistical list is one of its development zones or management
	 * districts (130171 石家庄高新技术产业开发区, 152571 乌拉盖管理区管委会): fifth digit 7. In the shipped edition
	 * every such code is a zone of that kind and none an administrative division (ReferenceDataTest checks it).
	 */
	public static boolean isFunctionalZone(String countyCode) {
		return countyCode.length() == 6 && countyCode.charAt(4) == '7';
	}

	private static Jurisdiction add(Entry entry, Map<String, Jurisdiction> byCode, Jurisdiction parent, JurisdictionLevel level, int digits) {
		String code = entry.get("code"); //$NON-NLS-1$
		if (code.length() != digits || !code.chars().allMatch(Character::isDigit)) {
			throw entry.error("code", "expected " + digits + " digits: " + code); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (byCode.containsKey(code)) {
			throw entry.error("code", "duplicate code " + code); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Jurisdiction jurisdiction = jurisdiction(code, gbCode(code), entry.get("name"), level); //$NON-NLS-1$
		parent.getChildren().add(jurisdiction);
		byCode.put(code, jurisdiction);
		return jurisdiction;
	}

	private static Jurisdiction parent(Entry entry, String field, Map<String, Jurisdiction> byCode) {
		Jurisdiction parent = byCode.get(entry.get(field));
		if (parent == null) {
			throw entry.error(field, "no such division: " + entry.get(field)); //$NON-NLS-1$
		}
		return parent;
	}

	private static Jurisdiction jurisdiction(String key, String code, String name, JurisdictionLevel level) {
		Jurisdiction jurisdiction = JurisdictionFactory.eINSTANCE.createJurisdiction();
		jurisdiction.setKey(key);
		jurisdiction.setCode(code);
		jurisdiction.setName(name);
		jurisdiction.setLevel(level);
		return jurisdiction;
	}

	private static void read(DataFolder folder, String file, java.util.function.Consumer<Entry> handler) {
		String name = folder.describe(file);
		try (Reader in = folder.reader(file); JsonReader json = new JsonReader(in)) {
			json.beginArray();
			while (json.hasNext()) {
				String path = json.getPath();
				long[] position = position(json);
				Map<String, String> fields = new LinkedHashMap<>();
				json.beginObject();
				while (json.hasNext()) {
					String key = json.nextName();
					if (json.peek() == JsonToken.STRING || json.peek() == JsonToken.NUMBER) {
						fields.put(key, json.nextString());
					} else {
						throw new DataFileException(name, position(json)[0], json.getPath(), "expected a string"); //$NON-NLS-1$
					}
				}
				json.endObject();
				handler.accept(new Entry(name, position, path, fields));
			}
			json.endArray();
		} catch (IOException | IllegalStateException e) {
			throw new DataFileException(name, lineOf(e.getMessage()), null, "not a JSON array of objects: " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	private static long[] position(JsonReader json) {
		Matcher m = POSITION.matcher(json.toString());
		return m.find() ? new long[] { Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) } : new long[] { 0, 0 };
	}

	private static long lineOf(String message) {
		Matcher m = POSITION.matcher(message == null ? "" : message); //$NON-NLS-1$
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	/** One object of a division file and where it stands. */
	private record Entry(String file, long[] position, String path, Map<String, String> fields) {

		String get(String field) {
			String value = fields.get(field);
			if (value == null || value.isBlank()) {
				throw error(field, "missing or empty"); //$NON-NLS-1$
			}
			return value.strip();
		}

		DataFileException error(String field, String problem) {
			return new DataFileException(file, position[0], path + "." + field, problem + " (column " + position[1] + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
