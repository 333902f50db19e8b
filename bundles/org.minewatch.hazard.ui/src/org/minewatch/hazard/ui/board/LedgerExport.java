package org.minewatch.hazard.ui.board;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.Progress;
import org.minewatch.hazard.BoardFilter;
import org.minewatch.hazard.HazardService;
import org.minewatch.hazard.ui.internal.Messages;
import org.minewatch.ui.ModelText;

/**
 * Exports the ledger (隐患台账) of the hazards the board shows, in its order, to an XLSX file the person names,
 * in a background job that can be cancelled; the hazard service writes it whole or not at all.
 */
final class LedgerExport {

	static void start(Shell shell, HazardService hazards, Actor actor, BoardFilter filter, LocalDate today, Consumer<String> status) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.ledger_dialogTitle);
		dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
		dialog.setFileName(NLS.bind(Messages.ledger_fileName, today));
		dialog.setFilterPath(System.getProperty("user.home")); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			schedule(hazards, actor, filter, today, Path.of(chosen.endsWith(".xlsx") ? chosen : chosen + ".xlsx"), status); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Writes the ledger to {@code file} in a job; {@code status} hears how many hazards it holds, or why it failed. */
	static Job schedule(HazardService hazards, Actor actor, BoardFilter filter, LocalDate today, Path file, Consumer<String> status) {
		Job job = Job.create(NLS.bind(Messages.ledger_job, file.getFileName()), monitor -> {
			IStatus result = write(hazards, actor, filter, today, file, monitor);
			if (result.getSeverity() != IStatus.CANCEL) {
				status.accept(result.getMessage());
			}
			return result;
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static IStatus write(HazardService hazards, Actor actor, BoardFilter filter, LocalDate today, Path file, IProgressMonitor monitor) {
		try {
			int written = hazards.exportLedger(actor, ModelText.locale(), filter, file, progress(monitor));
			if (written < 0) {
				return Status.CANCEL_STATUS;
			}
			ILog.of(LedgerExport.class).info("Hazard ledger of " + written + " hazards written to " + file); //$NON-NLS-1$ //$NON-NLS-2$
			return Status.info(NLS.bind(Messages.ledger_written, written, file));
		} catch (IOException e) {
			return Status.error(NLS.bind(Messages.ledger_failed, file, e.getMessage()), e);
		} catch (MinewatchException e) {
			ILog.of(LedgerExport.class).warn("Hazard ledger not written: " + e.logged()); //$NON-NLS-1$
			return Status.error(NLS.bind(Messages.ledger_failed, file, e.getMessage()), e);
		}
	}

	/** The job's monitor as the service's progress. */
	private static Progress progress(IProgressMonitor monitor) {
		SubMonitor[] sub = { SubMonitor.convert(monitor) };
		return new Progress() {
			@Override
			public void begin(long total) {
				sub[0] = SubMonitor.convert(monitor, (int) Math.min(Integer.MAX_VALUE, total + 1));
			}

			@Override
			public void worked(int units) {
				sub[0].worked(units);
			}

			@Override
			public boolean cancelled() {
				return monitor.isCanceled();
			}
		};
	}

	private LedgerExport() {
	}
}
