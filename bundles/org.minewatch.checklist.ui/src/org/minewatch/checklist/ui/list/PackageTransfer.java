package org.minewatch.checklist.ui.list;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.core.runtime.ILog;
import org.minewatch.checklist.InspectionPackages;
import org.minewatch.checklist.InspectionPackages.Imported;
import org.minewatch.checklist.ui.internal.Messages;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.RecordDocument.Received;
import org.minewatch.ui.Labels;

/**
 * Exports an inspection to an exchange package and imports one, each in a background job after a file dialog;
 * a refused package is shown with the reason (nothing was imported).
 */
public final class PackageTransfer {

	/** Asks where to write the package of an inspection, then writes it. */
	public static void export(Shell shell, InspectionPackages packages, Actor actor, String inspectionId, String mineName, Consumer<String> status) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Labels.plain(Messages.list_export));
		dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
		dialog.setFileName((mineName == null ? "" : mineName + "-") + inspectionId.substring(0, Math.min(8, inspectionId.length())) + ".zip"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path zip = Path.of(chosen);
		Job job = Job.create(NLS.bind(Messages.package_exporting, mineName), monitor -> {
			try {
				var written = packages.export(actor, inspectionId, zip);
				status.accept(NLS.bind(Messages.package_exported, new Object[] { zip.getFileName(), written.records().size(), written.contents().size() }));
				return Status.OK_STATUS;
			} catch (java.io.IOException | MinewatchException e) {
				ILog.of(PackageTransfer.class).warn("Package not exported: " + (e instanceof MinewatchException m ? m.logged() : e.toString())); //$NON-NLS-1$
				shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, Labels.plain(Messages.list_export), e.getMessage()));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/** Posted after an import, with the id of the inspection it carried: a runner showing it reads it again. */
	public static final String IMPORTED_TOPIC = "org/minewatch/checklist/imported"; //$NON-NLS-1$

	/** Asks for a package, then imports it; {@code done} receives what the import did and the inspection's id. */
	public static void importPackage(Shell shell, InspectionPackages packages, Actor actor, java.util.function.BiConsumer<String, String> done) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(Labels.plain(Messages.list_import));
		dialog.setFilterExtensions(new String[] { "*.zip" }); //$NON-NLS-1$
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path zip = Path.of(chosen);
		Job job = Job.create(NLS.bind(Messages.package_importing, zip.getFileName()), monitor -> {
			try {
				Imported imported = packages.importPackage(actor, zip);
				String message = summary(zip, imported);
				shell.getDisplay().asyncExec(() -> done.accept(message, imported.header().subjectId()));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				ILog.of(PackageTransfer.class).warn("Package refused: " + e.logged()); //$NON-NLS-1$
				shell.getDisplay().asyncExec(() -> MessageDialog.openError(shell, Messages.package_refused, e.getMessage()));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}

	static String summary(Path zip, Imported imported) {
		return NLS.bind(Messages.package_imported, new Object[] { zip.getFileName(), imported.header().senderName(), imported.count(Received.ADDED),
				imported.count(Received.UPDATED), imported.count(Received.UNCHANGED) + imported.count(Received.KEPT_HERE), imported.count(Received.KEPT_NEWER) });
	}

	private PackageTransfer() {
	}
}
