package org.minewatch.checklist.ui.list;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.minewatch.checklist.InspectionException;
import org.minewatch.checklist.InspectionScope;
import org.minewatch.checklist.InspectionService.Member;
import org.minewatch.checklist.ui.Checklists;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.IndexRow;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.StoreException;
import org.minewatch.model.base.Term;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.ui.Labels;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.RegistryAccess;
import org.minewatch.ui.editors.PickDialog;

/**
 * Plans an inspection: the mine (picked by name), the kind, a template edition for the mine's kind (newest
 * first) and the dates; the acting person leads the team, checking their own speciality. A refusal is shown
 * here and the dialog stays open.
 */
final class PlanDialog extends Dialog {

	private final RegistryAccess access;
	private final Checklists checklists;
	private IndexRow mine;
	private List<ChecklistTemplate> templates = List.of();
	private Label mineLabel;
	private Combo kind;
	private Combo template;
	private Text start;
	private Text end;
	private Label problem;
	private org.eclipse.swt.widgets.List teamList;
	private final List<Member> team = new ArrayList<>();
	private final List<String> teamNames = new ArrayList<>();
	private Inspection planned;

	PlanDialog(Shell parent, RegistryAccess access, Checklists checklists) {
		super(parent);
		this.access = access;
		this.checklists = checklists;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Labels.plain(Messages.list_plan));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		new Label(area, SWT.NONE).setText(Messages.list_mine);
		mineLabel = new Label(area, SWT.NONE);
		mineLabel.setText(Messages.plan_noMine);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(mineLabel);
		Button pick = name(new Button(area, SWT.PUSH), ChecklistKeys.PLAN_MINE);
		pick.setText(Messages.plan_pickMine);
		pick.addListener(SWT.Selection, e -> pickMine());

		kind = name(combo(area, Messages.list_kind), ChecklistKeys.PLAN_KIND);
		InspectionKind.VALUES.forEach(k -> kind.add(ChecklistText.kind(k)));
		kind.select(InspectionKind.REGULATORY_INVESTIGATION.getValue());
		template = name(combo(area, Messages.plan_template), ChecklistKeys.PLAN_TEMPLATE);
		start = name(text(area, Messages.plan_start), ChecklistKeys.PLAN_START);
		end = name(text(area, Messages.plan_end), ChecklistKeys.PLAN_END);
		LocalDate today = LocalDate.now(access.registry().store().clock());
		start.setText(today.toString());
		end.setText(today.plusDays(2).toString());
		new Label(area, SWT.NONE).setText(Messages.plan_team);
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
		Person acting = access.registry().load(access.actor(), Person.class, access.actor().personId());
		join(acting.getId(), acting.getName(), acting.getSpecialities());

