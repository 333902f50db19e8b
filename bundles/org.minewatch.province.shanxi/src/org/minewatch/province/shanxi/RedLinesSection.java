package org.minewatch.province.shanxi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.minewatch.core.LocalTexts;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.model.base.Record;
import org.minewatch.core.Session;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.report.ReportKind;
import org.minewatch.report.ReportSectionSource;
import org.minewatch.rules.Finding;
import org.minewatch.rules.MineFacts;
import org.minewatch.rules.RuleService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Shanxi's section of its monthly progress report: what the plugin's 双红线 rules find at the province's mines on the
 * month's last day (the technical red line is checked; the management red line's items wait for the province's text),
 * read by the rules service in the report's unit of work and frozen in the report with its figures. The wording is
 * the suite's (非官方).
 */
@Component(service = ReportSectionSource.class)
public final class RedLinesSection implements ReportSectionSource {

	/** The section's key in the report. */
	public static final String ID = "shanxi.redLines"; //$NON-NLS-1$
	private static final String PLUGIN = "org.minewatch.province.shanxi"; //$NON-NLS-1$
	private static final String GROUP = "双红线"; //$NON-NLS-1$
	/** How many mines the text names before it says "and n more". */
	private static final int NAMED = 10;
	private static final LocalTexts TEXTS = LocalTexts.of(RedLinesSection.class, "org.minewatch.province.shanxi.messages"); //$NON-NLS-1$

	private final RuleService rules;

	@Activate
	public RedLinesSection(@Reference RuleService rules) {
		this.rules = rules;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean appliesTo(ReportKind kind, Jurisdiction area) {
		return kind == ReportKind.MONTHLY_PROGRESS && area != null && TwoPerMine.SHANXI.equals(area.getCode());
	}

	@Override
	public List<Section> sections(Session session, ReportKind kind, Jurisdiction area, LocalDate from, LocalDate to) {
		List<Mine> mines = all(session, Query.of(Mine.class).where("province", area.getCode())).stream() //$NON-NLS-1$
				.filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL || m.getKind() == MineKind.OPEN_PIT_COAL).toList();
		int findings = 0;
		TreeMap<String, Integer> byMine = new TreeMap<>();
		for (Mine mine : mines) {
			List<Hazard> hazards = all(session, Query.of(Hazard.class).where("mine", mine.getId())); //$NON-NLS-1$
			List<Inspection> inspections = all(session, Query.of(Inspection.class).where("mine", mine.getId())); //$NON-NLS-1$
			for (Finding finding : rules.evaluate(new MineFacts(mine, hazards, inspections, to))) {
				if (PLUGIN.equals(finding.plugin()) && finding.group() != null && finding.group().startsWith(GROUP)) {
					findings++;
					byMine.merge(mine.getName(), 1, Integer::sum);
				}
			}
		}
		Locale zh = Locale.CHINA;
		String text;
		if (findings == 0) {
			text = TEXTS.format(zh, "redLines.none", to, String.valueOf(mines.size())); //$NON-NLS-1$
		} else {
			List<String> named = new ArrayList<>();
			byMine.entrySet().stream().limit(NAMED).forEach(e -> named.add(TEXTS.format(zh, "redLines.mine", e.getKey(), e.getValue()))); //$NON-NLS-1$
			String list = String.join("、", named) //$NON-NLS-1$
					+ (byMine.size() > NAMED ? TEXTS.format(zh, "redLines.more", byMine.size() - NAMED) : ""); //$NON-NLS-1$ //$NON-NLS-2$
			text = TEXTS.format(zh, "redLines.found", to, String.valueOf(mines.size()), String.valueOf(findings), String.valueOf(byMine.size()), list); //$NON-NLS-1$
		}
		text += TEXTS.format(zh, "redLines.pending"); //$NON-NLS-1$
		return List.of(new Section(TEXTS.format(zh, "redLines.title"), text)); //$NON-NLS-1$
	}

	private static <R extends Record> List<R> all(Session session, Query<R> query) {
		List<R> all = new ArrayList<>();
		Page<R> page = session.query(query, PageRequest.first(500));
		all.addAll(page.items());
		while (page.hasNext()) {
			page = session.query(query, page.next());
			all.addAll(page.items());
		}
		return all;
	}
}
