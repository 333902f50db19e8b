package org.minewatch.app.addons;

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
import org.minewatch.app.api.StoreReady;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.util.NLS;
import org.minewatch.app.internal.Messages;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.minewatch.app.parts.StatusLine;
import org.minewatch.store.connection.DesktopConnection;
import org.minewatch.core.ChainHead;
import org.minewatch.core.Store;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Opens the store once the window is up, in a background job: the first start creates the
 * database in the person's data area and fills it with the demo data, which takes seconds the
 * window must not wait for. The status line says when it is ready, or why it is not; then
 * {@link StoreReady} is set in the application's context for the parts that wait for it.
 */
public class StoreStartupAddon {

	/** Written to the log when the store is open, followed by the audit chain head (sequence:hash). */
	public static final String READY = "Minewatch database ready, audit chain head "; //$NON-NLS-1$
	/**
	 * Written to the log when the suite closes, followed by the audit chain head then: with the head at the next
	 * start, it shows whether the database was changed while no desktop had it open.
	 */
	public static final String CLOSING = "Minewatch closing, audit chain head "; //$NON-NLS-1$

	private volatile Store opened;

	@Inject
	private IEventBroker events;

	@Inject
	private MApplication application;

	@Inject
	private UISynchronize ui;

	@Inject
	@Optional
	void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) org.osgi.service.event.Event event) {
		DesktopConnection connection = DesktopConnection.load();
		if (connection.isShared() && DesktopConnection.password() == null) {
			InputDialog ask = new InputDialog(Display.getCurrent().getActiveShell(), Messages.connection_title,
					NLS.bind(Messages.connection_password, connection.user(), connection.url()), "", null) { //$NON-NLS-1$
				@Override
				protected int getInputTextStyle() {
					return super.getInputTextStyle() | SWT.PASSWORD;
				}
			};
			if (ask.open() != Window.OK) {
				events.post(StatusLine.TOPIC_MESSAGE, NLS.bind(Messages.store_failed, Messages.connection_title));
				return;
			}
			DesktopConnection.usePassword(ask.getValue());
		}
		Job job = Job.create(Messages.store_opening, this::open);
		job.setSystem(false);
		job.schedule();
	}

	@Inject
	@Optional
	void shutdownStarted(@UIEventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) org.osgi.service.event.Event event) {
		Store store = opened;
		if (store != null) {
			try {
				ILog.of(StoreStartupAddon.class).info(CLOSING + store.head());
			} catch (RuntimeException e) {
				ILog.of(StoreStartupAddon.class).warn("Minewatch closing; the audit chain head cannot be read: " + e.getMessage(), e); //$NON-NLS-1$
			}
		}
	}

	private IStatus open(IProgressMonitor monitor) {
		events.post(StatusLine.TOPIC_MESSAGE, Messages.store_opening);
		BundleContext context = FrameworkUtil.getBundle(StoreStartupAddon.class).getBundleContext();
		ServiceTracker<Store, Store> tracker = new ServiceTracker<>(context, Store.class, null);
		tracker.open();
		try {
			Store store = tracker.waitForService(60_000);
			if (store == null) {
				events.post(StatusLine.TOPIC_MESSAGE, Messages.store_missing);
				return Status.error(Messages.store_missing);
			}
			ChainHead head = store.head();
			events.post(StatusLine.TOPIC_MESSAGE, NLS.bind(Messages.store_ready, head.sequence()));
			ILog.of(StoreStartupAddon.class).info(READY + head);
			opened = store;
			ui.asyncExec(() -> application.getContext().set(StoreReady.class, new StoreReady(store)));
			return Status.OK_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			// e.g. a database newer than this suite: say so and what to do; nothing was written
			String message = NLS.bind(Messages.store_failed, e.getMessage());
			events.post(StatusLine.TOPIC_MESSAGE, message);
			ILog.of(StoreStartupAddon.class).error(message, e);
			return Status.error(message, e);
		} finally {
			tracker.close();
		}
	}
}
