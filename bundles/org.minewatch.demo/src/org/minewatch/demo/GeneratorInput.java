package org.minewatch.demo;

import java.util.ArrayList;
import java.util.List;

import org.minewatch.demo.national.County;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.refdata.ReferenceData;

/**
 * What the national-scale generator takes from the reference data. The generator itself reads no model classes, so
 * that it runs on a bare class path (a child JVM in its heap test).
 */
public final class GeneratorInput {

	/** The county-level divisions (development zones too: mines lie in them), each with its province. */
	public static List<County> counties(ReferenceData reference) {
		List<County> counties = new ArrayList<>();
		for (var it = reference.divisions().getNation().eAllContents(); it.hasNext();) {
			if (it.next() instanceof Jurisdiction j && j.getLevel() == JurisdictionLevel.COUNTY) {
				counties.add(new County(j.getCode(), j.province().getCode()));
			}
		}
		return counties;
	}

	private GeneratorInput() {
	}
}
