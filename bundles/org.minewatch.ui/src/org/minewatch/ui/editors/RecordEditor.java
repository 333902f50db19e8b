package org.minewatch.ui.editors;

import static org.minewatch.ui.WidgetKeys.name;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.PersistState;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.minewatch.core.ConflictException;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.Acting;
import org.minewatch.desk.ShellContract;
import org.minewatch.desk.Undoable;
import org.minewatch.model.base.Record;
import org.minewatch.registry.Registry;
import org.minewatch.ui.Editors;
import org.minewatch.ui.internal.Messages;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.Trace;
import org.minewatch.ui.WidgetKeys;

/**
 * An editor of one record (its id in the part's persisted state): loads it in a background job,
 * edits it through an EMF command stack (undo, redo, dirty state), shows the model's constraint
 * messages at the fields as they change, and saves it in a background job; a save refused because
 * someone else saved first opens the {@link ConflictDialog}. Subclasses lay out the fields.
 */
public abstract class RecordEditor<R extends Record> implements Undoable {

	/** Posted after a save: a map with the record's {@link #SAVED_ID} and {@link #SAVED_NAME}. */
	public static final String SAVED_TOPIC = "org/minewatch/registry/saved"; //$NON-NLS-1$
	public static final String SAVED_ID = "id"; //$NON-NLS-1$
	public static final String SAVED_NAME = "name"; //$NON-NLS-1$

	@Inject
	protected MPart part;

	@Inject
	private IEventBroker events;


	private final Class<R> type;
	private final EClass eClass;
	private final ComposedAdapterFactory adapters = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private final List<FieldBinding> fields = new ArrayList<>();
	private final List<ListSection> sections = new ArrayList<>();
	private Registry registry;
	private Acting acting;
	private java.time.Clock clock;
	private R record;
	private EditingDomain domain;
	private Composite parent;
	private Label notice;
	private ConstraintDisplay constraints;
	private ScrolledComposite scroller;
	private Composite body;
	private boolean invalid;
	private Label revisionShown;
	private boolean saving;

	protected RecordEditor(Class<R> type, EClass eClass) {
		this.type = type;
		this.eClass = eClass;
	}

