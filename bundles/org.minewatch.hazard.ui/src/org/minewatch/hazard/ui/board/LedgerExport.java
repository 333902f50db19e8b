package org.minewatch.hazard.ui.board;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.core.IndexRow;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.StoreException;
import org.minewatch.hazard.Ledger;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.ui.ModelText;
import org.minewatch.ui.RegistryAccess;

/**
 * Exports the ledger (隐患台账) of the hazards the board shows, in its order, to an XLSX file the person
 * names: in a background job that can be cancelled, written to a temporary file first so that a cancelled or
 * failed export leaves no half-written ledger behind.
 */
final class LedgerExport {

	private static final int PAGE = 500;

	static void start(Shell shell, RegistryAccess access, BoardFilter filter, LocalDate today, Consumer<String> status) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.ledger_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
		dialog.setFileName(NLS.bind(Messages.ledger_fileName, today));
		dialog.setFilterPath(System.getProperty("user.home")); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			schedule(access, filter, today, Path.of(chosen.endsWith(".xlsx") ? chosen : chosen + ".xlsx"), status); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Writes the ledger to {@code file} in a job; {@code status} hears how many hazards it holds, or why it failed. */
	static Job schedule(RegistryAccess access, BoardFilter filter, LocalDate today, Path file, Consumer<String> status) {
		Job job = Job.create(NLS.bind(Messages.ledger_job, file.getFileName()), monitor -> {
			IStatus result = write(access, filter, today, file, monitor);
			if (result.getSeverity() != IStatus.CANCEL) {
				status.accept(result.getMessage());
			}
			return result;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static IStatus write(RegistryAccess access, BoardFilter filter, LocalDate today, Path file, IProgressMonitor monitor) {
		try {
			long total = access.registry().store().read(access.actor(), s -> BoardRow.count(s, filter, today));
			SubMonitor progress = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, total + 1));
			List<Hazard> hazards = new ArrayList<>();
			for (PageRequest request = filter.matchesNothing() ? null : PageRequest.first(PAGE); request != null;) {
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				PageRequest current = request;
				Page<IndexRow> page = access.registry().store().read(access.actor(), s -> {
					Page<IndexRow> rows = s.rows(filter.query(today), current);
					for (IndexRow row : rows.items()) {
						Hazard hazard = s.get(Hazard.class, row.id());
						EcoreUtil.resolveAll(hazard); // the ledger names the mine, the people and the agencies
						hazards.add(hazard);
					}
					return rows;
				});
				progress.worked(page.items().size());
				request = page.next();
			}
			Path partial = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".partial"); //$NON-NLS-1$ //$NON-NLS-2$
			try (OutputStream out = Files.newOutputStream(partial)) {
				new Ledger(ModelText.locale()).write(NLS.bind(Messages.ledger_title, today), hazards, out);
			} catch (IOException | RuntimeException e) {
				Files.deleteIfExists(partial);
				throw e;
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
			ILog.of(LedgerExport.class).info("Hazard ledger of " + hazards.size() + " hazards written to " + file); //$NON-NLS-1$ //$NON-NLS-2$
			return Status.info(NLS.bind(Messages.ledger_written, hazards.size(), file));
		} catch (IOException | StoreException e) {
			return Status.error(NLS.bind(Messages.ledger_failed, file, e.getMessage()), e);
		}
	}

	private LedgerExport() {
	}
}
