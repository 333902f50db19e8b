package org.minewatch.hazard.ui;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.core.Actor;
import org.minewatch.core.IndexRow;
import org.minewatch.core.PageRequest;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.hazard.HazardPackage.Literals;
import org.minewatch.model.hazard.HazardSource;
import org.minewatch.registry.Registry;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.WidgetKeys;
import org.minewatch.ui.editors.FormDialog;
import org.minewatch.ui.editors.PickDialog;

/**
 * What a hazard entered by hand starts with: the mine (picked), its number, what and where, grade and source.
 * Register hands it to the hazard service in the background (one unit of work); a refusal is shown here.
 */
final class RegisterHazardDialog extends FormDialog {

	/** The sources of a hazard entered by hand: an inspection's hazards come from its checklist. */
	private static final List<HazardSource> SOURCES = List.of(HazardSource.PATROL, HazardSource.REPORT, HazardSource.MONITORING_ALARM, HazardSource.OTHER);

	private final Registry registry;
	private final HazardService hazards;
	private final Actor actor;
	private IndexRow mine;
	private Label mineShown;
	private Text number;
	private Text description;
	private Text place;
	private Combo grade;
	private Combo source;
	private Button onSpot;
	private Label evidenceShown;
	private final List<java.nio.file.Path> evidence = new java.util.ArrayList<>();
	private Text uncited;
	private Button stopped;
	private Button withdrawn;
	private Text reported;
	private Button orderToStop;
	private Text orderNumber;
	private Text orderContent;
	private Hazard registered;

	RegisterHazardDialog(Shell shell, Registry registry, HazardService hazards, Actor actor) {
		super(shell, Messages.register_title, Messages.register_ok);
		this.registry = registry;
		this.hazards = hazards;
		this.actor = actor;
	}

	@Override
	protected int columns() {
		return 3;
	}

	@Override
	protected void createForm(Composite area) {
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
		grade = combo(area, ModelText.feature(Literals.HAZARD__GRADE), "org.minewatch.hazard.register.grade"); //$NON-NLS-1$
		HazardGrade.VALUES.forEach(g -> grade.add(HazardText.grade(g)));
		grade.select(0);
		source = combo(area, ModelText.feature(Literals.HAZARD__SOURCE), "org.minewatch.hazard.register.source"); //$NON-NLS-1$
		SOURCES.forEach(s -> source.add(ModelText.literal(HazardPackage.Literals.HAZARD_SOURCE, s)));
		source.select(0);

		// a general hazard fixed at once, on a patrol or by the mine's own staff: 当场整改 with the evidence (issue 15)
		onSpot = check(area, Messages.register_fixedOnSpot, KEY + "fixedOnSpot"); //$NON-NLS-1$
		label(area, Messages.register_evidence);
		evidenceShown = name(new Label(area, SWT.WRAP), KEY + "evidence"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(evidenceShown);
		Button addEvidence = name(new Button(area, SWT.PUSH), KEY + "addEvidence"); //$NON-NLS-1$
		addEvidence.setText(Messages.register_addEvidence);
		addEvidence.addListener(SWT.Selection, e -> chooseEvidence());
		onSpot.addListener(SWT.Selection, e -> enableMajor());

		// a major hazard: the reason when it cites nothing, what was done at once, and an order to stop (issue 15)
		Label major = label(area, Messages.register_majorGroup);
		GridDataFactory.swtDefaults().span(3, 1).applyTo(major);
		major.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		uncited = text(area, Literals.HAZARD__UNCITED_REASON, SWT.BORDER);
		uncited.setMessage(Messages.register_uncitedHint);
		stopped = check(area, ModelText.feature(Literals.HAZARD__AREA_STOPPED), KEY + "areaStopped"); //$NON-NLS-1$
		withdrawn = check(area, ModelText.feature(Literals.HAZARD__PEOPLE_WITHDRAWN), KEY + "peopleWithdrawn"); //$NON-NLS-1$
		reported = text(area, Literals.HAZARD__REPORTED_AT, SWT.BORDER);
		reported.setMessage(Messages.register_reportedHint);
		orderToStop = check(area, Messages.register_orderToStop, KEY + "orderToStop"); //$NON-NLS-1$
		orderNumber = text(area, Messages.register_orderNumber, KEY + "orderNumber", SWT.BORDER); //$NON-NLS-1$
		orderContent = text(area, Messages.register_orderContent, KEY + "orderContent", SWT.BORDER); //$NON-NLS-1$
		grade.addListener(SWT.Selection, e -> enableMajor());
		orderToStop.addListener(SWT.Selection, e -> enableMajor());
		enableMajor();
	}

	private static final String KEY = "org.minewatch.hazard.register."; //$NON-NLS-1$

	private Button check(Composite area, String text, String key) {
		new Label(area, SWT.NONE);
		Button check = name(new Button(area, SWT.CHECK), key);
		check.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(check);
		return check;
	}

	private void chooseEvidence() {
		org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.gif;*.bmp", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() != null) {
			List<java.nio.file.Path> files = new java.util.ArrayList<>();
			for (String file : dialog.getFileNames()) {
				files.add(java.nio.file.Path.of(dialog.getFilterPath(), file));
			}
			addEvidence(files);
		}
	}

