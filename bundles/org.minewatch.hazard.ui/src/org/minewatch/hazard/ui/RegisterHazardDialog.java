package org.minewatch.hazard.ui;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.core.IndexRow;
import org.minewatch.core.PageRequest;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage.Literals;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.RegistryAccess;
import org.minewatch.ui.editors.PickDialog;

/** What a hazard entered by hand starts with: the mine (picked), its number, what and where, grade and source. */
final class RegisterHazardDialog extends Dialog {

	/** The sources of a hazard entered by hand: an inspection's hazards come from its checklist. */
	private static final List<HazardSource> SOURCES = List.of(HazardSource.PATROL, HazardSource.REPORT, HazardSource.MONITORING_ALARM, HazardSource.OTHER);

	private final RegistryAccess access;
	private IndexRow mine;
	private Label mineShown;
	private Text number;
	private Text description;
	private Text place;
	private Combo grade;
	private Combo source;
	private Label problem;
	private Hazard hazard;

	RegisterHazardDialog(Shell shell, RegistryAccess access) {
		super(shell);
		this.access = access;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.register_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		label(area, ModelText.feature(Literals.HAZARD__MINE) + " *"); //$NON-NLS-1$
		mineShown = name(new Label(area, SWT.NONE), "org.minewatch.hazard.register.mine"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(mineShown);
		Button pick = name(new Button(area, SWT.PUSH), "org.minewatch.hazard.register.pickMine"); //$NON-NLS-1$
		pick.setText(Messages.register_pickMine);
		pick.addListener(SWT.Selection, e -> pickMine());
		number = text(area, Literals.HAZARD__NUMBER, SWT.BORDER);
		description = text(area, Literals.HAZARD__DESCRIPTION, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(300, description.getLineHeight() * 3).applyTo(description);
		place = text(area, Literals.HAZARD__PLACE, SWT.BORDER);
		label(area, ModelText.feature(Literals.HAZARD__GRADE));
		grade = name(new Combo(area, SWT.READ_ONLY), "org.minewatch.hazard.register.grade"); //$NON-NLS-1$
		HazardGrade.VALUES.forEach(g -> grade.add(HazardText.grade(g)));
		grade.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(grade);
		label(area, ModelText.feature(Literals.HAZARD__SOURCE));
		source = name(new Combo(area, SWT.READ_ONLY), "org.minewatch.hazard.register.source"); //$NON-NLS-1$
		SOURCES.forEach(s -> source.add(ModelText.literal(org.minewatch.model.hazard.HazardPackage.Literals.HAZARD_SOURCE, s)));
		source.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(source);
		problem = new Label(area, SWT.WRAP);
		problem.setForeground(new Color(190, 0, 0));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(problem);
		return area;
	}

	private static void label(Composite area, String text) {
		Label label = new Label(area, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 4).applyTo(label);
	}

	private Text text(Composite area, org.eclipse.emf.ecore.EStructuralFeature feature, int style) {
		label(area, ModelText.feature(feature) + (feature.isRequired() ? " *" : "")); //$NON-NLS-1$ //$NON-NLS-2$
		Text text = name(new Text(area, style), org.minewatch.ui.WidgetKeys.field(feature));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(text);
		return text;
	}

	private void pickMine() {
		PickDialog<IndexRow> dialog = new PickDialog<>(getShell(), ModelText.feature(Literals.HAZARD__MINE),
				filter -> access.registry().findMines(access.actor(), filter, PageRequest.first(50)).items(), row -> row.text("name")); //$NON-NLS-1$
		if (dialog.open() == OK && dialog.picked() != null) {
			mine = dialog.picked();
			mineShown.setText(mine.text("name")); //$NON-NLS-1$
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.register_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.dialog_cancel, false);
	}

	@Override
	protected void okPressed() {
		if (mine == null || description.getText().isBlank()) {
			problem.setText(mine == null ? Messages.register_needMine : Messages.register_needDescription);
			problem.getParent().layout(true, true);
			return;
		}
		hazard = HazardFactory.eINSTANCE.createHazard();
		hazard.setNumber(number.getText().isBlank() ? null : number.getText().strip());
		hazard.setDescription(description.getText().strip());
		hazard.setPlace(place.getText().isBlank() ? null : place.getText().strip());
		hazard.setGrade(HazardGrade.VALUES.get(grade.getSelectionIndex()));
		hazard.setSource(SOURCES.get(source.getSelectionIndex()));
		super.okPressed();
	}

	Hazard hazard() {
		return hazard;
	}

	String mineId() {
		return mine.id();
	}
}
