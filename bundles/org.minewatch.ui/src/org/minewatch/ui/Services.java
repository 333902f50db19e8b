package org.minewatch.ui;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The OSGi services the areas' add-ons hand to their parts, waited for in a background job, never on the UI thread. */
public final class Services {

	/** How long an add-on waits for a service to appear before it says the service is missing. */
	private static final long TIMEOUT_MILLIS = 30_000;

	/** The service, waiting for it to be registered; null when it is not there in time (its bundle broken or missing). */
	public static <T> T await(Class<T> type, Class<?> caller) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(caller).getBundleContext(), type, null);
		tracker.open();
		try {
			return tracker.waitForService(TIMEOUT_MILLIS);
		} finally {
			tracker.close();
		}
	}

	private Services() {
	}
}
