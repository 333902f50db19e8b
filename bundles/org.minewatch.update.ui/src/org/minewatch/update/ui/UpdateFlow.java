package org.minewatch.update.ui;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.core.MinewatchException;
import org.minewatch.update.UpdateSite;
import org.minewatch.update.Updates;
import org.minewatch.update.ui.internal.Messages;

/**
 * What Check for Updates and Install Provincial Plugins share: p2's work runs off the UI thread in a progress dialog
 * with a Cancel button; the licences are shown to accept; a change done asks to restart.
 */
final class UpdateFlow {

	private final Shell shell;

	UpdateFlow(Shell shell) {
		this.shell = shell;
	}

	/** The site set in Preferences; when none is, the person is told where to set it and null is returned. */
	URI site() {
		URI site = UpdateSite.get();
		if (site == null) {
			MessageDialog.openInformation(shell, Messages.update_title, Messages.update_noSite);
		}
		return site;
	}

	/** Runs {@code work} in a progress dialog (cancel allowed); null when cancelled or failed (the person was told). */
	<T> T withProgress(String title, Function<IProgressMonitor, T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		ProgressMonitorDialog dialog = new ProgressMonitorDialog(shell);
		try {
			dialog.run(true, true, monitor -> {
				monitor.setTaskName(title);
				result.set(work.apply(monitor));
			});
			return result.get();
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			String message = cause instanceof MinewatchException m ? m.getMessage() : String.valueOf(cause);
			ILog.of(UpdateFlow.class).warn("Update failed: " + message, cause); //$NON-NLS-1$
			MessageDialog.openError(shell, Messages.update_title, NLS.bind(Messages.update_failed, message));
			return null;
		} catch (InterruptedException e) {
			return null;
		}
	}

	/** Shows the licences of what will be installed; true when accepted (or there are none). */
	boolean licencesAccepted(Updates.Change change) {
		if (change.licences().isEmpty()) {
			return true;
		}
		MessageDialog dialog = new MessageDialog(shell, Messages.update_licenceTitle, null,
				Messages.update_licence + "\n\n" + String.join("\n\n", change.licences()), //$NON-NLS-1$ //$NON-NLS-2$
				MessageDialog.QUESTION, 0, Messages.update_accept, IDialogConstants.CANCEL_LABEL);
		return dialog.open() == 0;
	}

	/** Runs the resolved change with progress, then offers to restart. */
	void perform(Updates updates, Updates.Change change, IWorkbench workbench) {
		if (!licencesAccepted(change)) {
			return;
		}
		Updates.Outcome outcome = withProgress(Messages.update_installing, monitor -> updates.perform(change, monitor));
		if (outcome == null) {
			return;
		}
		if (!outcome.changed()) {
			MessageDialog.openError(shell, Messages.update_title, NLS.bind(Messages.update_notDone, outcome.message()));
			return;
		}
		if (MessageDialog.openQuestion(shell, Messages.update_title, Messages.update_restart)) {
			workbench.restart();
		}
	}
}
