package org.minewatch.bench;

import java.io.IOException;
import java.io.PrintStream;

import org.minewatch.admin.command.AdminCommand;
import org.minewatch.admin.command.Options;
import org.minewatch.core.StoreException;
import org.minewatch.demo.GeneratorInput;
import org.minewatch.demo.national.NationalScaleGenerator;
import org.minewatch.model.refdata.ReferenceData;
import org.osgi.service.component.annotations.Component;

/** {@code minewatch admin generate}: a national-scale data set for trials and benchmarks (docs/data-formats.md). */
@Component(service = AdminCommand.class)
public final class GenerateCommand implements AdminCommand {

	@Override
	public String name() {
		return "generate"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return "  generate --out DIR [--scale 1.0] [--seed 1]                             write a national-scale data set (100,000 mines at 1.0)\n"; //$NON-NLS-1$
	}

	@Override
	public int run(Options o, PrintStream out) {
		double scale = Double.parseDouble(o.optional("scale", "1.0")); //$NON-NLS-1$ //$NON-NLS-2$
		long seed = Long.parseLong(o.optional("seed", "1")); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			var counts = new NationalScaleGenerator(seed, scale, GeneratorInput.counties(ReferenceData.loadShipped())).generate(o.path("out")); //$NON-NLS-1$
			counts.forEach((file, rows) -> out.println(file + ": " + rows + " rows")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new StoreException("bench.notWritten", "cannot write the data set to " + o.path("out") + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		return 0;
	}
}
