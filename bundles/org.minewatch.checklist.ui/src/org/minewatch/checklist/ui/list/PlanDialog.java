package org.minewatch.checklist.ui.list;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.checklist.InspectionService;
import org.minewatch.checklist.InspectionService.Candidate;
import org.minewatch.checklist.InspectionService.Member;
import org.minewatch.checklist.TemplateLibrary;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.Actor;
import org.minewatch.core.IndexRow;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.model.registry.MineKind;
import org.minewatch.ui.Labels;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.FormDialog;
import org.minewatch.ui.editors.PickDialog;

/**
 * Plans an inspection: the mine (picked by name among those the acting person sees), the kind, a template edition
 * for the mine's kind (newest first) and the dates; the acting person leads the team, checking their own
 * speciality; marked an inspection before resumption (复工复产前检查), completed it is the check a stopped mine's
 * resumption asks for. Everything the store knows is read in the background; a refusal is shown here and the dialog stays open.
 */
final class PlanDialog extends FormDialog {

	private static final int CHOICES = 50;

	private final InspectionService inspections;
	private final TemplateLibrary templates;
	private final Actor actor;
	private final LocalDate today;
	private IndexRow mine;
	private List<ChecklistTemplate> offered = List.of();
	private Label mineLabel;
	private Combo kind;
	private Combo template;
	private Text start;
	private Text end;
	private Button beforeResumption;
	private org.eclipse.swt.widgets.List teamList;
	private final List<Member> team = new ArrayList<>();
	private final List<String> teamNames = new ArrayList<>();
	private Inspection planned;

	PlanDialog(Shell parent, InspectionService inspections, TemplateLibrary templates, Actor actor, LocalDate today) {
		super(parent, Labels.plain(Messages.list_plan), Messages.plan_ok);
		this.inspections = inspections;
		this.templates = templates;
		this.actor = actor;
		this.today = today;
	}

	@Override
	protected int columns() {
		return 3;
	}

