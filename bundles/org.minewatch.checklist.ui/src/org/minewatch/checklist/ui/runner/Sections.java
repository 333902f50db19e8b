package org.minewatch.checklist.ui.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;

/** An inspection's results grouped by their template sections, in the template's order: the runner's tree. */
record Sections(List<Section> sections) {

	/** A section with its results. */
	record Section(String title, List<ItemResult> results) {

		long answered() {
			return results.stream().filter(r -> r.getOutcome() != ItemOutcome.UNANSWERED).count();
		}
	}

	static Sections of(Inspection inspection) {
		Map<ChecklistSection, List<ItemResult>> grouped = new LinkedHashMap<>();
		for (ItemResult result : inspection.getResults()) {
			grouped.computeIfAbsent((ChecklistSection) result.getItem().eContainer(), s -> new ArrayList<>()).add(result);
		}
		List<Section> sections = new ArrayList<>();
		grouped.forEach((section, results) -> sections.add(new Section(section.getNumber() + " " + section.getTitle(), results))); //$NON-NLS-1$
		return new Sections(sections);
	}

	/** The first unanswered result after {@code current} (wrapping around), or null when all are answered. */
	ItemResult nextUnanswered(ItemResult current) {
		List<ItemResult> all = sections.stream().flatMap(s -> s.results().stream()).toList();
		int start = current == null ? -1 : indexOf(all, current);
		for (int step = 1; step <= all.size(); step++) {
			ItemResult candidate = all.get((start + step + all.size()) % all.size());
			if (candidate.getOutcome() == ItemOutcome.UNANSWERED && !candidate.getId().equals(current == null ? null : current.getId())) {
				return candidate;
			}
		}
		return null;
	}

	ItemResult byId(String id) {
		return sections.stream().flatMap(s -> s.results().stream()).filter(r -> r.getId().equals(id)).findFirst().orElse(null);
	}

	Section sectionOf(ItemResult result) {
		return sections.stream().filter(s -> s.results().stream().anyMatch(r -> r.getId().equals(result.getId()))).findFirst().orElse(null);
	}

	private static int indexOf(List<ItemResult> all, ItemResult current) {
		for (int i = 0; i < all.size(); i++) {
			if (all.get(i).getId().equals(current.getId())) {
				return i;
			}
		}
		return -1;
	}
}
