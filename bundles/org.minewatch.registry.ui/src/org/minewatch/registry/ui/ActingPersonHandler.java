package org.minewatch.registry.ui;

import jakarta.inject.Named;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.Acting;
import org.minewatch.desk.DeskServices;
import org.minewatch.desk.ShellContract;
import org.minewatch.registry.Registry;
import org.minewatch.registry.Registry.Official;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.editors.PickDialog;

/**
 * File > Acting Person: picks, from the agencies' officials, who acts at this desktop from now on
 * (every save records them), and keeps the choice for the next starts. Until people sign in.
 */
public class ActingPersonHandler {

	@CanExecute
	public boolean canExecute(@Optional Registry registry, @Optional Acting acting, @Optional DeskServices desk) {
		return registry != null && acting != null && desk != null;
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Registry registry, Acting acting, DeskServices desk, IEventBroker events) {
		PickDialog<Official> dialog = new PickDialog<>(shell, Messages.acting_title, filter -> registry.officials(acting.actor(), filter, 100),
				official -> NLS.bind(Messages.acting_official, official.name(), official.agencyName()));
		if (dialog.open() != Window.OK || dialog.picked() == null) {
			return;
		}
		String personId = dialog.picked().personId();
		Job job = Job.create(Messages.acting_title, monitor -> {
			try {
				Acting now = desk.actAs(personId);
				events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.access_actingAs, now.actor().name()));
				return Status.OK_STATUS;
			} catch (MinewatchException e) {
				ILog.of(ActingPersonHandler.class).warn("The acting person was not changed: " + e.logged()); //$NON-NLS-1$
				events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.acting_failed, e.getMessage()));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}
}
