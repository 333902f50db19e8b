package org.minewatch.admin;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless administration commands, as an Equinox application: {@code minewatch admin <command> ...}. */
public class AdminApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return new Commands(System.out, System.err).run(args == null ? new String[0] : args);
	}

	@Override
	public void stop() {
		// commands end by themselves; a running server is stopped with 'server stop'
	}
}
