package org.minewatch.hazard.ui.editor;

import static org.minewatch.ui.WidgetKeys.name;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.hazard.ui.internal.HazardKeys;
import org.minewatch.hazard.ui.internal.HazardText;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardPackage;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.AttachmentKind;
import org.minewatch.model.inspection.InspectionPackage;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.AttachedFiles;
import org.minewatch.registry.Registry;

/**
 * The hazard's photos and documents: a list, the selected photo shown, and "Attach..." to add files. A file's
 * bytes are stored at once (by their SHA-256); the attachment joins the hazard as an unsaved change, saved
 * with the hazard (and undone like any other change).
 */
final class Photos {

	private static final int PREVIEW = 240;

	private final Hazard hazard;
	private final Registry registry;
	private final Actor actor;
	private final EditingDomain domain;
	private final Consumer<String> status;
	private final Composite box;
	private final Table table;
	private final Label preview;

	Photos(Composite parent, Hazard hazard, Registry registry, Actor actor, boolean canWrite, EditingDomain domain, Consumer<String> status) {
		this.hazard = hazard;
		this.registry = registry;
		this.actor = actor;
		this.domain = domain;
		this.status = status;
		box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
		table = name(new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), HazardKeys.PHOTOS);
		table.setHeaderVisible(true);
		for (var feature : List.of(InspectionPackage.Literals.ATTACHMENT__FILE_NAME, InspectionPackage.Literals.ATTACHMENT__CAPTION,
				InspectionPackage.Literals.ATTACHMENT__TAKEN_AT, InspectionPackage.Literals.ATTACHMENT__SIZE)) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(ModelText.feature(feature));
			column.setWidth(feature == InspectionPackage.Literals.ATTACHMENT__FILE_NAME ? 180 : 110);
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(420, 110).applyTo(table);
		preview = new Label(box, SWT.BORDER | SWT.CENTER);
		GridDataFactory.fillDefaults().hint(PREVIEW, 160).span(1, 2).applyTo(preview);
		table.addListener(SWT.Selection, e -> show(selected()));
		Button attach = name(new Button(box, SWT.PUSH), HazardKeys.PHOTO_ATTACH);
		attach.setText(Messages.photos_attach);
		attach.setEnabled(canWrite && hazard.getVoidedAt() == null);
		attach.addListener(SWT.Selection, e -> choose());
		box.addListener(SWT.Dispose, e -> clearPreview());
		refresh();
	}

	Control control() {
		return box;
	}

	/** Lists the hazard's attachments again (after a change, an undo). */
	void refresh() {
		if (table.isDisposed()) {
			return;
		}
		table.removeAll();
		for (Attachment attachment : hazard.getAttachments()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { attachment.getFileName(), attachment.getCaption() == null ? "" : attachment.getCaption(), //$NON-NLS-1$
					HazardText.time(attachment.getTakenAt()), NumberFormat.getIntegerInstance(ModelText.locale()).format(attachment.getSize()) });
			item.setData(attachment);
		}
	}

	private Attachment selected() {
		TableItem[] items = table.getSelection();
		return items.length == 0 ? null : (Attachment) items[0].getData();
	}

	private void choose() {
		FileDialog dialog = new FileDialog(box.getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.jpg;*.jpeg;*.png;*.gif;*.bmp", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
		if (dialog.open() != null) {
			List<Path> files = new ArrayList<>();
			for (String file : dialog.getFileNames()) {
				files.add(Path.of(dialog.getFilterPath(), file));
			}
			attach(files);
		}
	}

	/** Stores the files' bytes in a background job, then adds them to the hazard as one unsaved change each. */
	void attach(List<Path> files) {
		Job job = Job.create(Messages.photos_attaching, monitor -> {
			for (Path file : files) {
				try {
					Attachment stored = store(file);
					box.getDisplay().asyncExec(() -> {
						if (!box.isDisposed()) {
							domain.getCommandStack().execute(AddCommand.create(domain, hazard, HazardPackage.Literals.HAZARD__ATTACHMENTS, stored));
						}
					});
				} catch (IOException | MinewatchException e) {
					status.accept(NLS.bind(Messages.photos_failed, file, e.getMessage()));
					return Status.warning(e.getMessage(), e);
				}
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private Attachment store(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		Attachment attachment = AttachedFiles.describe(file);
		attachment.setOwner(hazard.getOwner()); // the hazard's record: its owner owns what it holds
		// held by a scratch hazard while stored, so that the store keeps its bytes only: the hazard's document carries it
		HazardFactory.eINSTANCE.createHazard().getAttachments().add(attachment);
		return registry.storeContent(actor, attachment, content);
	}

	/** Shows a photo, scaled to the preview, read in the background. */
	private void show(Attachment attachment) {
		clearPreview();
		if (attachment == null || attachment.getKind() != AttachmentKind.PHOTO || attachment.getSha256() == null) {
			preview.setText(attachment == null ? "" : attachment.getFileName()); //$NON-NLS-1$
			return;
		}
		Job job = Job.create(Messages.photos_reading, monitor -> {
			try {
				byte[] bytes = registry.content(actor, attachment);
				box.getDisplay().asyncExec(() -> preview(bytes, attachment.getFileName()));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				status.accept(NLS.bind(Messages.photos_failed, attachment.getFileName(), e.getMessage()));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	private void preview(byte[] bytes, String fileName) {
		if (preview.isDisposed()) {
			return;
		}
		try {
			ImageData data = new ImageData(new ByteArrayInputStream(bytes));
			double scale = Math.min(1.0, Math.min((double) PREVIEW / data.width, 160.0 / data.height));
			ImageData scaled = data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale)));
			clearPreview();
			preview.setImage(new Image(preview.getDisplay(), scaled));
		} catch (SWTException e) {
			preview.setText(NLS.bind(Messages.photos_unreadable, fileName));
		}
	}

	private void clearPreview() {
		Image old = preview.getImage();
		preview.setImage(null);
		if (old != null) {
			old.dispose();
		}
	}
}
