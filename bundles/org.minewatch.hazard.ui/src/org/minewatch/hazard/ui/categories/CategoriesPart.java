package org.minewatch.hazard.ui.categories;

import static org.minewatch.ui.WidgetKeys.name;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.Acting;
import org.minewatch.desk.ShellContract;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.base.BaseFactory;
import org.minewatch.model.base.Term;
import org.minewatch.model.base.Vocabulary;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.registry.Registry;
import org.minewatch.ui.Columns;

/**
 * The hazard categories (隐患类别) as the bureau keeps them: the classes and subclasses of mine practice that
 * the suite ships, relabelled, retired or added to. A category is never deleted or moved, since hazards refer
 * to it by its code: it is retired (hazards keep it, new ones cannot pick it). Ctrl+S saves the revision as
 * the bureau's setting; the hazard editors offer the new categories at once.
 */
public class CategoriesPart {

	@Inject
	private MPart part;
	@Inject
	private IEventBroker events;

	private static final Color RETIRED = new Color(140, 140, 140);

	private Registry registry;
	private Acting acting;
	private Composite parent;
	private Label notice;
	private TreeViewer tree;
	private Button addSubclass;
	private Button edit;
	private Button retire;
	private Vocabulary working;
	private boolean saving;

	@PostConstruct
	public void create(Composite parent) {
		this.parent = parent;
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 8).applyTo(parent);
		notice = new Label(parent, SWT.WRAP);
		notice.setText(Messages.categories_notice);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(notice);
		tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		name(tree.getTree(), HazardKeys.CATEGORY_TREE);
		tree.getTree().setHeaderVisible(true);
		tree.getTree().setLinesVisible(true);
		tree.setContentProvider(new TermContent());
		column(Messages.categories_code, 120, Term::getCode);
		column(Messages.categories_chinese, 220, Term::getLabelZh);
		column(Messages.categories_english, 260, Term::getLabelEn);
		column(Messages.categories_state, 80, t -> t.isRetired() ? Messages.categories_retired : ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.categories_addClass, HazardKeys.CATEGORY_ADD_CLASS, this::addClass);
		addSubclass = button(buttons, Messages.categories_addSubclass, HazardKeys.CATEGORY_ADD_SUBCLASS, this::addSubclass);
		edit = button(buttons, Messages.categories_edit, HazardKeys.CATEGORY_EDIT, this::edit);
		retire = button(buttons, Messages.categories_retire, HazardKeys.CATEGORY_RETIRE, this::retire);
		tree.addSelectionChangedListener(e -> enableButtons());
		tree.addDoubleClickListener(e -> edit());
		enableButtons();
		load();
	}

	/** The registry and the acting person arrive once the store is open. */
	@Inject
	void servicesReady(@Optional Registry service, @Optional Acting person) {
		this.registry = service;
		this.acting = person;
		load();
	}

	private void column(String title, int width, java.util.function.Function<Term, String> text) {
		Columns.add(tree, Term.class, title, width, text, term -> term.isRetired() ? RETIRED : null);
	}

	private static Button button(Composite buttons, String text, String key, Runnable action) {
		Button button = name(new Button(buttons, SWT.PUSH), key);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	private void load() {
		if (parent == null || parent.isDisposed() || working != null || registry == null || acting == null) {
			return;
		}
		Registry service = registry;
		org.minewatch.core.Actor actor = acting.actor();
		Job job = Job.create(Messages.categories_loading, monitor -> {
			Vocabulary read = EcoreUtil.copy(service.reference(actor).vocabularies().get(ReferenceData.HAZARD_CATEGORY));
			parent.getDisplay().asyncExec(() -> show(read));
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void show(Vocabulary read) {
		if (tree.getControl().isDisposed()) {
			return;
		}
		working = read;
		tree.setInput(working);
		tree.expandAll();
		part.setDirty(false);
		enableButtons();
	}

	/** The category selected, or null. */
	private Term selected() {
		return tree.getStructuredSelection().getFirstElement() instanceof Term term ? term : null;
	}

	private void enableButtons() {
		Term term = selected();
		boolean writable = working != null && acting != null && acting.canWrite();
		addSubclass.setEnabled(writable && term != null);
		edit.setEnabled(writable && term != null);
		retire.setEnabled(writable && term != null);
		retire.setText(term != null && term.isRetired() ? Messages.categories_restore : Messages.categories_retire);
		retire.getParent().layout(true, true);
	}

	void addClass() {
		TermDialog dialog = new TermDialog(parent.getShell(), Messages.categories_addClassTitle, null, null);
		if (working != null && dialog.open() == Window.OK) {
			Term term = term(nextCode("C", working.getTerms()), dialog);
			working.getTerms().add(term);
			changed(term);
		}
	}

	void addSubclass() {
		Term selected = selected();
		if (selected == null) {
			return;
		}
		Term parentClass = selected.getParent() == null ? selected : selected.getParent();
		TermDialog dialog = new TermDialog(parent.getShell(), NLS.bind(Messages.categories_addSubclassTitle, parentClass.getLabelZh()), null, null);
		if (dialog.open() == Window.OK) {
			Term term = term(nextCode(parentClass.getCode() + "-", parentClass.getChildren()), dialog); //$NON-NLS-1$
			parentClass.getChildren().add(term);
			changed(term);
		}
	}

	void edit() {
		Term term = selected();
		if (term == null || acting == null || !acting.canWrite()) {
			return;
		}
		TermDialog dialog = new TermDialog(parent.getShell(), NLS.bind(Messages.categories_editTitle, term.getCode()), term.getLabelZh(), term.getLabelEn());
		if (dialog.open() == Window.OK) {
			term.setLabelZh(dialog.chinese());
			term.setLabelEn(dialog.english());
			changed(term);
		}
	}

	void retire() {
		Term term = selected();
		if (term != null) {
			term.setRetired(!term.isRetired());
			changed(term);
		}
	}

	private static Term term(String code, TermDialog dialog) {
		Term term = BaseFactory.eINSTANCE.createTerm();
		term.setCode(code);
		term.setLabelZh(dialog.chinese());
		term.setLabelEn(dialog.english());
		return term;
	}

	/** The next free code after {@code prefix}: MGMT-01, MGMT-02... or C01 for a class the bureau adds. */
	private static String nextCode(String prefix, java.util.List<Term> siblings) {
		int highest = 0;
		for (Term sibling : siblings) {
			String code = sibling.getCode();
			if (code.startsWith(prefix)) {
				try {
					highest = Math.max(highest, Integer.parseInt(code.substring(prefix.length())));
				} catch (NumberFormatException e) {
					// a shipped code of another form
				}
			}
		}
		return String.format("%s%02d", prefix, highest + 1); //$NON-NLS-1$
	}

	private void changed(Term term) {
		tree.refresh();
		tree.expandAll();
		tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(term), true);
		part.setDirty(true);
		enableButtons();
	}

	@Persist
	public void save() {
		if (working == null || saving || !part.isDirty()) {
			return;
		}
		saving = true;
		Registry service = registry;
		org.minewatch.core.Actor actor = acting.actor();
		Vocabulary snapshot = EcoreUtil.copy(working);
		Job job = Job.create(Messages.categories_saving, monitor -> {
			try {
				service.saveVocabulary(actor, snapshot);
				parent.getDisplay().asyncExec(() -> {
					saving = false;
					part.setDirty(false);
					events.post(ShellContract.STATUS_TOPIC, Messages.categories_saved);
				});
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				parent.getDisplay().asyncExec(() -> {
					saving = false;
					events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.categories_saveFailed, e.getMessage()));
				});
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/** True once the categories are shown (for tests). */
	public boolean isLoaded() {
		return working != null;
	}

	/** True while a save runs (for tests). */
	public boolean isSaving() {
		return saving;
	}

	@Focus
	public void focus() {
		tree.getControl().setFocus();
	}

	/** Classes, then each class's subclasses. */
	private static final class TermContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((Vocabulary) input).getTerms().toArray();
		}

		@Override
		public Object[] getChildren(Object element) {
			return ((Term) element).getChildren().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return ((Term) element).getParent();
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((Term) element).getChildren().isEmpty();
		}
	}
}
