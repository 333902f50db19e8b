package org.minewatch.demo.national;

import java.io.IOException;

/**
 * checklist_items.csv: the 221 items of one starter template, in twelve sections. Their ids depend on the seed
 * and the item number only, so item results can refer to them by number.
 */
final class ChecklistWriter {

	static final String FILE = "checklist_items.csv";

	private static final String[] SECTIONS = { "安全管理", "通风管理", "瓦斯防治", "防治水", "防灭火", "顶板管理", "机电管理",
			"运输提升", "爆破管理", "监测监控", "应急救援", "职业卫生" };
	/** Items per section; they add up to {@link Plan#CHECKLIST_ITEMS}. */
	private static final int[] SECTION_SIZES = { 25, 22, 20, 18, 15, 20, 22, 18, 12, 17, 16, 16 };
	private static final String[] ASPECTS = { "制度建立与执行情况", "设备设施完好情况", "人员培训与持证情况", "现场作业规范情况",
			"记录台账完整情况", "隐患排查治理情况", "应急预案与演练情况", "安全防护措施落实情况", "技术资料与图纸情况", "系统运行与维护情况",
			"检测检验情况", "岗位责任制落实情况" };

	private ChecklistWriter() {
	}

	static void write(Plan plan, Output output) throws IOException {
		try (CsvSink csv = output.open(FILE, "id", "section", "number", "subject")) {
			int item = 0;
			for (int s = 0; s < SECTIONS.length; s++) {
				for (int n = 1; n <= SECTION_SIZES[s]; n++) {
					csv.row(id(plan, item), SECTIONS[s], (s + 1) + "." + n, subject(s, n));
					item++;
				}
			}
			if (item != Plan.CHECKLIST_ITEMS) {
				throw new IllegalStateException("the template has " + item + " items");
			}
		}
	}

	/** "通风管理：设备设施完好情况", with "（二）" or "（三）" once a long section has used every aspect. */
	private static String subject(int section, int number) {
		String subject = SECTIONS[section] + "：" + ASPECTS[(number - 1 + section) % ASPECTS.length];
		int round = (number - 1) / ASPECTS.length;
		return round == 0 ? subject : subject + (round == 1 ? "（二）" : "（三）");
	}

	static String id(Plan plan, int item) {
		return plan.keys.uuid(RecordType.CHECKLIST_ITEM, item);
	}
}
