package org.minewatch.hazard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.junit.jupiter.api.Test;
import org.minewatch.hazard.HazardFigures;
import org.minewatch.hazard.HazardFigures.Area;
import org.minewatch.hazard.ui.dashboard.DashboardPart;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.tests.parts.PartFixture;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.ui.ModelText;

/** The dashboard opens on the acting person's area and shows the database's figures for the nation and a province, in its charts. */
class DashboardTest extends PartTest {

	@Test
	void theActingPersonsAreaTheNationsThenAProvincesFiguresAreCharted() {
		LocalDate today = LocalDate.now(PartFixture.CLOCK);
		DashboardPart dashboard = ContextInjectionFactory.make(DashboardPart.class, context);
		shell.open();
		Area home = fixture.hazards.homeArea(fixture.actor);
		assertTrue(home.code() != null, "the fixture's official works for a province's agency");
		HazardFigures own = fixture.store.read(fixture.actor, s -> HazardFigures.count(s, home, today));
		ui.waitUntil(() -> own.equals(dashboard.figures()), () -> "the acting person's area " + own + ", shown " + dashboard.figures());
		Combo area = ui.byKey(shell, HazardKeys.DASHBOARD_AREA, Combo.class);
		assertEquals(ModelText.division(fixture.registry.division(fixture.actor, home.code())), area.getText(), "the area chosen");

		HazardFigures nation = fixture.store.read(fixture.actor, s -> HazardFigures.count(s, Area.NATION, today));
		area.select(0);
		area.notifyListeners(SWT.Selection, null);
		ui.waitUntil(() -> nation.equals(dashboard.figures()), () -> "the nation's figures " + nation + ", shown " + dashboard.figures());
		assertTrue(ui.byKey(shell, HazardKeys.DASHBOARD_FIGURES, Label.class).getText().contains(Long.toString(nation.total())));
		Chart states = ui.byKey(shell, HazardKeys.DASHBOARD_STATES, Chart.class);
		assertEquals(2, states.getSeriesSet().getSeries().length, "general and major");
		double[] general = states.getSeriesSet().getSeries()[0].getYSeries();
		assertEquals(HazardState.VALUES.size(), general.length);
		assertEquals(nation.general().get(HazardState.RECTIFYING).doubleValue(), general[HazardState.RECTIFYING.getValue()]);
		// the states' names never run together: level where each fits under its bar, slanted where they would not
		shell.setSize(500, 700);
		ui.waitUntil(() -> states.getAxisSet().getXAxis(0).getTick().getTickLabelAngle() > 0, () -> "slanted labels in a narrow window");
		shell.setSize(2400, 700);
		ui.waitUntil(() -> states.getAxisSet().getXAxis(0).getTick().getTickLabelAngle() == 0, () -> "level labels in a wide window");

		Jurisdiction province = fixture.data.hazards.get(0).getMine().getProvince();
		HazardFigures expected = fixture.store.read(fixture.actor, s -> HazardFigures.count(s, Area.province(province.getCode()), today));
		area.select(List.of(area.getItems()).indexOf(ModelText.division(province)));
		area.notifyListeners(SWT.Selection, null);
		ui.waitUntil(() -> expected.equals(dashboard.figures()), () -> "the province's figures " + expected + ", shown " + dashboard.figures());
		assertTrue(expected.total() < nation.total());
	}

	@Test
	void theProvincialRulesFindingsAreCounted() {
		DashboardPart dashboard = ContextInjectionFactory.make(DashboardPart.class, context);
		shell.open();
		java.util.Map<org.minewatch.rules.Severity, Long> counts = fixture.rules.counts(fixture.actor);
		assertTrue(counts.get(org.minewatch.rules.Severity.STOP_AND_RECTIFY) > 0, "Shanxi's technical red line finds faces on the demo data: " + counts);
		String expected = org.eclipse.osgi.util.NLS.bind(org.minewatch.hazard.ui.internal.Messages.dashboard_rules,
				new Object[] { counts.get(org.minewatch.rules.Severity.STOP_AND_RECTIFY), counts.get(org.minewatch.rules.Severity.BREACH),
						counts.get(org.minewatch.rules.Severity.WARNING), counts.get(org.minewatch.rules.Severity.NOTICE), 0 });
		Label line = ui.byKey(shell, HazardKeys.DASHBOARD_RULES, Label.class);
		ui.waitUntil(() -> dashboard.figures() != null, () -> "the acting person's area shown first");
		Combo area = ui.byKey(shell, HazardKeys.DASHBOARD_AREA, Combo.class);
		area.select(0); // the nation: the Shanxi faces count there
		area.notifyListeners(SWT.Selection, null);
		ui.waitUntil(() -> expected.equals(line.getText()), () -> "the rules' counts " + expected + ", shown " + line.getText());
		assertTrue(dashboard.figures() == null || dashboard.figures().total() > 0);
	}
}
