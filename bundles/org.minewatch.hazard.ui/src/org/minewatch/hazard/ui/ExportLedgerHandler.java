package org.minewatch.hazard.ui;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.minewatch.hazard.ui.board.HazardBoardPart;

/** Hazards > Export Ledger: the ledger of what the board shows (the board's own button does the same). */
public class ExportLedgerHandler {

	@CanExecute
	public boolean canExecute(EPartService parts) {
		return board(parts) != null;
	}

	@Execute
	public void execute(EPartService parts) {
		HazardBoardPart board = board(parts);
		if (board != null) {
			board.exportLedger();
		}
	}

	private static HazardBoardPart board(EPartService parts) {
		MPart part = parts.findPart(HazardParts.BOARD);
		return part != null && part.getObject() instanceof HazardBoardPart board ? board : null;
	}
}