	/** Adds files as the evidence of a fix on the spot, as when chosen (their bytes are read and stored on Register). */
	void addEvidence(List<java.nio.file.Path> files) {
		evidence.addAll(files);
		evidenceShown.setText(evidence.stream().map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.joining(", "))); //$NON-NLS-1$
		getShell().layout(true, true);
	}

	/** The major hazard's fields are for a major hazard only; the order's for an order to stop. */
	private void enableMajor() {
		boolean isMajor = grade.getSelectionIndex() == HazardGrade.MAJOR_VALUE;
		onSpot.setEnabled(!isMajor);
		if (isMajor) {
			onSpot.setSelection(false); // only a general hazard is fixed on the spot
		}
		for (var control : new org.eclipse.swt.widgets.Control[] { uncited, stopped, withdrawn, reported, orderToStop }) {
			control.setEnabled(isMajor);
		}
		orderNumber.setEnabled(isMajor && orderToStop.getSelection());
		orderContent.setEnabled(isMajor && orderToStop.getSelection());
	}

	private Text text(Composite area, org.eclipse.emf.ecore.EStructuralFeature feature, int style) {
		return text(area, ModelText.feature(feature) + (feature.isRequired() ? " *" : ""), WidgetKeys.field(feature), style); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void pickMine() {
		PickDialog<IndexRow> dialog = new PickDialog<>(getShell(), ModelText.feature(Literals.HAZARD__MINE),
				filter -> registry.findMines(actor, filter, PageRequest.first(50)).items(), row -> row.text("name")); //$NON-NLS-1$
		if (dialog.open() == OK && dialog.picked() != null) {
			mine = dialog.picked();
			mineShown.setText(mine.text("name")); //$NON-NLS-1$
		}
	}

	@Override
	protected void okPressed() {
		if (mine == null || description.getText().isBlank()) {
			problem(mine == null ? Messages.register_needMine : Messages.register_needDescription);
			return;
		}
		Hazard draft = HazardFactory.eINSTANCE.createHazard();
		draft.setNumber(number.getText().isBlank() ? null : number.getText().strip());
		draft.setDescription(description.getText().strip());
		draft.setPlace(place.getText().isBlank() ? null : place.getText().strip());
		draft.setGrade(HazardGrade.VALUES.get(grade.getSelectionIndex()));
		draft.setSource(SOURCES.get(source.getSelectionIndex()));
		HazardService.StopOrder order = null;
		if (draft.getGrade() == HazardGrade.MAJOR) {
			draft.setUncitedReason(uncited.getText().isBlank() ? null : uncited.getText().strip());
			draft.setAreaStopped(stopped.getSelection());
			draft.setPeopleWithdrawn(withdrawn.getSelection());
			if (!reported.getText().isBlank()) {
				try {
					draft.setReportedAt(java.time.LocalDateTime.parse(reported.getText().strip().replace(' ', 'T')).atZone(org.minewatch.model.time.Zones.CHINA)
							.toInstant());
				} catch (java.time.format.DateTimeParseException e) {
					problem(org.eclipse.osgi.util.NLS.bind(Messages.register_badTime, reported.getText().strip()));
					return;
				}
			}
			if (orderToStop.getSelection()) {
				if (orderNumber.getText().isBlank()) {
					problem(Messages.register_orderNeedsNumber);
					return;
				}
				order = new HazardService.StopOrder(orderNumber.getText().strip(), orderContent.getText().strip(), null, Messages.register_orderReason);
			}
		}
		String mineId = mine.id();
		if (onSpot.getSelection() && draft.getGrade() == HazardGrade.GENERAL) {
			if (evidence.isEmpty()) {
				problem(Messages.register_needEvidence);
				return;
			}
			List<java.nio.file.Path> files = List.copyOf(evidence);
			finish(Messages.register_job, () -> hazards.fixedOnSpot(actor, ModelText.locale(), mineId, draft, read(files), Messages.register_fixedReason),
					done -> registered = done);
			return;
		}
		HazardService.StopOrder stop = order;
		finish(Messages.register_job, () -> hazards.register(actor, ModelText.locale(), mineId, draft, Messages.register_reason, stop), done -> registered = done);
	}

	/** The evidence's bytes, read in the background job; a file that cannot be read is named in the refusal. */
	private static List<HazardService.Evidence> read(List<java.nio.file.Path> files) {
		List<HazardService.Evidence> read = new java.util.ArrayList<>();
		for (java.nio.file.Path file : files) {
			try {
				read.add(new HazardService.Evidence(org.minewatch.ui.AttachedFiles.describe(file), java.nio.file.Files.readAllBytes(file)));
			} catch (java.io.IOException e) {
				throw new org.minewatch.core.MinewatchException("hazard.evidenceUnreadable", //$NON-NLS-1$
						org.eclipse.osgi.util.NLS.bind(Messages.register_evidenceUnreadable, file, e.getMessage()));
			}
		}
		return read;
	}

	/** The hazard as registered, once OK was pressed and the service took it. */
	Hazard registered() {
		return registered;
	}

	/** The mine's name as picked. */
	String mineName() {
		return mine == null ? null : mine.text("name"); //$NON-NLS-1$
	}
}
