package org.minewatch.update;

import java.io.PrintStream;
import java.net.URI;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.minewatch.admin.command.AdminCommand;
import org.minewatch.admin.command.Options;
import org.osgi.service.component.annotations.Component;

/**
 * {@code minewatch admin installed | update | install <feature> | rollback | site}: an unattended desktop's updates,
 * through the same {@link Updates} the desktop's Help menu uses. The site is {@code --site}, else the one set.
 */
public final class UpdateCommands {

	static URI site(Options options) {
		if (options.has("site")) { //$NON-NLS-1$
			return UpdateSite.parse(options.required("site")); //$NON-NLS-1$
		}
		URI site = UpdateSite.get();
		if (site == null) {
			throw new Options.UsageException(Texts.format("update.noSite")); //$NON-NLS-1$
		}
		return site;
	}

	/** {@code admin installed}: the installed features with their versions. */
	@Component(service = AdminCommand.class)
	public static final class Installed implements AdminCommand {
		@Override
		public String name() {
			return "installed"; //$NON-NLS-1$
		}

		@Override
		public String usage() {
			return "  installed                                                               list what is installed, with versions\n"; //$NON-NLS-1$
		}

		@Override
		public int run(Options options, PrintStream out) {
			for (Updates.Unit unit : Updates.running().installed()) {
				out.println(unit.id() + " " + unit.version() + "  " + unit.name()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return 0;
		}
	}

	/** {@code admin update [--site URI]}: everything installed to the newest the site has. */
	@Component(service = AdminCommand.class)
	public static final class Update implements AdminCommand {
		@Override
		public String name() {
			return "update"; //$NON-NLS-1$
		}

		@Override
		public String usage() {
			return "  update [--site URI]                                                     update everything installed from the update site\n"; //$NON-NLS-1$
		}

		@Override
		public int run(Options options, PrintStream out) {
			Updates updates = Updates.running();
			Updates.Change change = updates.update(site(options), new NullProgressMonitor());
			if (change.nothingToUpdate()) {
				out.println(Texts.format("update.nothing")); //$NON-NLS-1$
				return 0;
			}
			return report(updates.perform(change, new NullProgressMonitor()), out);
		}
	}

	/** {@code admin install <feature> [--site URI]}: a feature (a provincial plugin) from the update site. */
	@Component(service = AdminCommand.class)
	public static final class Install implements AdminCommand {
		@Override
		public String name() {
			return "install"; //$NON-NLS-1$
		}

		@Override
		public String usage() {
			return "  install <feature> [--site URI]                                          install a feature (a provincial plugin) from the update site\n"; //$NON-NLS-1$
		}

		@Override
		public int run(Options options, PrintStream out) {
			Updates updates = Updates.running();
			Updates.Change change = updates.install(site(options), options.argument("feature"), new NullProgressMonitor()); //$NON-NLS-1$
			return report(updates.perform(change, new NullProgressMonitor()), out);
		}
	}

	/** {@code admin rollback}: back to the installation's state before the last change. */
	@Component(service = AdminCommand.class)
	public static final class Rollback implements AdminCommand {
		@Override
		public String name() {
			return "rollback"; //$NON-NLS-1$
		}

		@Override
		public String usage() {
			return "  rollback                                                                return to the installation before its last change\n"; //$NON-NLS-1$
		}

		@Override
		public int run(Options options, PrintStream out) {
			return report(Updates.running().rollback(new NullProgressMonitor()), out);
		}
	}

	/** {@code admin site [--set URI]}: the update site this installation uses. */
	@Component(service = AdminCommand.class)
	public static final class Site implements AdminCommand {
		@Override
		public String name() {
			return "site"; //$NON-NLS-1$
		}

		@Override
		public String usage() {
			return "  site [--set URI]                                                        show or set the update site\n"; //$NON-NLS-1$
		}

		@Override
		public int run(Options options, PrintStream out) {
			URI site = options.has("set") ? UpdateSite.set(options.required("set")) : UpdateSite.get(); //$NON-NLS-1$ //$NON-NLS-2$
			out.println(site == null ? Texts.format("update.noSite") : site.toString()); //$NON-NLS-1$
			return site == null ? 1 : 0;
		}
	}

	static int report(Updates.Outcome outcome, PrintStream out) {
		out.println(outcome.changed() ? Texts.format("update.done", outcome.message()) : Texts.format("update.notDone", outcome.message())); //$NON-NLS-1$ //$NON-NLS-2$
		return outcome.changed() ? 0 : 1;
	}

	private UpdateCommands() {
	}
}
