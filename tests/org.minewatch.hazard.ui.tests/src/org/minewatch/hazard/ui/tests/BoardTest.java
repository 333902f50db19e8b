package org.minewatch.hazard.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minewatch.hazard.Escalation;
import org.minewatch.hazard.BoardRow;
import org.minewatch.hazard.ui.board.HazardBoardPart;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.registry.Mine;
import org.minewatch.tests.parts.PartFixture;
import org.minewatch.tests.parts.PartTest;
import org.minewatch.ui.Editors;
import org.minewatch.ui.ModelText;

/** The hazard board on real widgets over the demo data: filters, the overdue view with escalation, sorting, and opening a hazard. */
class BoardTest extends PartTest {

	private final List<MPart> opened = new ArrayList<>();

	@BeforeEach
	void workbench() {
		context.set(EModelService.class, service(EModelService.class, (method, args) -> null));
		context.set(EPartService.class, service(EPartService.class, (method, args) -> switch (method) {
		case "getParts" -> List.of();
		case "createPart" -> {
			MPart part = org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory.INSTANCE.createPart();
			part.setElementId((String) args[0]);
			opened.add(part);
			yield part;
		}
		case "showPart" -> args[0];
		default -> null;
		}));
	}

	@Test
	void aProvincesOverdueMajorHazardsShowInDeadlineOrderWithTheirEscalationThenByMine() {
		LocalDate today = LocalDate.now(PartFixture.CLOCK);
		Hazard sample = fixture.data.hazards.stream().filter(h -> h.getGrade() == HazardGrade.MAJOR && Escalation.daysOverdue(h, today) > 0).findFirst()
				.orElseThrow(() -> new AssertionError("the demo data has an overdue major hazard"));
		String province = sample.getMine().getProvince().getCode();
		List<Hazard> expected = fixture.data.hazards.stream()
				.filter(h -> h.getVoidedAt() == null && h.getGrade() == HazardGrade.MAJOR && h.getMine().getProvince().getCode().equals(province)
						&& Escalation.daysOverdue(h, today) > 0)
				.sorted(Comparator.comparing((Hazard h) -> h.getRectification().getDeadline()).thenComparing(Hazard::getId)).toList();

		HazardBoardPart board = ContextInjectionFactory.make(HazardBoardPart.class, context);
		shell.open();
		ui.waitUntil(() -> !board.rows().isEmpty(), () -> "the first page");
		long notClosed = fixture.data.hazards.stream().filter(h -> h.getVoidedAt() == null && h.getState() != org.minewatch.model.hazard.HazardState.CLOSED).count();
		assertTrue(ui.byKey(shell, HazardKeys.BOARD_SUMMARY, Label.class).getText().contains(Long.toString(notClosed)), "the count of hazards not closed");

		choose(HazardKeys.BOARD_PROVINCE, ModelText.division(sample.getMine().getProvince()));
		choose(HazardKeys.BOARD_GRADE, HazardText.grade(HazardGrade.MAJOR));
		choose(HazardKeys.BOARD_DEADLINE, Messages.board_overdue);
		ui.waitUntil(() -> ids(board.rows()).equals(ids(expected)), () -> "the overdue majors of " + province + ": " + ids(expected) + ", shown " + ids(board.rows()));
		for (BoardRow row : board.rows()) {
			assertTrue(row.daysOverdue() > 0);
			assertFalse(row.escalatedTo().isBlank(), "an overdue major hazard names the regulators it reached");
		}
		Table table = ui.byKey(shell, HazardKeys.BOARD_TABLE, Table.class);
		assertEquals(expected.size(), table.getItemCount());

		TableColumn mineColumn = column(table, ModelText.feature(HazardPackage.Literals.HAZARD__MINE));
		mineColumn.notifyListeners(SWT.Selection, null);
		List<Hazard> byMine = expected.stream().sorted(Comparator.comparing((Hazard h) -> h.getMine().getName()).thenComparing(Hazard::getId)).toList();
		ui.waitUntil(() -> ids(board.rows()).equals(ids(byMine)), () -> "sorted by mine: " + ids(byMine) + ", shown " + ids(board.rows()));
		assertEquals(mineColumn, table.getSortColumn());

		table.setSelection(0);
		table.notifyListeners(SWT.DefaultSelection, null);
		ui.flush();
		assertEquals(1, opened.size());
		assertEquals(byMine.get(0).getId(), opened.get(0).getPersistedState().get(Editors.RECORD_ID));
	}

	@Test
	void partOfAMinesNameFiltersTheBoard() {
		Mine mine = fixture.data.hazards.get(5).getMine();
		String part = mine.getName().substring(mine.getName().length() - 4);
		List<Hazard> expected = fixture.data.hazards.stream()
				.filter(h -> h.getVoidedAt() == null && h.getState() != org.minewatch.model.hazard.HazardState.CLOSED && h.getMine().getName().contains(part))
				.toList();
		HazardBoardPart board = ContextInjectionFactory.make(HazardBoardPart.class, context);
		shell.open();
		ui.waitUntil(() -> !board.rows().isEmpty(), () -> "the first page");
		ui.byKey(shell, HazardKeys.BOARD_MINE, org.eclipse.swt.widgets.Text.class).setText(part);
		ui.waitUntil(() -> board.rows().size() == expected.size() && board.rows().stream().allMatch(r -> r.mineName().contains(part)),
				() -> expected.size() + " hazards of mines named *" + part + "*, shown " + board.rows().size());
	}

	private void choose(String key, String item) {
		Combo combo = ui.byKey(shell, key, Combo.class);
		combo.select(List.of(combo.getItems()).indexOf(item));
		assertTrue(combo.getSelectionIndex() >= 0, item + " is a choice");
		combo.notifyListeners(SWT.Selection, null);
		ui.flush();
	}

	private static TableColumn column(Table table, String title) {
		for (TableColumn column : table.getColumns()) {
			if (column.getText().equals(title)) {
				return column;
			}
		}
		throw new AssertionError("no column " + title);
	}

	private static List<String> ids(List<?> rows) {
		return rows.stream().map(r -> r instanceof BoardRow row ? row.id() : ((Hazard) r).getId()).toList();
	}
}
