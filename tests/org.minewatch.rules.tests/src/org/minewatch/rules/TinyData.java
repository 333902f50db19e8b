package org.minewatch.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionFactory;
import org.minewatch.model.registry.AreaKind;
import org.minewatch.model.registry.Classification;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineArea;
import org.minewatch.model.registry.MineKind;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.registry.StandardisationGrade;
import org.minewatch.model.registry.StatusChange;
import org.minewatch.model.registry.SupervisionClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The oracle tests' tiny data sets, built in memory, and the shipped rulebooks read from the installed plugins. */
final class TinyData {

	static final LocalDate TODAY = LocalDate.of(2021, 11, 29);
	static final Jurisdiction SHANXI = province("140000", "山西省"); //$NON-NLS-1$ //$NON-NLS-2$
	static final Jurisdiction HEILONGJIANG = province("230000", "黑龙江省"); //$NON-NLS-1$ //$NON-NLS-2$
	static final Jurisdiction INNER_MONGOLIA = province("150000", "内蒙古自治区"); //$NON-NLS-1$ //$NON-NLS-2$

	static Jurisdiction province(String code, String name) {
		Jurisdiction province = JurisdictionFactory.eINSTANCE.createJurisdiction();
		province.setCode(code);
		province.setName(name);
		return province;
	}

	/** An underground coal mine of {@code province}, {@code status} since 2015. */
	static Mine mine(String name, Jurisdiction province, ProductionStatus status) {
		Mine mine = RegistryFactory.eINSTANCE.createMine();
		mine.setId(name);
		mine.setName(name);
		mine.setKind(MineKind.UNDERGROUND_COAL);
		mine.setProvince(province);
		StatusChange change = RegistryFactory.eINSTANCE.createStatusChange();
		change.setSince(LocalDate.of(2015, 1, 1));
		change.setStatus(status);
		mine.getStatusHistory().add(change);
		return mine;
	}

	static MineArea area(Mine mine, String name, AreaKind kind, boolean active, Integer plannedYear) {
		MineArea area = RegistryFactory.eINSTANCE.createMineArea();
		area.setId(mine.getId() + "/" + name); //$NON-NLS-1$
		area.setName(name);
		area.setKind(kind);
		area.setActive(active);
		area.setPlannedYear(plannedYear);
		mine.getAreas().add(area);
		return area;
	}

	static void classify(Mine mine, LocalDate since, SupervisionClass supervision, StandardisationGrade grade) {
		Classification classification = RegistryFactory.eINSTANCE.createClassification();
		classification.setSince(since);
		classification.setSupervisionClass(supervision);
		classification.setStandardisationGrade(grade);
		mine.getClassHistory().add(classification);
	}

	static Inspection inspection(Mine mine, InspectionKind kind, LocalDate plannedStart) {
		Inspection inspection = InspectionFactory.eINSTANCE.createInspection();
		inspection.setId(mine.getId() + "/" + kind + "/" + plannedStart); //$NON-NLS-1$ //$NON-NLS-2$
		inspection.setKind(kind);
		inspection.setMine(mine);
		inspection.setPlannedStart(plannedStart);
		return inspection;
	}

	static MineFacts facts(Mine mine, List<Inspection> inspections) {
		return new MineFacts(mine, List.<Hazard>of(), inspections, TODAY);
	}

	static MineFacts facts(Mine mine) {
		return facts(mine, List.of());
	}

	/** The rulebook a provincial plugin installed in this runtime names in its manifest. */
	static Rulebook shipped(String plugin) {
		for (Bundle bundle : FrameworkUtil.getBundle(TinyData.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(plugin)) {
				String path = bundle.getHeaders("").get(Rulebook.HEADER); //$NON-NLS-1$
				try (InputStream in = bundle.getEntry(path).openStream()) {
					return RulebookReader.read(plugin, path, in);
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		throw new IllegalStateException(plugin + " is not installed"); //$NON-NLS-1$
	}

	/** A rulebook written in the test. */
	static Rulebook read(String plugin, String text) {
		return RulebookReader.read(plugin, "rules/test.rulebook", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
	}

	/** The findings' "rule id @ subject" for a compact comparison with the expected ones. */
	static List<String> summary(List<Finding> findings) {
		List<String> summary = new ArrayList<>();
		for (Finding finding : findings) {
			summary.add(finding.ruleId() + " @ " + finding.mineName() + (finding.subject().isEmpty() ? "" : " / " + finding.subject())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return summary;
	}

	private TinyData() {
	}
}
