package org.minewatch.app.addons;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.minewatch.app.internal.Messages;
import org.minewatch.core.ChainHead;
import org.minewatch.core.DesktopDatabase;
import org.minewatch.core.MinewatchException;
import org.minewatch.desk.DeskServices;
import org.minewatch.desk.ShellContract;

/**
 * Opens the store once the window is up: asks for the password of a shared database, then lets
 * {@link DeskServices} open the store in a background job (the first start creates the database and fills it with
 * the demo data, which takes seconds the window must not wait for) and hand the services to the parts. The status
 * line says when it is ready and who acts, or why not.
 */
public class StoreStartupAddon {

	/**
	 * Written to the log when the suite closes, followed by the audit chain head then: with the head at the next
	 * start, it shows whether the database was changed while no desktop had it open.
	 */
	public static final String CLOSING = "Minewatch closing, audit chain head "; //$NON-NLS-1$

	@Inject
	private IEventBroker events;

	@Inject
	private MApplication application;

	@Inject
	private UISynchronize ui;

	@Inject
	@Optional
	private DesktopDatabase database;

	@Inject
	@Optional
	private DeskServices desk;

	private boolean closing;

	/** Before any part is created: the services' places in the context, empty until the store is open. */
	@PostConstruct
	void attach() {
		if (desk != null) {
			desk.attach(application.getContext(), ui::asyncExec);
		}
	}

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) org.osgi.service.event.Event event) {
		if (desk == null || database == null) {
			events.post(ShellContract.STATUS_TOPIC, Messages.store_missing);
			ILog.of(StoreStartupAddon.class).error(Messages.store_missing);
			return;
		}
		if (database.needsPassword() && !askPassword()) {
			events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.store_failed, Messages.connection_title));
			return;
		}
		Job job = Job.create(Messages.store_opening, this::open);
		job.setSystem(false);
		job.schedule();
	}

	private boolean askPassword() {
		DesktopDatabase.Setting setting = database.setting();
		InputDialog ask = new InputDialog(Display.getCurrent().getActiveShell(), Messages.connection_title,
				NLS.bind(Messages.connection_password, setting.user(), setting.url()), "", null) { //$NON-NLS-1$
			@Override
			protected int getInputTextStyle() {
				return super.getInputTextStyle() | SWT.PASSWORD;
			}
		};
		if (ask.open() != Window.OK) {
			return false;
		}
		database.givePassword(ask.getValue().toCharArray());
		return true;
	}

	private IStatus open(IProgressMonitor monitor) {
		events.post(ShellContract.STATUS_TOPIC, Messages.store_opening);
		try {
			DeskServices.Opened opened = desk.open();
			events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.store_ready, opened.head().sequence()));
			events.post(ShellContract.STATUS_TOPIC, opened.acting().canWrite() ? NLS.bind(Messages.access_actingAs, opened.acting().actor().name())
					: Messages.access_readOnly);
			for (String problem : opened.problems()) {
				events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.startup_taskFailed, problem));
			}
			return Status.OK_STATUS;
		} catch (MinewatchException e) {
			// e.g. a database newer than this suite: say so and what to do; nothing was written
			return failed(e.getMessage(), e.logged(), e);
		} catch (RuntimeException e) {
			return failed(String.valueOf(e.getMessage()), e.toString(), e);
		}
	}

	private IStatus failed(String shown, String logged, RuntimeException e) {
		events.post(ShellContract.STATUS_TOPIC, NLS.bind(Messages.store_failed, shown));
		ILog.of(StoreStartupAddon.class).error(NLS.bind(Messages.store_failed, logged), e);
		return Status.error(NLS.bind(Messages.store_failed, shown), e);
	}

	@Inject
	@Optional
	void shutdownStarted(@UIEventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) org.osgi.service.event.Event event) {
		if (desk == null || closing) {
			return; // the workbench may announce its shutdown more than once
		}
		closing = true;
		// read off the UI thread, waited for briefly: the window is closing anyway
		Job job = Job.create(Messages.store_closing, monitor -> {
			try {
				java.util.Optional<ChainHead> head = desk.head();
				head.ifPresent(h -> ILog.of(StoreStartupAddon.class).info(CLOSING + h));
			} catch (RuntimeException e) {
				ILog.of(StoreStartupAddon.class).warn("Minewatch closing; the audit chain head cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		try {
			job.join(10_000, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
