package org.minewatch.rules;

import java.io.PrintStream;

import org.minewatch.admin.command.AdminCommand;
import org.minewatch.admin.command.Options;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * {@code minewatch admin rules}: the provincial plugins' rulebooks this installation finds (plugin, name, province,
 * rules evaluated and pending, workflow steps) and every plugin disabled with why; exit 1 when one is. Reads the
 * installed bundles only, never a database.
 */
@Component(service = AdminCommand.class)
public final class RulesCommand implements AdminCommand {

	@Override
	public String name() {
		return "rules"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "  rules                                                                   list the provincial plugins' rulebooks and any plugin disabled\n"; //$NON-NLS-1$
	}

	@Override
	public int run(Options options, PrintStream out) {
		RuleService service = new RuleService(null, FrameworkUtil.getBundle(RulesCommand.class).getBundleContext());
		try {
			for (Rulebook book : service.rulebooks()) {
				long pending = book.rules().stream().filter(Rule::isPending).count();
				out.println(Texts.format("command.rulebook", book.plugin(), book.name(), book.province(), book.rules().size() - pending, pending, //$NON-NLS-1$
						book.steps().size()));
			}
			for (Problem problem : service.problems()) {
				out.println(Texts.format("command.disabled", problem.describe())); //$NON-NLS-1$
			}
			return service.problems().isEmpty() ? 0 : 1;
		} finally {
			service.deactivate();
		}
	}
}
