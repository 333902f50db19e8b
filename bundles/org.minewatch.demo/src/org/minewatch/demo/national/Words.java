package org.minewatch.demo.national;

import java.util.SplittableRandom;

/**
 * Small fixed word lists for names and descriptions. They only need to look plausible to a Chinese reader of a
 * benchmark result; they are not meant to be unique or meaningful.
 */
final class Words {

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
			"朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹" };
	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
			"涛", "明", "超", "秀", "霞", "平", "刚", "华", "建", "国", "文", "志", "红", "斌", "鹏", "飞", "海", "峰", "宇", "晨",
			"辉", "林", "波", "鑫", "浩", "玉" };
	private static final String[] TRADE_NAMES = { "晋丰", "恒泰", "鑫源", "华能", "金鼎", "宏达", "永兴", "瑞通", "昌盛", "聚鑫",
			"兴旺", "东升", "宝山", "国泰", "中和", "天元", "福源", "鸿运", "长青", "盛安" };
	private static final String[] COMPANY_SUFFIXES = { "煤业有限公司", "矿业有限责任公司", "矿业有限公司", "煤炭有限责任公司" };
	private static final String[] GROUP_SUFFIXES = { "能源集团有限公司", "矿业集团有限责任公司", "煤业集团有限公司" };
	private static final String[] MINERALS = { "铁", "铜", "金", "铅锌", "石灰石", "萤石", "磷" };

	/** Places where a hazard is found, per mine kind (index as in {@link Facts#MINE_KINDS}). */
	private static final String[][] PLACES = {
			{ "1201回采工作面", "3101运输顺槽", "主斜井", "中央变电所", "2号回风大巷", "+450水平运输大巷", "掘进工作面", "采区水泵房" },
			{ "北帮边坡", "排土场", "剥离台阶", "运输道路", "破碎站" },
			{ "-120中段巷道", "主井提升系统", "采场", "溜井", "井下炸药库", "通风井" },
			{ "尾矿库坝体", "排洪设施", "库区", "浸润线观测点", "回水泵站" } };
	private static final String[] PROBLEMS = { "支护不及时", "安全出口标识缺失", "电缆吊挂不规范", "消防器材配备不足", "作业人员未持证上岗",
			"安全监测设备未按期校验", "警示标志缺失", "防护栏缺损", "排水设施不完善", "设备失爆", "现场管理混乱", "台账记录不全" };

	/** The 15 categories of Order No. 4 (2020), the coal-mine major-hazard standard, in code order. */
	static final String[] MAJOR_CATEGORIES = { "超能力、超强度或者超定员组织生产", "瓦斯超限作业", "煤与瓦斯突出矿井未依照规定实施防突出措施",
			"高瓦斯矿井未建立瓦斯抽采系统和监控系统或者系统不能正常运行", "通风系统不完善、不可靠", "有严重水患，未采取有效措施", "超层越界开采",
			"有冲击地压危险，未采取有效措施", "自然发火严重，未采取有效措施", "使用明令禁止使用或者淘汰的设备、工艺", "煤矿没有双回路供电系统",
			"新建煤矿边建设边生产", "整体承包生产经营后未重新取得或者变更安全生产许可证", "煤矿改制期间未明确安全生产责任人和安全管理机构",
			"其他重大事故隐患" };
	/** The number of situations in each category, so that codes run 1.1-1.6, 2.1-2.3, ... 15.1-15.10. */
	private static final int[] MAJOR_SITUATIONS = { 6, 3, 7, 2, 10, 9, 3, 5, 4, 6, 3, 4, 5, 3, 10 };
	private static final int MAJOR_SITUATION_TOTAL = 80;

	private Words() {
	}

	static String personName(SplittableRandom random) {
		String name = Keys.pick(random, SURNAMES) + Keys.pick(random, GIVEN);
		return random.nextBoolean() ? name + Keys.pick(random, GIVEN) : name;
	}

	static String companyName(SplittableRandom random) {
		return Keys.pick(random, TRADE_NAMES) + Keys.pick(random, COMPANY_SUFFIXES);
	}

	static String groupName(String provinceCode, SplittableRandom random) {
		return Regions.shortName(provinceCode) + Keys.pick(random, TRADE_NAMES) + Keys.pick(random, GROUP_SUFFIXES);
	}

	/** "恒泰第3号煤矿", "金鼎第2号铁矿", "宏达第1号尾矿库". */
	static String mineName(int kind, SplittableRandom random) {
		String name = Keys.pick(random, TRADE_NAMES) + "第" + (1 + random.nextInt(30)) + "号";
		return name + switch (kind) {
			case 0 -> "煤矿";
			case 1 -> "露天煤矿";
			case 2 -> Keys.pick(random, MINERALS) + "矿";
			default -> "尾矿库";
		};
	}

	/** "主斜井电缆吊挂不规范". */
	static String hazardDescription(int kind, SplittableRandom random) {
		return Keys.pick(random, PLACES[kind]) + Keys.pick(random, PROBLEMS);
	}

	/** A situation code of Order No. 4, "1.1" .. "15.10", uniform over the 80 situations. */
	static String majorSituation(SplittableRandom random) {
		int draw = random.nextInt(MAJOR_SITUATION_TOTAL);
		int category = 0;
		while (draw >= MAJOR_SITUATIONS[category]) {
			draw -= MAJOR_SITUATIONS[category++];
		}
		return (category + 1) + "." + (draw + 1);
	}

	static String majorCategory(String situation) {
		return MAJOR_CATEGORIES[Integer.parseInt(situation.substring(0, situation.indexOf('.'))) - 1];
	}
}
