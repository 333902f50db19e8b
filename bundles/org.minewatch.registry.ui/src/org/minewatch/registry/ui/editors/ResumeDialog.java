package org.minewatch.registry.ui.editors;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.core.Actor;
import org.minewatch.hazard.HazardService;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryPackage;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.FormDialog;

/**
 * Resumes a stopped mine (复工复产): the status it resumes to and the reason, taken through
 * {@link HazardService#resume} in a background job. When the resumption rule says no (a major hazard still open, no
 * inspection before resumption completed since the stop) its words are shown here and the dialog stays open.
 */
final class ResumeDialog extends FormDialog {

	/** Widget keys, for tests. */
	static final String TO_KEY = "org.minewatch.registry.resume.to"; //$NON-NLS-1$
	static final String REASON_KEY = "org.minewatch.registry.resume.reason"; //$NON-NLS-1$

	private static final List<ProductionStatus> TO = List.of(ProductionStatus.PRODUCING, ProductionStatus.CONSTRUCTING);

	private final HazardService hazards;
	private final Actor actor;
	private final String mineId;
	private final String mineName;
	private Combo to;
	private Text reason;
	private Mine resumed;

	ResumeDialog(Shell parent, HazardService hazards, Actor actor, String mineId, String mineName) {
		super(parent, Messages.resume_title, Messages.resume_ok);
		this.hazards = hazards;
		this.actor = actor;
		this.mineId = mineId;
		this.mineName = mineName;
	}

	@Override
	protected int columns() {
		return 2;
	}

	@Override
	protected void createForm(Composite form) {
		to = combo(form, Messages.resume_to, TO_KEY);
		TO.forEach(status -> to.add(ModelText.literal(RegistryPackage.Literals.PRODUCTION_STATUS, status)));
		to.select(0);
		reason = text(form, Messages.resume_reason, REASON_KEY, SWT.BORDER);
	}

	@Override
	protected void okPressed() {
		ProductionStatus chosen = TO.get(to.getSelectionIndex());
		String why = reason.getText().isBlank() ? null : reason.getText().strip();
		java.util.Locale locale = ModelText.locale();
		finish(NLS.bind(Messages.resume_job, mineName), () -> hazards.resume(actor, locale, mineId, chosen, why), done -> resumed = done);
	}

	/** The mine as saved after the resumption, or null when none was taken. */
	Mine resumed() {
		return resumed;
	}
}
