package org.minewatch.demo.national;

/**
 * Province names and rough centres, so that agency names read naturally and mine coordinates fall near the
 * right province. Unknown codes still work: they get a generic name and a point in central China.
 */
final class Regions {

	/** A province: the first two digits of its code, names, and its rough centre in micro-degrees. */
	private record Province(String prefix, String shortName, String suffix, int latitude, int longitude) {
	}

	private static final Province[] PROVINCES = {
			new Province("11", "北京", "市", 39_900_000, 116_400_000),
			new Province("12", "天津", "市", 39_100_000, 117_200_000),
			new Province("13", "河北", "省", 38_000_000, 114_500_000),
			new Province("14", "山西", "省", 37_600_000, 112_300_000),
			new Province("15", "内蒙古", "自治区", 41_000_000, 111_700_000),
			new Province("21", "辽宁", "省", 41_800_000, 123_400_000),
			new Province("22", "吉林", "省", 43_800_000, 125_300_000),
			new Province("23", "黑龙江", "省", 46_800_000, 127_600_000),
			new Province("31", "上海", "市", 31_200_000, 121_500_000),
			new Province("32", "江苏", "省", 32_900_000, 119_400_000),
			new Province("33", "浙江", "省", 29_200_000, 120_200_000),
			new Province("34", "安徽", "省", 31_800_000, 117_200_000),
			new Province("35", "福建", "省", 26_100_000, 118_300_000),
			new Province("36", "江西", "省", 27_600_000, 115_700_000),
			new Province("37", "山东", "省", 36_400_000, 118_300_000),
			new Province("41", "河南", "省", 33_900_000, 113_600_000),
			new Province("42", "湖北", "省", 30_900_000, 112_300_000),
			new Province("43", "湖南", "省", 27_600_000, 111_700_000),
			new Province("44", "广东", "省", 23_400_000, 113_300_000),
			new Province("45", "广西", "壮族自治区", 23_800_000, 108_800_000),
			new Province("46", "海南", "省", 19_200_000, 109_700_000),
			new Province("50", "重庆", "市", 29_800_000, 107_000_000),
			new Province("51", "四川", "省", 30_600_000, 103_000_000),
			new Province("52", "贵州", "省", 26_800_000, 106_700_000),
			new Province("53", "云南", "省", 25_000_000, 101_500_000),
			new Province("54", "西藏", "自治区", 31_500_000, 88_400_000),
			new Province("61", "陕西", "省", 35_200_000, 108_900_000),
			new Province("62", "甘肃", "省", 37_800_000, 103_800_000),
			new Province("63", "青海", "省", 35_700_000, 96_000_000),
			new Province("64", "宁夏", "回族自治区", 37_300_000, 106_200_000),
			new Province("65", "新疆", "维吾尔自治区", 41_800_000, 85_600_000) };

	private Regions() {
	}

	private static Province province(String provinceCode) {
		String prefix = provinceCode.substring(0, 2);
		for (Province province : PROVINCES) {
			if (province.prefix().equals(prefix)) {
				return province;
			}
		}
		return new Province(prefix, "省级" + prefix, "", 33_000_000, 110_000_000);
	}

	/** "山东", as in 山东煤矿安全监察局. */
	static String shortName(String provinceCode) {
		return province(provinceCode).shortName();
	}

	/** "山东省", as in 山东省应急管理厅. */
	static String fullName(String provinceCode) {
		Province province = province(provinceCode);
		return province.shortName() + province.suffix();
	}

	/**
	 * The centre of a county in micro-degrees {latitude, longitude}: the province centre moved by up to about
	 * 1.5 degrees, fixed by the county code alone (geography does not change with the seed).
	 */
	static long[] countyCentre(String countyCode, String provinceCode) {
		Province province = province(provinceCode);
		long hash = Keys.mix(Long.parseLong(countyCode));
		long latitude = province.latitude() + Math.floorMod(hash, 3_000_001L) - 1_500_000;
		long longitude = province.longitude() + Math.floorMod(hash >>> 32, 3_000_001L) - 1_500_000;
		return new long[] { latitude, longitude };
	}
}
