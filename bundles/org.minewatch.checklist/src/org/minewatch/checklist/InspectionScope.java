package org.minewatch.checklist;

import java.util.ArrayList;
import java.util.List;

import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;

/**
 * Whose inspections a person sees in a database their organisation shares: a mine's staff their mine's; a
 * group company's staff the inspections of its own mines and of its member companies' mines; an agency's
 * people (the local regulator, the state enforcement agency for the area) those of the mines in the areas the
 * agency covers; the national bureau all. That is how a submitted self-inspection reaches all three of them.
 *
 * @param mineId only this mine's (a mine's staff), or null
 * @param enterpriseIds only the mines of these enterprises (a group company's staff), or empty
 * @param provinceCode only this province's, or null
 * @param countyCodes only these counties' (an agency covering a city or several counties), or empty
 */
public record InspectionScope(String mineId, List<String> enterpriseIds, String provinceCode, List<String> countyCodes) {

	public static final InspectionScope EVERYWHERE = new InspectionScope(null, List.of(), null, List.of());
	/** Nothing: no enterprise has this id. */
	public static final InspectionScope NOWHERE = new InspectionScope(null, List.of("-"), null, List.of()); //$NON-NLS-1$

	/** What a person sees; a person of no mine, enterprise or agency sees nothing. */
	public static InspectionScope of(Session session, Person person) {
		if (person.getMine() != null) {
			return new InspectionScope(person.getMine().getId(), List.of(), null, List.of());
		}
		if (person.getEnterprise() != null) {
			return new InspectionScope(null, companyAndMembers(session, person.getEnterprise()), null, List.of());
		}
		Agency agency = person.getAgency();
		if (agency == null || agency.getCovers().isEmpty()) {
			return NOWHERE;
		}
		if (agency.getCovers().stream().anyMatch(j -> j.getLevel() == JurisdictionLevel.NATION)) {
			return EVERYWHERE;
		}
		if (agency.getCovers().size() == 1 && agency.getCovers().get(0).getLevel() == JurisdictionLevel.PROVINCE) {
			return new InspectionScope(null, List.of(), agency.getCovers().get(0).getCode(), List.of());
		}
		List<String> counties = new ArrayList<>();
		for (Jurisdiction covered : agency.getCovers()) {
			counties(covered, counties);
		}
		return new InspectionScope(null, List.of(), null, counties);
	}

	/** The county codes under a division; a prefecture's own too, for a prefecture without counties keeps its mines under it. */
	private static void counties(Jurisdiction jurisdiction, List<String> codes) {
		if (jurisdiction.getLevel() == JurisdictionLevel.COUNTY || jurisdiction.getLevel() == JurisdictionLevel.PREFECTURE) {
			codes.add(jurisdiction.getCode());
		}
		jurisdiction.getChildren().forEach(child -> counties(child, codes));
	}

	private static List<String> companyAndMembers(Session session, Enterprise company) {
		List<String> ids = new ArrayList<>(List.of(company.getId()));
		for (int i = 0; i < ids.size(); i++) {
			for (PageRequest page = PageRequest.first(500); page != null;) {
				Page<org.minewatch.core.IndexRow> members = session.rows(Query.of(Enterprise.class).where("parent", ids.get(i)), page); //$NON-NLS-1$
				members.items().forEach(row -> ids.add(row.id()));
				page = members.next();
			}
		}
		return ids;
	}

	/** Narrows a query over mines to the mines of this scope (a mine's staff: see {@link #coversMine}). */
	public Query<Mine> narrowMines(Query<Mine> query) {
		return byPlace(query);
	}

	/** True when the mine is one this scope sees (by the other fields, {@link #narrowMines} has asked already). */
	public boolean coversMine(String id) {
		return mineId == null || mineId.equals(id);
	}

	/** Narrows a query over inspections to this scope. */
	public Query<Inspection> narrow(Query<Inspection> query) {
		if (mineId != null) {
			query.where("mine", mineId); //$NON-NLS-1$
		}
		return byPlace(query);
	}

	/** The enterprises, province or counties of the scope, on a type indexed by them (mines, inspections). */
	private <R extends org.minewatch.model.base.Record> Query<R> byPlace(Query<R> query) {
		if (!enterpriseIds.isEmpty()) {
			query.whereIn("enterprise", enterpriseIds); //$NON-NLS-1$
		}
		if (provinceCode != null) {
			query.where("province", provinceCode); //$NON-NLS-1$
		}
		if (!countyCodes.isEmpty()) {
			query.whereIn("county", countyCodes); //$NON-NLS-1$
		}
		return query;
	}
}
