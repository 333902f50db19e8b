package org.minewatch.checklist.ui.runner;

import static org.minewatch.ui.WidgetKeys.name;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.core.runtime.ILog;
import org.minewatch.checklist.Answer;
import org.minewatch.checklist.InspectionPackages;
import org.minewatch.checklist.InspectionService;
import org.minewatch.checklist.ui.ChecklistParts;
import org.minewatch.checklist.ui.internal.ChecklistKeys;
import org.minewatch.checklist.ui.internal.ChecklistText;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.checklist.ui.list.PackageTransfer;
import org.minewatch.checklist.ui.runner.ReviewBar.Step;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.Acting;
import org.minewatch.desk.ShellContract;
import org.minewatch.hazard.Citations;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.ui.AttachedFiles;
import org.minewatch.ui.Editors;
import org.minewatch.ui.Labels;
import org.minewatch.ui.Layouts;
import org.minewatch.registry.Registry;

/**
 * Runs an inspection item by item, keyboard first: the checklist's sections with how far each is answered, and
 * the items with their marks (○ unanswered, √ conforming, × hazard, — not applicable); the arrows move, C, H or N
 * marks an item and moves to the state as found (写实), Ctrl+Enter records it (one unit of work: a hazard enters
 * the register then) and goes to the next unanswered item. Below, the inspection's steps: complete, and for a
 * self-inspection submit, accept, reject with reasons, redo.
 */
public class RunnerPart {

	@Inject
	private MPart part;
	@Inject
	private IEventBroker events;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;

