package org.minewatch.admin;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.minewatch.admin.command.AdminCommand;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/** The headless administration commands, as an Equinox application: {@code minewatch admin <command> ...}. */
public class AdminApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws InvalidSyntaxException {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		BundleContext bundle = FrameworkUtil.getBundle(AdminApplication.class).getBundleContext();
		List<ServiceReference<AdminCommand>> references = new ArrayList<>(bundle.getServiceReferences(AdminCommand.class, null));
		List<AdminCommand> contributed = new ArrayList<>();
		try {
			references.forEach(reference -> contributed.add(bundle.getService(reference)));
			return new Commands(System.out, System.err, contributed).run(args == null ? new String[0] : args);
		} finally {
			references.forEach(bundle::ungetService);
		}
	}

	@Override
	public void stop() {
		// commands end by themselves; a running server is stopped with 'server stop'
	}
}
