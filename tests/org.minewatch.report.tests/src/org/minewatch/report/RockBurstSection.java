package org.minewatch.report;

import java.time.LocalDate;
import java.util.List;

import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.report.ReportKind;

/**
 * A test fixture written the way a province plugin writes its section (a {@link ReportSectionSource}): the count of the
 * province's mines, read in the report's unit of work, for the monthly progress report only.
 */
final class RockBurstSection implements ReportSectionSource {

	static final String ID = "test.mines"; //$NON-NLS-1$

	@Override
	public String id() {
		return ID;
	}

	@Override
	public boolean appliesTo(ReportKind kind, Jurisdiction area) {
		return kind == ReportKind.MONTHLY_PROGRESS;
	}

	@Override
	public List<Section> sections(Session session, ReportKind kind, Jurisdiction area, LocalDate from, LocalDate to) {
		long mines = session.countBy(Query.of(Mine.class).where("province", area), "kind").values().stream().mapToLong(Long::longValue).sum(); //$NON-NLS-1$ //$NON-NLS-2$
		return List.of(new Section("本省煤矿基本情况", area.getName() + "在册煤矿" + mines + "处。")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