	private Registry registry;
	private InspectionService inspections;
	private InspectionPackages packages;
	private Acting acting;
	private java.time.Clock clock;
	private Composite parent;
	private Label heading;
	private Label progress;
	/** What the provincial rules say about the inspection: the province's workflow steps and the findings at the mine. */
	private Label rulesLine;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private org.minewatch.rules.RuleService rules;
	private TreeViewer tree;
	private ItemPanel panel;
	private ReviewBar review;
	private Inspection inspection;
	private Sections sections;
	private boolean recording;
	/** The part's display, taken on the UI thread: jobs hand their results back through it. */
	private org.eclipse.swt.widgets.Display display;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		this.display = parent.getDisplay();
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		heading = name(new Label(parent, SWT.WRAP), ChecklistKeys.RUNNER_HEADING);
		heading.setText(Messages.runner_loading);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		progress = name(new Label(parent, SWT.NONE), ChecklistKeys.RUNNER_PROGRESS);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
		rulesLine = name(new Label(parent, SWT.WRAP), ChecklistKeys.RUNNER_RULES);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(rulesLine);

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		name(tree.getTree(), ChecklistKeys.RUNNER_ITEMS);
		tree.setContentProvider(new Content());
		tree.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return label(element);
			}
		});
		tree.addSelectionChangedListener(e -> showSelected());
		tree.getTree().addListener(SWT.KeyDown, e -> {
			ItemOutcome outcome = switch (Character.toLowerCase(e.character)) {
			case 'c' -> ItemOutcome.CONFORMING;
			case 'h' -> ItemOutcome.HAZARD;
			case 'n' -> ItemOutcome.NOT_APPLICABLE;
			default -> null;
			};
			if (outcome != null) {
				e.doit = false;
				panel.mark(outcome);
			}
		});
		ScrolledComposite scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		// the reference data was read when the store opened: the citations are searched in memory
		panel = new ItemPanel(scroller, this::record, filter -> inspection == null || registry == null ? List.of()
				: Citations.forMine(registry.reference(acting.actor()), inspection.getMine().getKind(), java.time.LocalDate.now(clock), filter),
				this::chooseFiles);
		scroller.setContent(panel.control());
		scroller.setMinSize(panel.control().computeSize(SWT.DEFAULT, SWT.DEFAULT));
		sash.setWeights(45, 55);
		review = new ReviewBar(parent, this::take);
		load(null);
	}

	/** The services and the acting person arrive once the store is open. */
	@Inject
	void servicesReady(@Optional Registry registryService, @Optional InspectionService inspectionService, @Optional InspectionPackages packageService,
			@Optional Acting person, @Optional java.time.Clock time) {
		this.registry = registryService;
		this.inspections = inspectionService;
		this.packages = packageService;
		this.acting = person;
		this.clock = time;
		load(null);
	}

	/** An imported package changed the inspection shown: read it again, keeping the item shown. */
	@Inject
	@Optional
	void imported(@org.eclipse.e4.ui.di.UIEventTopic(PackageTransfer.IMPORTED_TOPIC) String inspectionId) {
		if (inspection != null && inspection.getId().equals(inspectionId) && !recording) {
			load(panel.shown() == null ? null : panel.shown().getId());
		}
	}

	/** Reads the inspection (with its template's items) in the background; then shows {@code select}, or the first unanswered item. */
	private void load(String select) {
		if (parent == null || parent.isDisposed() || registry == null || inspections == null || packages == null || acting == null || clock == null) {
			return;
		}
		Registry records = registry;
		Actor actor = acting.actor();
		String id = part.getPersistedState().get(Editors.RECORD_ID);
		Job job = Job.create(Messages.runner_loadingJob, monitor -> {
			try {
				Inspection loaded = records.load(actor, Inspection.class, id);
				onUi(() -> show(loaded, select));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				onUi(() -> heading.setText(NLS.bind(Messages.runner_failed, e.getMessage())));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private void show(Inspection loaded, String select) {
		if (parent.isDisposed()) {
			return;
		}
		boolean first = inspection == null;
		inspection = loaded;
		sections = Sections.of(loaded);
		part.setLabel(loaded.getMine().getName());
		heading.setText(NLS.bind(Messages.runner_heading, new Object[] { loaded.getMine().getName(), ChecklistText.kind(loaded.getKind()),
				ChecklistText.status(loaded.getStatus()), loaded.getRound(), ChecklistText.template(loaded.getTemplate()),
				ChecklistText.date(loaded.getPlannedStart()) + " \u2013 " + ChecklistText.date(loaded.getPlannedEnd()) }) //$NON-NLS-1$
				+ (loaded.getRejectionReason() == null ? "" : "\n" + NLS.bind(Messages.runner_rejected, loaded.getRejectionReason()))); //$NON-NLS-1$ //$NON-NLS-2$
		long answered = loaded.getResults().stream().filter(r -> r.getOutcome() != ItemOutcome.UNANSWERED).count();
		progress.setText(NLS.bind(Messages.runner_progress, answered, loaded.getResults().size()));
		tree.setInput(sections);
		tree.expandAll();
		ItemResult shown = select == null ? null : sections.byId(select);
		if (shown == null) {
			shown = sections.nextUnanswered(null);
		}
		if (shown == null && !loaded.getResults().isEmpty()) {
			shown = loaded.getResults().get(0);
		}
		if (shown != null) {
			tree.setSelection(new StructuredSelection(shown), true);
		}
		showSelected();
		review.update(loaded, acting.canWrite());
		if (first) {
			loadRules(loaded);
		}
		parent.layout(true, true);
		if (first) {
			Layouts.settle(parent, tree.getControl());
		}
	}

	/** The province's workflow steps for this kind of inspection and the rules' findings at the mine, read in a job. */
	private void loadRules(Inspection loaded) {
		org.minewatch.rules.RuleService service = rules;
		if (service == null) {
			return;
		}
		org.minewatch.core.Actor actor = acting.actor();
		org.minewatch.model.registry.Mine mine = loaded.getMine();
		String kind = loaded.getKind().getName();
		Job.create(Messages.runner_rulesJob, monitor -> {
			String text;
			try {
				String province = mine.getProvince() == null ? null : mine.getProvince().getCode();
				boolean chinese = "zh".equals(java.util.Locale.getDefault().getLanguage()); //$NON-NLS-1$
				StringBuilder shown = new StringBuilder();
				java.util.List<org.minewatch.rules.Step> steps = province == null ? java.util.List.of() : service.workflow(province, kind);
				if (!steps.isEmpty()) {
					shown.append(NLS.bind(Messages.runner_workflow, steps.get(0).workflow(),
							String.join(" \u2192 ", steps.stream().map(step -> chinese ? step.nameZh() : step.nameEn()).toList()))); //$NON-NLS-1$
				}
				for (org.minewatch.rules.Finding finding : service.findings(actor, mine.getId())) {
					shown.append('\n').append(NLS.bind(Messages.runner_finding, new Object[] { finding.severity().label(), finding.group(), finding.message() }));
				}
				text = shown.toString().strip();
			} catch (MinewatchException e) {
				text = NLS.bind(Messages.runner_rulesFailed, e.getMessage());
			}
			String result = text;
			display.asyncExec(() -> {
				if (!rulesLine.isDisposed()) {
					rulesLine.setText(result);
					parent.layout(true, true);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private boolean editable() {
		return acting.canWrite() && inspection != null && (inspection.getStatus() == org.minewatch.model.inspection.InspectionStatus.PLANNED
				|| inspection.getStatus() == org.minewatch.model.inspection.InspectionStatus.IN_PROGRESS);
	}

	private void showSelected() {
		Object selected = tree.getStructuredSelection().getFirstElement();
		panel.show(selected instanceof ItemResult result ? result : null, editable());
	}

	/** Records the shown item's answer in the background, then moves to the next unanswered item. */
	private void record() {
		ItemResult result = panel.shown();
		if (result == null || recording || !editable()) {
			return;
		}
		Answer answer = panel.answer(this::status);
		if (answer == null) {
			return;
		}
		recording = true;
		Registry records = registry;
		InspectionService service = inspections;
		Actor actor = acting.actor();
		String inspectionId = inspection.getId();
		ItemResult next = sections.nextUnanswered(result);
		String nextId = next == null ? result.getId() : next.getId();
		Locale locale = org.minewatch.ui.ModelText.locale();
		Job job = Job.create(NLS.bind(Messages.runner_recording, result.getItem().getNumber()), monitor -> {
			try {
				service.answer(actor, locale, inspectionId, result.getId(), answer);
				Inspection loaded = records.load(actor, Inspection.class, inspectionId);
				onUi(() -> {
					recording = false;
					show(loaded, nextId);
					tree.getControl().setFocus();
				});
				return Status.OK_STATUS;
			} catch (RuntimeException e) { // refused by a rule or the store, or failed: the item stays open
				ILog.of(RunnerPart.class).warn("Answer not recorded: " + (e instanceof MinewatchException m ? m.logged() : e.toString())); //$NON-NLS-1$
				onUi(() -> {
					recording = false;
					status(e.getMessage());
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setText(Labels.plain(Messages.runner_attach));
		if (dialog.open() != null) {
			List<Path> files = new java.util.ArrayList<>();
			for (String file : dialog.getFileNames()) {
				files.add(Path.of(dialog.getFilterPath(), file));
			}
			attach(files);
		}
	}

	/** Attaches files to the item shown, each stored in a background job (its bytes by their SHA-256), then shows the item again. */
	public void attach(List<Path> files) {
		ItemResult result = panel.shown();
		if (result == null || recording || !editable()) {
			return;
		}
		Registry records = registry;
		InspectionService service = inspections;
		Actor actor = acting.actor();
		String inspectionId = inspection.getId();
		String resultId = result.getId();
		recording = true;
		Job job = Job.create(Messages.runner_attaching, monitor -> {
			try {
				for (Path file : files) {
					service.attach(actor, inspectionId, resultId, AttachedFiles.describe(file), Files.readAllBytes(file));
				}
				Inspection loaded = records.load(actor, Inspection.class, inspectionId);
				onUi(() -> {
					recording = false;
					show(loaded, resultId);
				});
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				onUi(() -> {
					recording = false;
					status(NLS.bind(Messages.runner_attachFailed, e.getMessage()));
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/** Takes a step of the review bar (a reason first, for a rejection). */
	private void take(Step step) {
		if (inspection == null) {
			return;
		}
		String id = inspection.getId();
		Actor actor = acting.actor();
		InspectionService service = inspections;
		switch (step) {
		case COMPLETE -> run(step, () -> service.complete(actor, id));
		case SUBMIT -> run(step, () -> service.submit(actor, id));
		case ACCEPT -> run(step, () -> service.accept(actor, id));
		case REJECT -> {
			InputDialog reasons = new InputDialog(parent.getShell(), Labels.plain(Messages.step_reject), Messages.step_rejectReasons, "", //$NON-NLS-1$
					text -> text == null || text.isBlank() ? Messages.step_rejectReasons : null);
			if (reasons.open() == Window.OK) {
				String why = reasons.getValue();
				run(step, () -> service.reject(actor, id, why));
			}
		}
		case REDO -> run(step, () -> {
			Inspection again = service.redo(actor, id);
			onUi(() -> Editors.open(parts, models, application, ChecklistParts.RUNNER, again.getId(), inspection.getMine().getName()));
			return again;
		});
		case EXPORT -> PackageTransfer.export(parent.getShell(), packages, actor, id, inspection.getMine().getName(), this::status);
		}
	}

	/** Runs a step in the background; a refusal is shown with the rule's words, and the inspection is read again. */
	private void run(Step step, java.util.function.Supplier<Inspection> work) {
		String label = Labels.plain(review.button(step).getText());
		Job job = Job.create(label, monitor -> {
			try {
				work.get();
				onUi(() -> {
					status(NLS.bind(Messages.step_taken, label));
					load(null);
				});
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				ILog.of(RunnerPart.class).info(label + " refused: " + e.logged()); //$NON-NLS-1$
				onUi(() -> MessageDialog.openError(parent.getShell(), NLS.bind(Messages.step_refused, label), e.getMessage()));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/** Runs on the UI thread once the events being handled are done, unless the part was closed meanwhile. */
	private void onUi(Runnable action) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!parent.isDisposed()) {
					action.run();
				}
			});
		}
	}

	private void status(String message) {
		events.post(ShellContract.STATUS_TOPIC, message);
	}

	private static String label(Object element) {
		if (element instanceof Sections.Section section) {
			return section.title() + "  (" + section.answered() + "/" + section.results().size() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		ItemResult result = (ItemResult) element;
		String mark = switch (result.getOutcome()) {
		case CONFORMING -> "\u221a"; //$NON-NLS-1$
		case HAZARD -> "\u00d7"; //$NON-NLS-1$
		case NOT_APPLICABLE -> "\u2014"; //$NON-NLS-1$
		default -> "\u25cb"; //$NON-NLS-1$
		};
		return mark + " " + result.getItem().getNumber() + " " + result.getItem().getSubject(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The inspection shown (for tests), null until loaded. */
	public Inspection inspection() {
		return inspection;
	}

	/** True while an answer is being recorded. */
	public boolean isRecording() {
		return recording;
	}

	@Focus
	public void focus() {
		tree.getControl().setFocus();
	}

	/** Sections, then their results. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return ((Sections) input).sections().toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Sections.Section section ? section.results().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Sections.Section section && !section.results().isEmpty();
		}
	}
}
