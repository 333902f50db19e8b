package org.minewatch.registry.ui.editors;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Composite;
import org.minewatch.core.PageRequest;
import org.minewatch.model.base.BasePackage;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryPackage.Literals;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.RecordEditor;

/**
 * A mine: every field of the model; the enterprise picked from a searchable list, the province and
 * county from the divisions; the status and class histories added to, the licences and areas edited.
 */
public class MineEditor extends RecordEditor<Mine> {

	/** The part descriptor of the editor (one part per record). */
	public static final String ID = "org.minewatch.registry.ui.partdescriptor.mine"; //$NON-NLS-1$

	public MineEditor() {
		super(Mine.class, org.minewatch.model.registry.RegistryPackage.Literals.MINE);
	}

	@Override
	protected String title(Mine mine) {
		return mine.getName() == null || mine.getName().isBlank() ? ModelText.type(Literals.MINE) : mine.getName();
	}

	@Override
	protected void createForm(Composite form, Mine mine) {
		LocalDate today = today();
		ProductionStatus current = mine.statusOn(today);
		recordInfo(form);
		info(form, ModelText.feature(BasePackage.Literals.RECORD__OWNER), mine.getOwner() == null ? "" : mine.getOwner().nameOn(today)); //$NON-NLS-1$
		info(form, Messages.editor_statusToday, ModelText.literal(org.minewatch.model.registry.RegistryPackage.Literals.PRODUCTION_STATUS, current));
		text(form, mine, Literals.MINE__NAME);
		text(form, mine, Literals.MINE__CODE);
		choice(form, mine, Literals.MINE__KIND);
		pick(form, mine, Literals.MINE__ENTERPRISE, ModelText.feature(Literals.MINE__ENTERPRISE),
				filter -> registry().findEnterprises(actor(), filter, false, PageRequest.first(50)).items(), Enterprise::getName);
		choice(form, mine, Literals.MINE__PROVINCE, () -> registry().provinces(actor()), value -> ModelText.division((Jurisdiction) value));
		choice(form, mine, Literals.MINE__COUNTY, () -> counties(mine), value -> ModelText.division((Jurisdiction) value));
		text(form, mine, Literals.MINE__ADDRESS);
		text(form, mine, Literals.MINE__LATITUDE);
		text(form, mine, Literals.MINE__LONGITUDE);
		text(form, mine, Literals.MINE__APPROVED_CAPACITY);
		list(form, mine, Literals.MINE__STATUS_HISTORY, true, row -> since(row, today));
		list(form, mine, Literals.MINE__CLASS_HISTORY, true, row -> since(row, today));
		list(form, mine, Literals.MINE__LICENCES, false, row -> {
			// a licence's dates are typed from the paper
		});
		list(form, mine, Literals.MINE__AREAS, false, row -> row.eSet(Literals.MINE_AREA__ACTIVE, Boolean.TRUE));
	}

	private List<?> counties(Mine mine) {
		return mine.getProvince() == null ? List.of() : registry().counties(mine.getProvince());
	}

	private static void since(EObject row, LocalDate today) {
		row.eSet(row.eClass().getEStructuralFeature("since"), today); //$NON-NLS-1$
	}
}