	@PostConstruct
	public void createControls(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		notice = name(new Label(parent, SWT.WRAP), WidgetKeys.EDITOR_NOTICE);
		notice.setText(Messages.editor_loading);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
		Label problems = name(new Label(parent, SWT.WRAP), WidgetKeys.EDITOR_PROBLEMS);
		problems.setForeground(new Color(parent.getDisplay(), 190, 0, 0));
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).exclude(true).applyTo(problems);
		problems.setVisible(false);
		constraints = new ConstraintDisplay(problems);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		if (ready()) {
			load();
		}
	}

	/** The registry, the acting person and the clock arrive together once the store is open (and the person again when another acts). */
	@Inject
	void servicesReady(@Optional Registry service, @Optional Acting person, @Optional java.time.Clock time) {
		this.registry = service;
		this.acting = person;
		this.clock = time;
		if (parent != null && !parent.isDisposed() && record == null && ready()) {
			load();
		}
	}

	private boolean ready() {
		return registry != null && acting != null && clock != null;
	}

	/** The registry service (records loaded and saved). */
	protected final Registry registry() {
		return registry;
	}

	/** Who acts at this desktop. */
	protected final org.minewatch.core.Actor actor() {
		return acting.actor();
	}

	/** False when nobody may write at this desktop: the editor shows, it does not save. */
	protected final boolean canWrite() {
		return acting.canWrite();
	}

	/** Today, as the store sees it (a demo database on its demo day). */
	protected final java.time.LocalDate today() {
		return java.time.LocalDate.now(clock);
	}

	/** The clock the store writes with. */
	protected final java.time.Clock clock() {
		return clock;
	}

	/** The record shown (null until loaded). */
	public R record() {
		return record;
	}

	public boolean isLoaded() {
		return record != null;
	}

	/** True while a save runs in the background. */
	public boolean isSaving() {
		return saving;
	}

	/** The record's name for the editor's tab. */
	protected abstract String title(R shown);

	/** Lays out the record's fields in {@code form} (two columns) with the field methods below. */
	protected abstract void createForm(Composite form, R shown);

	private String recordId() {
		return part.getPersistedState().get(Editors.RECORD_ID);
	}

	private void load() {
		Registry service = registry;
		org.minewatch.core.Actor actor = actor();
		String id = recordId();
		Job job = Job.create(NLS.bind(Messages.editor_loadingJob, ModelText.type(eClass)), monitor -> {
			try {
				R loaded = service.load(actor, type, id);
				parent.getDisplay().asyncExec(() -> show(loaded));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				parent.getDisplay().asyncExec(() -> notice(NLS.bind(Messages.editor_loadFailed, id, e.getMessage())));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private void show(R loaded) {
		if (parent.isDisposed()) {
			return;
		}
		record = loaded;
		domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
		domain.getCommandStack().addCommandStackListener(e -> parent.getDisplay().asyncExec(this::changed));
		fields.clear();
		sections.clear();
		if (body != null) {
			body.dispose();
		}
		body = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 4).applyTo(body);
		createForm(body, loaded);
		scroller.setContent(body);
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		notice(canWrite() ? null : Messages.editor_readOnly);
		part.setLabel(title(loaded));
		part.setTooltip(ModelText.type(eClass) + " " + loaded.getId()); //$NON-NLS-1$
		changed();
		// e4 lays a part stack out while it is still zero high when its first part appears (at a start
		// with a saved editor, or the first editor opened) and GTK does not lay it out again when it grows
		parent.getDisplay().asyncExec(() -> {
			if (!parent.isDisposed()) {
				parent.getShell().layout(true, true);
				focus();
				Trace.when(Trace.EDITORS, "Editor: showing " + eClass.getName() + " " + loaded.getId() + " revision " + loaded.getRevision()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		});
	}

	/** After every change (and undo, redo): the widgets follow the model, the constraints are checked again, the dirty mark set. */
	private void changed() {
		if (body == null || body.isDisposed()) {
			return;
		}
		fields.forEach(FieldBinding::refresh);
		sections.forEach(ListSection::refresh);
		invalid = constraints.show(record, fields);
		part.setDirty(((BasicCommandStack) domain.getCommandStack()).isSaveNeeded());
		afterChange(record);
		// only this part: a layout of the whole window (requestLayout) makes e4's sash layout hide the
		// focused field for a moment, which takes the focus away while the person types
		relayout();
	}

	/** After every change, undo, redo, save and load: for what depends on the record beyond its fields (buttons, lists). */
	protected void afterChange(R shown) {
		// nothing by default
	}

	/** The editing domain of the record shown (for changes other than a field's: an attachment added). */
	protected final EditingDomain domain() {
		return domain;
	}

	/** True when the record shown has changes not yet saved. */
	protected final boolean isDirty() {
		return part.isDirty();
	}

	/** Reads the record again from the store (after a change made there: a lifecycle step), dropping the form. */
	protected final void reload() {
		record = null;
		notice(Messages.editor_loading);
		load();
	}

	/** Posts a message on the status line. */
	protected final void status(String message) {
		events.post(ShellContract.STATUS_TOPIC, message);
	}

	private boolean hasInputProblems() {
		return fields.stream().anyMatch(FieldBinding::hasInputProblem);
	}

	private void notice(String text) {
		notice.setText(text == null ? "" : text); //$NON-NLS-1$
		((org.eclipse.swt.layout.GridData) notice.getLayoutData()).exclude = text == null;
		notice.setVisible(text != null);
		parent.layout(true, true);
	}

	// the fields a subclass lays out

	protected final void text(Composite form, EObject owner, EStructuralFeature feature) {
		add(form, new TextField(owner, feature, writer()));
	}

	/** A text of several lines (measures, a plan's parts). */
	protected final void textArea(Composite form, EObject owner, EStructuralFeature feature) {
		add(form, new TextField(owner, feature, writer(), 3));
	}

	protected final void choice(Composite form, EObject owner, EStructuralFeature feature) {
		add(form, ChoiceField.forEnum(owner, feature, writer()));
	}

	protected final void choice(Composite form, EObject owner, EStructuralFeature feature, Supplier<List<?>> choices, Function<Object, String> label) {
		add(form, new ChoiceField(owner, feature, writer(), choices, label));
	}

	protected final void check(Composite form, EObject owner, EStructuralFeature feature) {
		add(form, new CheckField(owner, feature, writer()));
	}

	protected final <T> void pick(Composite form, EObject owner, EStructuralFeature feature, String title, Function<String, List<T>> search,
			Function<T, String> label) {
		@SuppressWarnings("unchecked")
		Function<Object, String> shown = value -> label.apply((T) value);
		add(form, new PickField(owner, feature, writer(), () -> new PickDialog<>(form.getShell(), title, search, label), shown));
	}

	protected final void list(Composite form, EObject owner, EReference feature, boolean history, Consumer<EObject> defaults) {
		ListSection section = new ListSection(owner, feature, domain, history, defaults);
		section.create(form);
		sections.add(section);
	}

	/** The first line of the form: the record's type, id and revision (kept up to date at each save). */
	protected final void recordInfo(Composite form) {
		revisionShown = info(form, Messages.editor_record, recordLine(record));
	}

	private String recordLine(R shown) {
		return ModelText.type(eClass) + " " + shown.getId() + "  \u00b7  " + ModelText.feature(org.minewatch.model.base.BasePackage.Literals.RECORD__REVISION) //$NON-NLS-1$ //$NON-NLS-2$
				+ " " + shown.getRevision(); //$NON-NLS-1$
	}

	/** A section's title across both columns of the form. */
	protected final Label heading(Composite form, String text) {
		Label heading = new Label(form, SWT.NONE);
		heading.setText(text);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(heading);
		return heading;
	}

	/** A read-only line (owner, status today). */
	protected final Label info(Composite form, String label, String value) {
		Label name = new Label(form, SWT.NONE);
		name.setText(label);
		Label shown = new Label(form, SWT.NONE);
		shown.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(shown);
		return shown;
	}

	private void add(Composite form, FieldBinding field) {
		field.whenResized(this::relayout);
		field.create(form);
		fields.add(field);
	}

	private void relayout() {
		if (body != null && !body.isDisposed()) {
			parent.layout(true, true);
			scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		}
	}

	private FieldWriter writer() {
		return FieldWriter.commands(domain);
	}

	// saving

	@Persist
	public void save() {
		if (record == null || saving) {
			return;
		}
		if (!canWrite()) {
			status(Messages.editor_readOnly);
			return;
		}
		if (invalid || hasInputProblems()) {
			status(NLS.bind(Messages.editor_fixFirst, title(record)));
			return;
		}
		R snapshot = EcoreUtil.copy(record);
		Command savedAt = domain.getCommandStack().getUndoCommand();
		run(NLS.bind(Messages.editor_saving, title(record)), () -> write(snapshot, false), savedAt);
	}

	private void overwrite() {
		R snapshot = EcoreUtil.copy(record);
		Command savedAt = domain.getCommandStack().getUndoCommand();
		run(NLS.bind(Messages.editor_saving, title(record)), () -> write(snapshot, true), savedAt);
	}

	/**
	 * Stores a copy of the record, in a background job: through the registry unless an area has rules of its own
	 * (then it overrides this and refuses with a {@link MinewatchException} saying why). {@code overwrite}: over
	 * whatever is stored now, after a conflict was shown.
	 */
	protected R write(R snapshot, boolean overwrite) {
		return overwrite ? registry.overwrite(actor(), snapshot) : registry.save(actor(), snapshot);
	}

	private void run(String name, Supplier<R> write, Command savedAt) {
		saving = true;
		String by = actor().name();
		Job job = Job.create(name, monitor -> {
			try {
				R saved = write.get();
				ILog.of(RecordEditor.class).info("Saved " + saved.eClass().getName() + " " + saved.getId() + " revision " + saved.getRevision() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ " by " + by); //$NON-NLS-1$
				parent.getDisplay().asyncExec(() -> saved(saved, savedAt));
				return Status.OK_STATUS;
			} catch (ConflictException e) {
				parent.getDisplay().asyncExec(() -> conflict(e));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				ILog.of(RecordEditor.class).warn("Not saved: " + e.logged()); //$NON-NLS-1$
				parent.getDisplay().asyncExec(() -> {
					saving = false;
					status(NLS.bind(Messages.editor_saveFailed, title(record), e.getMessage()));
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private void saved(R saved, Command savedAt) {
		saving = false;
		if (parent.isDisposed()) {
			return;
		}
		record.setRevision(saved.getRevision());
		CommandStack stack = domain.getCommandStack();
		if (stack.getUndoCommand() == savedAt) {
			((BasicCommandStack) stack).saveIsDone(); // what was saved is what is shown; later changes stay unsaved
		}
		part.setLabel(title(record));
		revisionShown.setText(recordLine(record));
		events.post(SAVED_TOPIC, java.util.Map.of(SAVED_ID, record.getId(), SAVED_NAME, title(record)));
		status(NLS.bind(Messages.editor_saved, title(record), saved.getRevision()));
		changed();
	}

	private void conflict(ConflictException conflict) {
		saving = false;
		if (parent.isDisposed()) {
			return;
		}
		int choice = new ConflictDialog(parent.getShell(), conflict, eClass, title(record)).open();
		if (choice == ConflictDialog.RELOAD) {
			reload();
		} else if (choice == ConflictDialog.OVERWRITE) {
			overwrite();
		}
	}

	/** The next start shows the record's name as stored then, not as it was at exit. */
	@PersistState
	void persistState() {
		part.setLabel(ModelText.type(eClass));
	}

	@Focus
	public void focus() {
		Control first = fields.isEmpty() ? null : fields.get(0).input();
		if (first != null && !first.isDisposed()) {
			first.setFocus();
		} else if (!parent.isDisposed()) {
			parent.setFocus();
		}
	}

	// Undoable

	@Override
	public boolean canUndo() {
		return domain != null && domain.getCommandStack().canUndo();
	}

	@Override
	public void undo() {
		fields.forEach(f -> f.writer.endTyping());
		domain.getCommandStack().undo();
	}

	@Override
	public boolean canRedo() {
		return domain != null && domain.getCommandStack().canRedo();
	}

	@Override
	public void redo() {
		domain.getCommandStack().redo();
	}
}
