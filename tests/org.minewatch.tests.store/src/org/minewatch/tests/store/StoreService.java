package org.minewatch.tests.store;

import org.minewatch.store.JdbcStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/** The desktop's Store service (a Declarative Services component) in tests that get it from the framework. */
public final class StoreService {

	private static final String COMPONENT = "org.minewatch.store.EmbeddedStoreComponent"; //$NON-NLS-1$

	/**
	 * Deactivates the store component, closing its database, and enables it again for the next test: without this
	 * the database stays open while the test's folder is deleted, and Derby's background writes can race that.
	 */
	public static void close(BundleContext context) throws Exception {
		var reference = context.getServiceReference(ServiceComponentRuntime.class);
		var runtime = context.getService(reference);
		try {
			var description = runtime.getComponentDescriptionDTO(FrameworkUtil.getBundle(JdbcStore.class), COMPONENT);
			runtime.disableComponent(description).getValue();
			runtime.enableComponent(description).getValue();
		} finally {
			context.ungetService(reference);
		}
	}

	private StoreService() {
	}
}
