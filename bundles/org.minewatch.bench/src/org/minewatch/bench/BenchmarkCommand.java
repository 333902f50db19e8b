package org.minewatch.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.sql.SQLException;

import org.minewatch.admin.command.AdminCommand;
import org.minewatch.admin.command.Options;
import org.minewatch.core.StoreException;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.time.Zones;
import org.minewatch.registry.Registry;
import org.minewatch.store.JdbcStore;
import org.osgi.service.component.annotations.Component;

/**
 * {@code minewatch admin benchmark}: the import against plain JDBC and p95 latencies of the registry's and the
 * navigator's queries on a generated data set, or the latencies alone on a filled database (docs/performance.md).
 */
@Component(service = AdminCommand.class)
public final class BenchmarkCommand implements AdminCommand {

	@Override
	public String name() {
		return "benchmark"; //$NON-NLS-1$
	}

	@Override
	public String usage() {
		return """
				  benchmark --work DIR --out FILE [--scale 0.01] [--batch 1000] [--plain false]
				                                                                        import rate against plain JDBC (unless --plain false),
				                                                                        p95 latencies of the registry's and the navigator's queries
				  benchmark --database DIR --out FILE                                     the query latencies alone, on a filled database
				"""; //$NON-NLS-1$
	}

	@Override
	public int run(Options o, PrintStream out) {
		ReferenceData reference = ReferenceData.loadShipped();
		try {
			var figures = o.has("database") //$NON-NLS-1$
					? queries(o, reference)
					: Benchmark.run(Double.parseDouble(o.optional("scale", "0.01")), o.integer("batch", 1000), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							!"false".equals(o.optional("plain", "true")), o.path("work"), reference, Zones.systemClock(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							store -> withSchedule(store, NavigatorBenchmark.run(store, new Registry(store), Benchmark::p95)), out::println);
			Benchmark.write(figures, o.path("out")); //$NON-NLS-1$
			figures.forEach((name, value) -> out.println(name + " = " + value)); //$NON-NLS-1$
			out.println("figures written to " + o.path("out").toAbsolutePath()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | SQLException e) {
			throw new StoreException("bench.failed", "the benchmark failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return 0;
	}

	/** The queries alone, on a database filled before (a finished benchmark's work/imported, a bureau's copy). */
	private static java.util.Map<String, String> queries(Options o, ReferenceData reference) {
		try (JdbcStore store = JdbcStore.open(o.path("database"), reference, Zones.systemClock())) { //$NON-NLS-1$
			return Benchmark.queries(store, s -> withSchedule(s, NavigatorBenchmark.run(s, new Registry(s), Benchmark::p95)));
		}
	}

	/** The navigator's figures and then the scheduling figures. */
	private static java.util.Map<String, String> withSchedule(org.minewatch.core.Store store, java.util.Map<String, String> navigator) {
		java.util.Map<String, String> figures = new java.util.LinkedHashMap<>(navigator);
		figures.putAll(ScheduleBenchmark.run(store));
		return figures;
	}
}