	@Override
	protected void createForm(Composite area) {
		label(area, Messages.list_mine);
		mineLabel = new Label(area, SWT.NONE);
		mineLabel.setText(Messages.plan_noMine);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(mineLabel);
		Button pick = name(new Button(area, SWT.PUSH), ChecklistKeys.PLAN_MINE);
		pick.setText(Messages.plan_pickMine);
		pick.addListener(SWT.Selection, e -> pickMine());

		kind = combo(area, Messages.list_kind, ChecklistKeys.PLAN_KIND);
		InspectionKind.VALUES.forEach(k -> kind.add(ChecklistText.kind(k)));
		kind.select(InspectionKind.REGULATORY_INVESTIGATION.getValue());
		template = combo(area, Messages.plan_template, ChecklistKeys.PLAN_TEMPLATE);
		start = text(area, Messages.plan_start, ChecklistKeys.PLAN_START, SWT.BORDER);
		end = text(area, Messages.plan_end, ChecklistKeys.PLAN_END, SWT.BORDER);
		start.setText(today.toString());
		end.setText(today.plusDays(2).toString());
		new Label(area, SWT.NONE);
		beforeResumption = name(new Button(area, SWT.CHECK), ChecklistKeys.PLAN_BEFORE_RESUMPTION);
		beforeResumption.setText(ModelText.feature(InspectionPackage.Literals.INSPECTION__BEFORE_RESUMPTION));
		beforeResumption.setToolTipText(Messages.plan_beforeResumptionHint);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(beforeResumption);
		label(area, Messages.plan_team);
		teamList = name(new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL), ChecklistKeys.PLAN_TEAM);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, 70).applyTo(teamList);
		Composite teamButtons = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(teamButtons);
		Button addMember = name(new Button(teamButtons, SWT.PUSH), ChecklistKeys.PLAN_ADD_MEMBER);
		addMember.setText(Messages.plan_addMember);
		addMember.addListener(SWT.Selection, e -> pickMember());
		GridDataFactory.fillDefaults().applyTo(addMember);
		Button removeMember = new Button(teamButtons, SWT.PUSH);
		removeMember.setText(Messages.plan_removeMember);
		removeMember.addListener(SWT.Selection, e -> removeMember());
		GridDataFactory.fillDefaults().applyTo(removeMember);
		read(Labels.plain(Messages.list_plan), () -> inspections.candidate(actor, actor.personId()), this::join); // the acting person leads
	}

	private void pickMine() {
		PickDialog<IndexRow> picker = new PickDialog<>(getShell(), Labels.plain(Messages.plan_pickMine),
				filter -> inspections.plannableMines(actor, filter, CHOICES), row -> row.text("name")); //$NON-NLS-1$
		if (picker.open() == Window.OK && picker.picked() != null) {
			choose(picker.picked());
		}
	}

	/** Shows the mine and offers the template editions for its kind (read in the background). */
	void choose(IndexRow picked) {
		mine = picked;
		mineLabel.setText(picked.text("name")); //$NON-NLS-1$
		MineKind mineKind = MineKind.get(picked.text("kind")); //$NON-NLS-1$
		template.removeAll();
		offered = List.of();
		read(Labels.plain(Messages.list_plan), () -> templates.forKind(actor, mineKind), found -> {
			if (mine != picked) {
				return; // another mine was picked meanwhile
			}
			offered = found;
			found.forEach(t -> template.add(ChecklistText.template(t)));
			if (!found.isEmpty()) {
				template.select(0);
			}
			problem(found.isEmpty() ? NLS.bind(Messages.plan_noTemplate, ChecklistText.mineKind(mineKind)) : ""); //$NON-NLS-1$
		});
	}

	@Override
	protected void okPressed() {
		if (mine == null || template.getSelectionIndex() < 0) {
			problem(Messages.plan_incomplete);
			return;
		}
		LocalDate first;
		LocalDate last;
		try {
			first = ChecklistText.parseDate(start.getText());
			last = ChecklistText.parseDate(end.getText());
		} catch (DateTimeParseException e) {
			problem(NLS.bind(Messages.list_badDate, e.getParsedString()));
			return;
		}
		InspectionKind chosen = InspectionKind.VALUES.get(kind.getSelectionIndex());
		String mineId = mine.id();
		String templateId = offered.get(template.getSelectionIndex()).getId();
		List<Member> members = List.copyOf(team);
		boolean beforeStart = beforeResumption.getSelection();
		finish(Labels.plain(Messages.list_plan), () -> inspections.plan(actor, chosen, mineId, templateId, first, last, members, beforeStart),
				done -> planned = done);
	}

	/** Adds a person to the team, checking their first speciality; the first member leads. */
	private void join(Candidate candidate) {
		if (teamList.isDisposed() || team.stream().anyMatch(m -> m.personId().equals(candidate.personId()))) {
			return;
		}
		var specialities = candidate.specialities();
		String speciality = specialities.isEmpty() ? null : specialities.get(0).getCode();
		team.add(new Member(candidate.personId(), speciality, team.isEmpty()));
		String label = candidate.name() + (specialities.isEmpty() ? "" : " \u00b7 " + ModelText.term(specialities.get(0))) //$NON-NLS-1$ //$NON-NLS-2$
				+ (team.size() == 1 ? " " + Messages.plan_leader : ""); //$NON-NLS-1$ //$NON-NLS-2$
		teamNames.add(label);
		teamList.add(label);
	}

	private void removeMember() {
		int at = teamList.getSelectionIndex();
		if (at < 0) {
			return;
		}
		team.remove(at);
		teamNames.remove(at);
		if (at == 0 && !team.isEmpty()) { // the next one leads
			Member next = team.get(0);
			team.set(0, new Member(next.personId(), next.speciality(), true));
			teamNames.set(0, teamNames.get(0) + " " + Messages.plan_leader); //$NON-NLS-1$
		}
		teamList.setItems(teamNames.toArray(String[]::new));
	}

	/** A member from the mine's staff (a self-inspection) or from the acting person's agency (the others). */
	private void pickMember() {
		InspectionKind chosen = InspectionKind.VALUES.get(kind.getSelectionIndex());
		if (chosen == InspectionKind.SELF_INSPECTION && mine == null) {
			problem(Messages.plan_incomplete);
			return;
		}
		String mineId = mine == null ? null : mine.id();
		PickDialog<Candidate> picker = new PickDialog<>(getShell(), Labels.plain(Messages.plan_addMember),
				filter -> inspections.teamCandidates(actor, chosen, mineId, filter, CHOICES), Candidate::name);
		if (picker.open() == Window.OK && picker.picked() != null) {
			join(picker.picked());
		}
	}

	Inspection planned() {
		return planned;
	}

	String mineName() {
		return mine == null ? "" : mine.text("name"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
