package org.minewatch.registry.ui.editors;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.PageRequest;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.Resumption;
import org.minewatch.model.base.BasePackage;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.RegistryPackage.Literals;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.rules.Finding;
import org.minewatch.rules.Problem;
import org.minewatch.rules.RuleService;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.RecordEditor;

/**
 * A mine: every field of the model; the enterprise picked from a searchable list, the province and
 * county from the divisions; the status and class histories added to, the licences and areas edited; below them
 * what the installed provincial plugins' rules find at the mine (read in a job from {@link RuleService}), and any
 * plugin the rules service disabled. A stopped mine offers Resume work (复工复产), taken through
 * {@link HazardService#resume} in a job: refused with the resumption rule's words while a major hazard is open or no
 * inspection before resumption was completed since the stop.
 */
public class MineEditor extends RecordEditor<Mine> {

	/** The part descriptor of the editor (one part per record). */
	public static final String ID = "org.minewatch.registry.ui.partdescriptor.mine"; //$NON-NLS-1$

	/** The key of the findings' text, for tests. */
	public static final String FINDINGS_KEY = "org.minewatch.registry.editor.findings"; //$NON-NLS-1$

	/** The key of the Resume work button, for tests. */
	public static final String RESUME_KEY = "org.minewatch.registry.editor.resume"; //$NON-NLS-1$

	@Inject
	@Optional
	private RuleService rules;

	private HazardService hazards;
	private Button resume;

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
		new Label(form, SWT.NONE);
		resume = org.minewatch.ui.WidgetKeys.name(new Button(form, SWT.PUSH), RESUME_KEY);
		resume.setText(Messages.editor_resume);
		resume.addListener(SWT.Selection, e -> resume(mine));
		GridDataFactory.swtDefaults().applyTo(resume);
		refreshResume(mine);
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
		heading(form, Messages.editor_findings);
		Label findings = new Label(form, SWT.WRAP);
		findings.setData(org.minewatch.ui.WidgetKeys.KEY, FINDINGS_KEY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(findings);
		findings(findings, mine.getId());
	}

	/** The hazard service (resumption) arrives from the desktop's context once the store is open. */
	@Inject
	@Optional
	void hazardsReady(HazardService ready) {
		this.hazards = ready;
		if (resume != null && !resume.isDisposed() && record() != null) {
			refreshResume(record());
		}
	}

	@Override
	protected void afterChange(Mine shown) {
		refreshResume(shown);
	}

	/** Resume work is offered on a stopped mine, as stored (no unsaved changes), to a person who may write. */
	private void refreshResume(Mine mine) {
		if (resume == null || resume.isDisposed()) {
			return;
		}
		boolean stopped = Resumption.STOPPED.contains(Resumption.latest(mine));
		boolean dirty = isDirty();
		resume.setEnabled(hazards != null && canWrite() && stopped && !dirty);
		resume.setToolTipText(stopped && dirty ? Messages.editor_resumeSaveFirst : Messages.editor_resumeHint);
	}

	private void resume(Mine mine) {
		if (hazards == null || isDirty()) {
			return;
		}
		ResumeDialog dialog = new ResumeDialog(resume.getShell(), hazards, actor(), mine.getId(), title(mine));
		if (dialog.open() == Window.OK && dialog.resumed() != null) {
			Mine resumed = dialog.resumed();
			status(NLS.bind(Messages.editor_resumeDone, title(mine),
					ModelText.literal(org.minewatch.model.registry.RegistryPackage.Literals.PRODUCTION_STATUS, Resumption.latest(resumed))));
			reload();
		}
	}

	/** What the provincial rules find at the mine as stored, read in a job and shown one finding a line. */
	private void findings(Label shown, String mineId) {
		RuleService service = rules;
		if (service == null) {
			shown.setText(Messages.editor_findingsUnavailable);
			return;
		}
		shown.setText(Messages.editor_findingsLoading);
		org.minewatch.core.Actor actor = actor();
		Job.create(Messages.editor_findingsJob, monitor -> {
			String text;
			try {
				text = describe(service.findings(actor, mineId), service.problems());
			} catch (MinewatchException e) {
				text = NLS.bind(Messages.editor_findingsFailed, e.getMessage());
			}
			String result = text;
			shown.getDisplay().asyncExec(() -> {
				if (!shown.isDisposed()) {
					shown.setText(result);
					shown.getParent().layout(true, true);
					shown.getShell().layout(true, true);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private static String describe(List<Finding> found, List<Problem> problems) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : found) {
			text.append(NLS.bind(Messages.editor_finding, new Object[] { finding.severity().label(), finding.group(), finding.message(), finding.basis() }))
					.append('\n');
		}
		if (found.isEmpty()) {
			text.append(Messages.editor_noFindings).append('\n');
		}
		for (Problem problem : problems) {
			text.append(NLS.bind(Messages.editor_pluginDisabled, problem.describe())).append('\n');
		}
		return text.toString().strip();
	}

	private List<?> counties(Mine mine) {
		return mine.getProvince() == null ? List.of() : registry().counties(mine.getProvince());
	}

	private static void since(EObject row, LocalDate today) {
		row.eSet(row.eClass().getEStructuralFeature("since"), today); //$NON-NLS-1$
	}
}
