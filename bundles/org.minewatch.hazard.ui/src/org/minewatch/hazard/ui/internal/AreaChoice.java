package org.minewatch.hazard.ui.internal;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.ui.ModelText;

/** A choice of the nation or one of its provinces (the board's and the dashboard's area). */
public final class AreaChoice {

	private final Combo combo;
	private List<Jurisdiction> provinces = List.of();

	public AreaChoice(Combo combo) {
		this.combo = combo;
	}

	/** Lists the nation and the provinces, the nation chosen. */
	public void fill(List<Jurisdiction> all) {
		provinces = List.copyOf(all);
		combo.removeAll();
		combo.add(Messages.board_nation);
		provinces.forEach(p -> combo.add(ModelText.division(p)));
		combo.select(0);
	}

	/** Chooses the province of {@code code}, or the nation for null or a code not listed. */
	public void select(String code) {
		int index = provinces.stream().map(Jurisdiction::getCode).toList().indexOf(code);
		combo.select(index + 1);
	}

	/** The province chosen, or null for the nation. */
	public Jurisdiction province() {
		int index = combo.getSelectionIndex();
		return index <= 0 ? null : provinces.get(index - 1);
	}
}
