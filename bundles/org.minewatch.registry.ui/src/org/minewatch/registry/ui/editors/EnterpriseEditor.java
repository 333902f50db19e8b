package org.minewatch.registry.ui.editors;

import static org.minewatch.ui.WidgetKeys.name;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.model.base.BasePackage;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.RegistryPackage.Literals;
import org.minewatch.ui.Editors;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.editors.RecordEditor;

/**
 * An enterprise: every field of the model (its group and its division picked from searchable lists,
 * never typed), and its mines, which open on Enter or a double click.
 */
public class EnterpriseEditor extends RecordEditor<Enterprise> {

	/** The part descriptor of the editor (one part per record). */
	public static final String ID = "org.minewatch.registry.ui.partdescriptor.enterprise"; //$NON-NLS-1$

	static final String MINES_KEY = "org.minewatch.registry.enterprise.mines"; //$NON-NLS-1$

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MApplication application;

	public EnterpriseEditor() {
		super(Enterprise.class, Literals.ENTERPRISE);
	}

	@Override
	protected String title(Enterprise enterprise) {
		return enterprise.getName() == null || enterprise.getName().isBlank() ? ModelText.type(Literals.ENTERPRISE) : enterprise.getName();
	}

	@Override
	protected void createForm(Composite form, Enterprise enterprise) {
		LocalDate today = today();
		recordInfo(form);
		info(form, ModelText.feature(BasePackage.Literals.RECORD__OWNER), enterprise.getOwner() == null ? "" : enterprise.getOwner().nameOn(today)); //$NON-NLS-1$
		text(form, enterprise, Literals.ENTERPRISE__NAME);
		text(form, enterprise, Literals.ENTERPRISE__CREDIT_CODE);
		check(form, enterprise, Literals.ENTERPRISE__GROUP);
		pick(form, enterprise, Literals.ENTERPRISE__PARENT, ModelText.feature(Literals.ENTERPRISE__PARENT),
				filter -> registry().findEnterprises(actor(), filter, true, PageRequest.first(50)).items().stream()
						.filter(e -> !e.getId().equals(enterprise.getId())).toList(),
				Enterprise::getName);
		pick(form, enterprise, Literals.ENTERPRISE__JURISDICTION, ModelText.feature(Literals.ENTERPRISE__JURISDICTION),
				filter -> filter.isBlank() ? registry().provinces(actor()) : registry().findDivisions(actor(), filter, 100),
				ModelText::divisionPath);
		text(form, enterprise, Literals.ENTERPRISE__ADDRESS);
		mines(form, enterprise);
	}

	private void mines(Composite form, Enterprise enterprise) {
		Group group = new Group(form, SWT.NONE);
		group.setText(Messages.editor_enterpriseMines);
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		org.eclipse.swt.widgets.List list = name(new org.eclipse.swt.widgets.List(group, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL), MINES_KEY);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, 120).applyTo(list);
		List<IndexRow> rows = new ArrayList<>();
		list.addListener(SWT.DefaultSelection, e -> {
			int index = list.getSelectionIndex();
			if (index >= 0 && index < rows.size()) {
				Editors.open(parts, models, application, MineEditor.ID, rows.get(index).id(), rows.get(index).text("name")); //$NON-NLS-1$
			}
		});
		Job job = Job.create(NLS.bind(Messages.editor_loadingJob, Messages.editor_enterpriseMines), monitor -> {
			Page<IndexRow> page = registry().minesOf(actor(), enterprise.getId(), PageRequest.first(500));
			list.getDisplay().asyncExec(() -> {
				if (!list.isDisposed()) {
					rows.addAll(page.items());
					list.setItems(page.items().stream().map(r -> r.text("name")).toArray(String[]::new)); //$NON-NLS-1$
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
	}
}
