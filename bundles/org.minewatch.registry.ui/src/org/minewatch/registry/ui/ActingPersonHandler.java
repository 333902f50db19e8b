package org.minewatch.registry.ui;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.minewatch.app.api.ShellContract;
import org.minewatch.core.Actor;
import org.minewatch.core.IndexRow;
import org.minewatch.core.PageRequest;
import org.minewatch.core.StoreException;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.time.Zones;
import org.minewatch.ui.editors.PickDialog;
import org.minewatch.registry.ui.internal.Messages;
import org.minewatch.ui.RegistryAccess;

/**
 * File > Acting Person: picks, from the agencies' officials, who acts at this desktop from now on
 * (every save records them), and keeps the choice for the next starts. Until accounts exist.
 */
public class ActingPersonHandler {

	/** An official as the list shows them: many share a name, so the agency is named too. */
	record Official(String personId, String label) {
	}

	private static List<Official> officials(RegistryAccess access, String filter) {
		List<IndexRow> rows = access.registry().officials(access.actor(), filter, PageRequest.first(100)).items();
		LocalDate today = LocalDate.now(access.registry().store().clock().withZone(Zones.CHINA));
		Map<String, String> agencies = new HashMap<>();
		return rows.stream().map(row -> {
			String agency = agencies.computeIfAbsent(row.text("agency"), //$NON-NLS-1$
					id -> id == null ? "" : access.registry().find(access.actor(), Agency.class, id).map(a -> a.nameOn(today)).orElse(id)); //$NON-NLS-1$
			return new Official(row.id(), NLS.bind(Messages.acting_official, row.text("name"), agency)); //$NON-NLS-1$
		}).toList();
	}

	@CanExecute
	public boolean canExecute(@Optional RegistryAccess access) {
		return access != null;
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, RegistryAccess access, MApplication application, IEventBroker events) {
		PickDialog<Official> dialog = new PickDialog<>(shell, Messages.acting_title, filter -> officials(access, filter), Official::label);
		if (dialog.open() != Window.OK || dialog.picked() == null) {
			return;
		}
		String personId = dialog.picked().personId();
		Job job = Job.create(Messages.acting_title, monitor -> {
			try {
				Actor actor = access.registry().actor(ActingPerson.READER, personId);
				ActingPerson.choose(personId);
				shell.getDisplay().asyncExec(() -> application.getContext().set(RegistryAccess.class, new RegistryAccess(access.registry(), actor, true)));
				events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.access_actingAs, actor.name()));
				return Status.OK_STATUS;
			} catch (StoreException e) {
				events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.acting_failed, e.getMessage()));
				return Status.warning(e.getMessage(), e);
			}
		});
		job.schedule();
	}
}
