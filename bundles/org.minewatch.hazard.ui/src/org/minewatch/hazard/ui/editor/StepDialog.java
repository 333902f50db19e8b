package org.minewatch.hazard.ui.editor;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.ui.Labels;
import org.minewatch.ui.editors.FormDialog;

/**
 * Asks for what one lifecycle step needs: always why; the supervising agency and the listing number for
 * listed supervision; the new deadline for an extension (approved by the person acting); the result, the
 * remarks and the photos before and after for an acceptance; the evidence for a fix on the spot. The rules
 * themselves are the lifecycle's: a step it refuses is refused with the rule's words.
 */
final class StepDialog extends FormDialog {

	private final String step;
	private final Hazard hazard;
	private final List<Agency> agencies;
	private final String actor;
	private final LocalDate today;
	private Text reason;
	private Combo agency;
	private Text number;
	private Text date;
	private Button passed;
	private Table first;
	private Table second;
	private StepInput input;

	StepDialog(Shell shell, String step, String title, Hazard hazard, List<Agency> agencies, String actor, LocalDate today) {
		super(shell, Labels.plain(title), Labels.plain(title));
		this.step = step;
		this.hazard = hazard;
		this.agencies = agencies;
		this.actor = actor;
		this.today = today;
	}

	@Override
	protected int columns() {
		return 2;
	}

	@Override
	protected void createForm(Composite area) {
		switch (step) {
		case "listForSupervision" -> { //$NON-NLS-1$
			agency = name(new Combo(labelled(area, Messages.dialog_agency), SWT.READ_ONLY), HazardKeys.STEP_AGENCY);
			agencies.forEach(a -> agency.add(HazardText.agency(a, today)));
			agency.select(0);
			grab(agency);
			number = name(new Text(labelled(area, Messages.dialog_number), SWT.BORDER), HazardKeys.STEP_NUMBER);
			grab(number);
		}
		case "extendDeadline" -> { //$NON-NLS-1$
			date = name(new Text(labelled(area, Messages.dialog_newDeadline), SWT.BORDER), HazardKeys.STEP_DATE);
			date.setMessage(Messages.dialog_dateHint);
			grab(date);
			new Label(labelled(area, Messages.dialog_approvedBy), SWT.NONE).setText(actor);
		}
		case "accept" -> { //$NON-NLS-1$
			new Label(labelled(area, Messages.dialog_checkedBy), SWT.NONE).setText(actor);
			passed = name(new Button(labelled(area, Messages.dialog_result), SWT.CHECK), HazardKeys.STEP_PASSED);
			passed.setText(Messages.dialog_passed);
			passed.setSelection(true);
			first = photos(area, Messages.dialog_photosBefore, HazardKeys.STEP_BEFORE);
			second = photos(area, Messages.dialog_photosAfter, HazardKeys.STEP_AFTER);
		}
		case "fixOnSpot" -> first = photos(area, Messages.dialog_evidence, HazardKeys.STEP_BEFORE); //$NON-NLS-1$
		default -> {
			// why is all the other steps need
		}
		}
		reason = name(new Text(labelled(area, "accept".equals(step) ? Messages.dialog_remarks : Messages.dialog_reason), SWT.BORDER | SWT.MULTI | SWT.WRAP), //$NON-NLS-1$
				HazardKeys.STEP_REASON);
		GridDataFactory.fillDefaults().grab(true, true).hint(360, reason.getLineHeight() * 3).applyTo(reason);
	}

	private static Composite labelled(Composite area, String text) {
		label(area, text);
		return area;
	}

	private static void grab(Control control) {
		GridDataFactory.fillDefaults().grab(true, false).applyTo(control);
	}

	/** The hazard's photos to tick. */
	private Table photos(Composite area, String label, String key) {
		Table table = name(new Table(labelled(area, label), SWT.BORDER | SWT.CHECK | SWT.V_SCROLL), key);
		for (Attachment attachment : hazard.getAttachments()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(attachment.getCaption() == null || attachment.getCaption().isBlank() ? attachment.getFileName()
					: attachment.getFileName() + " \u00b7 " + attachment.getCaption()); //$NON-NLS-1$
			item.setData(attachment.getId());
		}
		if (hazard.getAttachments().isEmpty()) {
			new TableItem(table, SWT.NONE).setText(Messages.dialog_noPhotos);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(360, 80).applyTo(table);
		return table;
	}

	private static List<String> ticked(Table table) {
		List<String> ids = new ArrayList<>();
		if (table != null) {
			for (TableItem item : table.getItems()) {
				if (item.getChecked() && item.getData() instanceof String id) {
					ids.add(id);
				}
			}
		}
		return ids;
	}

	@Override
	protected void okPressed() {
		LocalDate newDeadline = null;
		if (date != null) {
			try {
				newDeadline = LocalDate.parse(date.getText().strip());
			} catch (DateTimeParseException e) {
				problem(NLS.bind(Messages.dialog_badDate, date.getText()));
				return;
			}
		}
		String agencyId = agency == null || agency.getSelectionIndex() < 0 || agencies.isEmpty() ? null : agencies.get(agency.getSelectionIndex()).getId();
		input = new StepInput(reason.getText().strip(), agencyId, number == null ? null : number.getText().strip(), newDeadline,
				passed == null || passed.getSelection(), ticked(first), ticked(second));
		super.okPressed();
	}

	StepInput input() {
		return input;
	}
}
