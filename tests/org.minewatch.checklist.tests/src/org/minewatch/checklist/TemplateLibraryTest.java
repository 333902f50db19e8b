package org.minewatch.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.checklist.TemplateLibrary.Offer;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.registry.MineKind;
import org.minewatch.tests.store.DemoStore;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Templates on offer and installed: the starters, a province's templates contributed as a plugin would (a
 * TemplateSource service reading its data folder; here the test's), a broken source reported and left out,
 * installing twice adding nothing, and a newer edition installed beside the older one.
 */
class TemplateLibraryTest {

	@TempDir
	static Path temp;
	private static DemoStore demo;

	@BeforeAll
	static void seed() {
		demo = DemoStore.open(temp);
	}

	@AfterAll
	static void close() {
		demo.close();
	}

	/** A province plugin's source: its bundle's data folder (here the test fragment's). */
	private static TemplateSource folder(String path) {
		return reference -> TemplateFolders.load(TemplateFolders.in(FrameworkUtil.getBundle(TemplateLibraryTest.class), path), reference);
	}

	@Test
	void aTemplateSourceServiceAPluginRegistersIsOnOfferBesideTheStarters() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(TemplateLibrary.class).getBundleContext();
		System.setProperty("minewatch.database", temp.resolve("ds-db").toString()); // the Store service the library needs
		ServiceRegistration<TemplateSource> provinceService = context.registerService(TemplateSource.class, folder("data/province-checklists/"), null);
		ServiceTracker<TemplateLibrary, TemplateLibrary> tracker = new ServiceTracker<>(context, TemplateLibrary.class, null);
		tracker.open();
		try {
			TemplateLibrary library = tracker.waitForService(60_000);
			Offer offer = library.available(org.minewatch.model.refdata.ReferenceData.loadShipped());
			assertEquals(List.of(), offer.problems());
			assertEquals(2, offer.templates().stream().filter(t -> t.getOrigin() == TemplateOrigin.PROVINCE).count(), "the plugin's two editions");
			assertEquals(MineKind.VALUES.size() + 1, offer.templates().stream().filter(ChecklistTemplate::isStarter).count(),
					"the suite's starters: one per mine kind and the enterprise one");
			provinceService.unregister();
			provinceService = null;
			assertEquals(0, library.available(org.minewatch.model.refdata.ReferenceData.loadShipped()).templates().stream()
					.filter(t -> t.getOrigin() == TemplateOrigin.PROVINCE).count(), "gone with the plugin");
		} finally {
			tracker.close();
			if (provinceService != null) {
				provinceService.unregister();
			}
			org.minewatch.tests.store.StoreService.close(context);
			System.clearProperty("minewatch.database");
		}
	}

	@Test
	void aProvincesTemplatesAreInstalledBesideTheStartersOnceAndABrokenSourceIsReported() {
		TemplateLibrary library = new TemplateLibrary(demo.store());
		library.addSource(new StarterTemplates());
		library.addSource(folder("data/province-checklists/"));
		library.addSource(folder("data/no-such-folder/"));
		{
			Offer installed = library.install(demo.official());
			assertEquals(MineKind.VALUES.size() + 1 + 2, installed.templates().size(), "five starters and two editions of the province's template");
			assertEquals(1, installed.problems().size());
			assertTrue(installed.problems().get(0).contains("no-such-folder"), installed.problems().get(0));

			assertEquals(List.of(), library.install(demo.official()).templates(), "installing again adds nothing");

			List<ChecklistTemplate> coal = library.forKind(demo.official(), MineKind.UNDERGROUND_COAL);
			List<ChecklistTemplate> shanxi = coal.stream().filter(t -> t.getOrigin() == TemplateOrigin.PROVINCE).toList();
			assertEquals(List.of("2022", "2021"), shanxi.stream().map(ChecklistTemplate::getEdition).toList(), "the newest edition first, the older one kept");
			assertEquals(11, shanxi.get(0).getSections().stream().mapToInt(s -> s.getItems().size()).sum());
			assertTrue(coal.stream().anyMatch(ChecklistTemplate::isStarter));
		}
	}

	@Test
	void theStartupTaskStoresWhatTheSourcesOfferOnceAndNamesABrokenSource() {
		try (org.minewatch.store.JdbcStore empty = org.minewatch.tests.store.DemoStore.openEmpty(temp.resolve("installer"))) {
			TemplateLibrary library = new TemplateLibrary(empty);
			library.addSource(new StarterTemplates());
			TemplateInstaller installer = new TemplateInstaller(library);
			org.minewatch.core.Actor actor = new org.minewatch.core.Actor("installer", "测试", "agency");
			empty.write(actor, s -> { // the bureau whose person acts: every record belongs to an agency
				org.minewatch.model.jurisdiction.Agency bureau = org.minewatch.model.jurisdiction.JurisdictionFactory.eINSTANCE.createAgency();
				bureau.setId("agency");
				bureau.setOwner(bureau); // the first agency owns itself
				return s.create(bureau);
			});
			int offered = library.available(org.minewatch.model.refdata.ReferenceData.loadShipped()).templates().size();
			assertEquals("template editions added: " + offered, installer.run(actor));
			assertEquals("template editions added: 0", installer.run(actor), "a second start adds nothing");
			library.addSource(folder("data/no-such-folder/"));
			org.minewatch.core.MinewatchException refused = org.junit.jupiter.api.Assertions.assertThrows(org.minewatch.core.MinewatchException.class,
					() -> installer.run(actor));
			assertEquals("checklist.sourceFailed", refused.code());
			assertTrue(refused.getMessage().contains("no-such-folder"), refused.getMessage());
			assertFalse(installer.name().isBlank(), "named for the status line");
		}
	}

	@Test
	void aProvinceStartsItsOwnEditionOfAStarterUnderNewIdsAndTheStarterStays() {
		TemplateLibrary library = new TemplateLibrary(demo.store());
		library.addSource(new StarterTemplates());
		library.install(demo.official());
		ChecklistTemplate starter = library.forKind(demo.official(), MineKind.TAILINGS_POND).stream().filter(ChecklistTemplate::isStarter).findFirst().orElseThrow();

		ChecklistTemplate own = library.newEdition(demo.official(), starter.getId(), "河北省 2022", TemplateOrigin.PROVINCE, java.time.LocalDate.of(2022, 1, 1));

		assertEquals(starter.getName(), own.getName());
		assertEquals(TemplateOrigin.PROVINCE, own.getOrigin());
		assertEquals(starter.getId(), own.getSupersedes().getId());
		assertTrue(!own.isStarter());
		assertTrue(own.getSections().stream().flatMap(s -> s.getItems().stream()).allMatch(i -> i.getId().startsWith(own.getId() + "/")), "the items have ids of their own");
		assertEquals(starter.getSections().stream().mapToInt(s -> s.getItems().size()).sum(), own.getSections().stream().mapToInt(s -> s.getItems().size()).sum());
		List<ChecklistTemplate> tailings = library.forKind(demo.official(), MineKind.TAILINGS_POND);
		assertEquals(List.of("河北省 2022", starter.getEdition()), tailings.stream().map(ChecklistTemplate::getEdition).toList(), "the new edition first, the starter kept");
		InspectionException twice = org.junit.jupiter.api.Assertions.assertThrows(InspectionException.class,
				() -> library.newEdition(demo.official(), starter.getId(), "河北省 2022", TemplateOrigin.PROVINCE, null));
		assertTrue(twice.getMessage().contains("already has an edition"), twice.getMessage());

		ChecklistTemplate unsaid = library.newEdition(demo.official(), starter.getId(), "本局 2022", null, null);
		assertEquals(TemplateOrigin.PROVINCE, unsaid.getOrigin(), "a starter's new edition is not the suite's: whoever edits it issues it");
		assertEquals(java.time.LocalDate.now(demo.store().clock()), unsaid.getValidFrom(), "valid from today unless said");
	}
}
