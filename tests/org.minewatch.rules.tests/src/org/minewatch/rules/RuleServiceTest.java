package org.minewatch.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.ChainHead;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.model.registry.Mine;
import org.minewatch.tests.store.DemoStore;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The service as the desktop runs it: it finds the rulebooks of the installed provincial plugins by their manifests;
 * a plugin installed later with a malformed rulebook is reported and disabled while the others run on; over the demo
 * database the rules find what they should, and the database is not written to.
 */
class RuleServiceTest {

	@TempDir
	Path folder;

	private static BundleContext context() {
		return FrameworkUtil.getBundle(RuleServiceTest.class).getBundleContext();
	}

	@Test
	void findsTheInstalledPluginsRulebooksAndDisablesOneWithAMalformedRulebook() throws Exception {
		try (DemoStore demo = DemoStore.open(folder)) {
			RuleService service = new RuleService(demo.store(), context());
			try {
				assertEquals(List.of("org.minewatch.province.heilongjiang", "org.minewatch.province.innermongolia", "org.minewatch.province.shanxi"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						service.rulebooks().stream().map(Rulebook::plugin).toList());
				assertEquals(List.of(), service.problems());
				assertEquals(8, service.workflow("150000", "REGULATORY_INVESTIGATION").size()); //$NON-NLS-1$ //$NON-NLS-2$
				assertEquals("总结归档", service.workflow("150000", "REGULATORY_INVESTIGATION").get(7).nameZh()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

				Bundle broken = context().installBundle(folder.resolve("broken.jar").toUri().toString(), //$NON-NLS-1$
						Files.newInputStream(plugin("org.example.province.broken", """
								rulebook = broken
								province = 140000
								official = false

								[rule broken.one]
								for = area
								kinds = UNDERGROUND_COAL
								severity = BREACH
								basis = test
								message.zh = 坏
								message.en = broken
								when = area.plannedYaer != today.year
								""")));
				try {
					broken.start();
					waitFor(() -> !service.problems().isEmpty());
					Problem problem = service.problems().get(0);
					assertEquals("org.example.province.broken", problem.plugin()); //$NON-NLS-1$
					assertEquals("rules/broken.rulebook", problem.file()); //$NON-NLS-1$
					assertEquals(12, problem.line());
					assertEquals("broken.one.when", problem.field()); //$NON-NLS-1$
					assertEquals(3, service.rulebooks().size(), "the broken plugin is left out, the others run on"); //$NON-NLS-1$
				} finally {
					broken.uninstall();
				}
				waitFor(() -> service.problems().isEmpty());
			} finally {
				service.deactivate();
			}
		}
	}

	@Test
	void overTheDemoDatabaseTheRulesFindWhatTheyShouldAndWriteNothing() {
		try (DemoStore demo = DemoStore.open(folder)) {
			RuleService service = new RuleService(demo.store(), context());
			try {
				ChainHead before = demo.store().head();
				Map<Severity, Long> counts = service.counts(demo.official());
				assertTrue(counts.get(Severity.STOP_AND_RECTIFY) > 0, "Shanxi faces worked outside this year's plan: " + counts); //$NON-NLS-1$
				assertTrue(counts.get(Severity.NOTICE) > 0, "Inner Mongolia's key mines: " + counts); //$NON-NLS-1$

				// the counts are the sum of each mine's findings
				List<Mine> shanxi = demo.store().read(demo.official(),
						s -> s.query(Query.of(Mine.class).where("province", "140000"), PageRequest.first(1000)).items()); //$NON-NLS-1$ //$NON-NLS-2$
				long stops = 0;
				for (Mine mine : shanxi) {
					List<Finding> findings = service.findings(demo.official(), mine.getId());
					findings.forEach(f -> assertTrue(f.ruleId().startsWith("shanxi."), f.ruleId())); //$NON-NLS-1$
					stops += findings.stream().filter(f -> f.severity() == Severity.STOP_AND_RECTIFY).count();
				}
				assertEquals(counts.get(Severity.STOP_AND_RECTIFY).longValue(), stops);
				assertEquals(before, demo.store().head(), "nothing written"); //$NON-NLS-1$
				assertEquals(List.of(), service.problems());
			} finally {
				service.deactivate();
			}
		}
	}

	/** A plugin's jar: a manifest naming its rulebook, and the rulebook. */
	private Path plugin(String name, String rulebook) throws Exception {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0"); //$NON-NLS-1$
		main.putValue("Bundle-ManifestVersion", "2"); //$NON-NLS-1$ //$NON-NLS-2$
		main.putValue("Bundle-SymbolicName", name); //$NON-NLS-1$
		main.putValue("Bundle-Version", "1.0.0"); //$NON-NLS-1$ //$NON-NLS-2$
		main.putValue(Rulebook.HEADER, "rules/broken.rulebook"); //$NON-NLS-1$
		Path jar = folder.resolve(name + ".jar"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
			zip.putNextEntry(new JarEntry("rules/broken.rulebook")); //$NON-NLS-1$
			zip.write(rulebook.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return jar;
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + 10_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("not within 10 s"); //$NON-NLS-1$
			}
			Thread.sleep(20);
		}
	}
}