		problem = new Label(area, SWT.WRAP);
		problem.setForeground(new Color(190, 0, 0));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(problem);
		return area;
	}

	private Combo combo(Composite area, String label) {
		new Label(area, SWT.NONE).setText(label);
		Combo combo = new Combo(area, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(combo);
		return combo;
	}

	private Text text(Composite area, String label) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(text);
		return text;
	}

	private void pickMine() {
		PickDialog<IndexRow> picker = new PickDialog<>(getShell(), Labels.plain(Messages.plan_pickMine), this::minesInScope, row -> row.text("name")); //$NON-NLS-1$
		if (picker.open() == Window.OK && picker.picked() != null) {
			choose(picker.picked());
		}
	}

	/** The mines the acting person sees (their agency's area, their group's, their own), by name. */
	private List<IndexRow> minesInScope(String filter) {
		return access.registry().store().read(access.actor(), s -> {
			InspectionScope scope = s.find(Person.class, access.actor().personId()).map(p -> InspectionScope.of(s, p)).orElse(InspectionScope.NOWHERE);
			if (scope.mineId() != null) { // a mine's staff: their mine
				return s.find(Mine.class, scope.mineId()).map(m -> List.of(new IndexRow(m.getId(), java.util.Map.of("name", m.getName(), "kind", m.getKind().getName())))) //$NON-NLS-1$ //$NON-NLS-2$
						.orElse(List.of());
			}
			Query<Mine> query = scope.narrowMines(Query.of(Mine.class).orderBy("name")); //$NON-NLS-1$
			if (filter != null && !filter.isBlank()) {
				query.where("name", Query.Op.CONTAINS, filter.strip()); //$NON-NLS-1$
			}
			return s.rows(query, PageRequest.first(50)).items().stream().filter(row -> scope.coversMine(row.id())).toList();
		});
	}

	/** Shows the mine and offers the template editions for its kind. */
	void choose(IndexRow picked) {
		mine = picked;
		mineLabel.setText(picked.text("name")); //$NON-NLS-1$
		templates = checklists.templates().forKind(access.actor(), MineKind.get(picked.text("kind"))); //$NON-NLS-1$
		template.removeAll();
		templates.forEach(t -> template.add(ChecklistText.template(t)));
		if (!templates.isEmpty()) {
			template.select(0);
		}
		problem.setText(templates.isEmpty() ? NLS.bind(Messages.plan_noTemplate, ChecklistText.mineKind(MineKind.get(picked.text("kind")))) : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.plan_ok, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.button_cancel, false);
	}

	@Override
	protected void okPressed() {
		if (mine == null || template.getSelectionIndex() < 0) {
			problem.setText(Messages.plan_incomplete);
			return;
		}
		try {
			LocalDate first = ChecklistText.parseDate(start.getText());
			LocalDate last = ChecklistText.parseDate(end.getText());
			planned = checklists.inspections().plan(access.actor(), InspectionKind.VALUES.get(kind.getSelectionIndex()), mine.id(),
					templates.get(template.getSelectionIndex()).getId(), first, last, team);
			super.okPressed();
		} catch (DateTimeParseException e) {
			problem.setText(NLS.bind(Messages.list_badDate, e.getParsedString()));
		} catch (InspectionException | StoreException e) {
			problem.setText(e.getMessage());
		}
	}

	/** Adds a person to the team, checking their first speciality; the first member leads. */
	private void join(String personId, String name, List<Term> specialities) {
		if (team.stream().anyMatch(m -> m.personId().equals(personId))) {
			return;
		}
		String speciality = specialities.isEmpty() ? null : specialities.get(0).getCode();
		team.add(new Member(personId, speciality, team.isEmpty()));
		String label = name + (specialities.isEmpty() ? "" : " \u00b7 " + ModelText.term(specialities.get(0))) //$NON-NLS-1$ //$NON-NLS-2$
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
		boolean self = InspectionKind.VALUES.get(kind.getSelectionIndex()) == InspectionKind.SELF_INSPECTION;
		if (self && mine == null) {
			problem.setText(Messages.plan_incomplete);
			return;
		}
		PickDialog<Person> picker = new PickDialog<>(getShell(), Labels.plain(Messages.plan_addMember), filter -> access.registry().store().read(access.actor(), s -> {
			Query<Person> query = Query.of(Person.class).orderBy("name"); //$NON-NLS-1$
			query = self ? query.where("mine", mine.id()) : query.where("agency", access.actor().agencyId()); //$NON-NLS-1$ //$NON-NLS-2$
			if (filter != null && !filter.isBlank()) {
				query.where("name", Query.Op.CONTAINS, filter.strip()); //$NON-NLS-1$
			}
			List<Person> found = s.query(query, PageRequest.first(50)).items();
			found.forEach(p -> p.getSpecialities().forEach(Term::getCode)); // the terms, read while the unit of work is open
			return found;
		}), Person::getName);
		if (picker.open() == Window.OK && picker.picked() != null) {
			Person picked = picker.picked();
			join(picked.getId(), picked.getName(), picked.getSpecialities());
		}
	}

	Inspection planned() {
		return planned;
	}
}
