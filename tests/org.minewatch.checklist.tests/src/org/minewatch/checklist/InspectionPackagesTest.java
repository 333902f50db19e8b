package org.minewatch.checklist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.checklist.InspectionPackages.Imported;
import org.minewatch.checklist.InspectionService.Member;
import org.minewatch.core.RecordDocument;
import org.minewatch.core.RecordDocument.Received;
import org.minewatch.core.Store;
import org.minewatch.core.exchange.ExchangeException;
import org.minewatch.hazard.HazardService;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardFactory;
import org.minewatch.model.hazard.HazardGrade;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.InspectionFactory;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.inspection.InspectionKind;
import org.minewatch.model.inspection.InspectionStatus;
import org.minewatch.model.inspection.ItemOutcome;
import org.minewatch.model.inspection.ItemResult;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.MineKind;
import org.minewatch.store.JdbcStore;
import org.minewatch.tests.store.DemoStore;

/**
 * Offline field work: the bureau exports a planned inspection, an inspector's empty laptop store imports it, the
 * inspection is worked through there (a hazard, one fixed on the spot with a photo) and the result comes back by
 * UUID, equal to what the laptop holds; importing it twice changes nothing; a tampered or truncated package is
 * refused with the reason and imports nothing.
 */
class InspectionPackagesTest {

	@TempDir
	static Path temp;
	private static DemoStore bureau;
	private static JdbcStore laptop;
	private static Path result;
	private static String inspectionId;
	private static final byte[] PHOTO = "JPEG 现场照片".getBytes(StandardCharsets.UTF_8);

	@BeforeAll
	static void fieldWork() throws IOException {
		bureau = DemoStore.open(temp.resolve("bureau"));
		TemplateLibrary library = new TemplateLibrary(bureau.store());
		library.addSource(new StarterTemplates());
		library.install(bureau.official());
		Mine mine = bureau.data().mines.stream().filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL).findFirst().orElseThrow();
		ChecklistTemplate template = library.forKind(bureau.official(), MineKind.UNDERGROUND_COAL).get(0);
		Inspection planned = service(bureau.store()).plan(bureau.official(), InspectionKind.REGULATORY_INVESTIGATION, mine.getId(), template.getId(),
				LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 2), List.of(new Member(bureau.official().personId(), "VENTILATION", true)));
		inspectionId = planned.getId();
		Path outgoing = temp.resolve("planned.zip");
		new InspectionPackages(bureau.store()).export(bureau.official(), inspectionId, outgoing);

		laptop = DemoStore.openEmpty(temp.resolve("laptop"));
		Imported arrived = new InspectionPackages(laptop).importPackage(bureau.official(), outgoing);
		assertEquals(Received.ADDED, arrived.inspection());
		assertEquals(0, arrived.count(Received.UPDATED) + arrived.count(Received.UNCHANGED), "the laptop held nothing");
		assertTrue(arrived.count(Received.ADDED) > 4, "the inspection with its mine, template, people and agencies: " + arrived.outcomes());

		InspectionService onLaptop = service(laptop);
		List<ItemResult> results = planned.getResults();
		onLaptop.answer(bureau.official(), Locale.CHINA, inspectionId, results.get(0).getId(),
				Answer.hazard("回风巷瓦斯传感器吊挂位置不当", null, "1302回风巷", HazardGrade.GENERAL, null));
		Attachment photo = InspectionFactory.eINSTANCE.createAttachment();
		photo.setId(UUID.randomUUID().toString());
		photo.setFileName("整改后.jpg");
		HazardFactory.eINSTANCE.createHazard().getAttachments().add(photo); // held while its bytes are stored, as the editor does
		laptop.write(bureau.official(), s -> s.attach(photo, PHOTO));
		onLaptop.answer(bureau.official(), Locale.CHINA, inspectionId, results.get(1).getId(),
				Answer.fixedOnSpot("灭火器压力不足，当场更换", "灭火器失效", "中央变电所", List.of(photo)));
		for (ItemResult item : results.subList(2, results.size())) {
			onLaptop.answer(bureau.official(), Locale.CHINA, inspectionId, item.getId(), Answer.conforming("符合"));
		}
		onLaptop.complete(bureau.official(), inspectionId);
		assertTrue(laptop.verify(null).intact(), "the laptop's audit chain holds what it received and what was done there");
		result = temp.resolve("result.zip");
		new InspectionPackages(laptop).export(bureau.official(), inspectionId, result);
	}

	@AfterAll
	static void close() {
		laptop.close();
		bureau.close();
	}

	private static InspectionService service(Store store) {
		return new InspectionService(store, new HazardService(store));
	}

	@Test
	void theResultComesBackEqualToWhatTheLaptopHoldsAndImportingItTwiceChangesNothing() throws IOException {
		InspectionPackages packages = new InspectionPackages(bureau.store());
		Imported first = packages.importPackage(bureau.official(), result);
		assertEquals(Received.UPDATED, first.inspection());
		assertEquals(2, first.count(Received.ADDED), "the two hazards found in the field");
		assertEquals(1, first.attachments());
		RecordDocument there = document(laptop, Inspection.class, inspectionId);
		RecordDocument here = document(bureau.store(), Inspection.class, inspectionId);
		assertEquals(there.revision(), here.revision());
		assertEquals(there.content(), here.content(), "the same bytes");

		Inspection back = bureau.store().read(bureau.official(), s -> {
			Inspection inspection = s.get(Inspection.class, inspectionId);
			org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(inspection);
			return inspection;
		});
		assertEquals(InspectionStatus.COMPLETED, back.getStatus());
		assertEquals("VENTILATION", back.getTeam().get(0).getSpeciality().getCode());
		Hazard fixed = back.getResults().get(1).getHazard();
		assertEquals(HazardState.CLOSED, fixed.getState());
		assertArrayEquals(PHOTO, bureau.store().read(bureau.official(), s -> s.content(s.get(Hazard.class, fixed.getId()).getAttachments().get(0))));
		assertEquals(HazardState.REGISTERED, back.getResults().get(0).getHazard().getState());
		assertTrue(bureau.store().verify(null).intact());

		long entries = bureau.store().verify(null).entries();
		Imported again = packages.importPackage(bureau.official(), result);
		assertEquals(Received.UNCHANGED, again.inspection());
		assertEquals(0, again.count(Received.ADDED) + again.count(Received.UPDATED));
		assertEquals(entries, bureau.store().verify(null).entries(), "the second import wrote nothing");
	}

	@Test
	void aPackageWhoseContentDoesNotMatchItsManifestIsRefusedWithTheEntryAndImportsNothing() throws IOException {
		Path tampered = temp.resolve("tampered.zip");
		String entry = "records/Inspection/" + inspectionId + ".xmi";
		rewrite(result, tampered, entry, content -> new String(content, StandardCharsets.UTF_8).replace("符合", "不符合").getBytes(StandardCharsets.UTF_8));
		long entries = bureau.store().verify(null).entries();
		ExchangeException refused = assertThrows(ExchangeException.class, () -> new InspectionPackages(bureau.store()).importPackage(bureau.official(), tampered));
		assertTrue(refused.getMessage().contains("tampered.zip") && refused.getMessage().contains(entry) && refused.getMessage().contains("SHA-256"),
				refused.getMessage());
		assertEquals(entries, bureau.store().verify(null).entries(), "nothing was imported");
	}

	@Test
	void aTruncatedPackageIsRefusedAndImportsNothing() throws IOException {
		byte[] whole = Files.readAllBytes(result);
		Path truncated = temp.resolve("truncated.zip");
		Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));
		long entries = bureau.store().verify(null).entries();
		ExchangeException refused = assertThrows(ExchangeException.class, () -> new InspectionPackages(bureau.store()).importPackage(bureau.official(), truncated));
		assertTrue(refused.getMessage().contains("truncated.zip") && refused.getMessage().contains("truncated"), refused.getMessage());

		Path cutManifest = temp.resolve("cut-manifest.zip");
		rewrite(result, cutManifest, "manifest.tsv", content -> {
			String text = new String(content, StandardCharsets.UTF_8);
			return text.substring(0, text.indexOf("\nend\t") + 1).getBytes(StandardCharsets.UTF_8);
		});
		ExchangeException cut = assertThrows(ExchangeException.class, () -> new InspectionPackages(bureau.store()).importPackage(bureau.official(), cutManifest));
		assertTrue(cut.getMessage().contains("no end line"), cut.getMessage());
		assertEquals(entries, bureau.store().verify(null).entries(), "nothing was imported");
	}

	@Test
	void workGoesBackAndForthByVersionAndWorkDoneApartIsRefused() throws IOException {
		Mine mine = bureau.data().mines.stream().filter(m -> m.getKind() == MineKind.UNDERGROUND_COAL).skip(1).findFirst().orElseThrow();
		ChecklistTemplate template = new TemplateLibrary(bureau.store()).forKind(bureau.official(), MineKind.UNDERGROUND_COAL).get(0);
		InspectionService atBureau = service(bureau.store());
		InspectionService onLaptop = service(laptop);
		Inspection planned = atBureau.plan(bureau.official(), InspectionKind.STATE_ENFORCEMENT, mine.getId(), template.getId(), LocalDate.of(2021, 12, 6),
				LocalDate.of(2021, 12, 6), List.of(new Member(bureau.official().personId(), null, true)));
		List<ItemResult> items = planned.getResults();
		InspectionPackages fromBureau = new InspectionPackages(bureau.store());
		InspectionPackages fromLaptop = new InspectionPackages(laptop);
		fromLaptop.importPackage(bureau.official(), exported(fromBureau, planned.getId(), "visit-planned.zip"));

		onLaptop.answer(bureau.official(), Locale.CHINA, planned.getId(), items.get(0).getId(), Answer.conforming("符合"));
		assertEquals(Received.UPDATED, fromBureau.importPackage(bureau.official(), exported(fromLaptop, planned.getId(), "visit-1.zip")).inspection());
		onLaptop.answer(bureau.official(), Locale.CHINA, planned.getId(), items.get(1).getId(), Answer.conforming("符合"));
		assertEquals(Received.UPDATED, fromBureau.importPackage(bureau.official(), exported(fromLaptop, planned.getId(), "visit-2.zip")).inspection(),
				"the laptop went on from what the bureau holds");

		onLaptop.answer(bureau.official(), Locale.CHINA, planned.getId(), items.get(2).getId(), Answer.conforming("符合"));
		assertEquals(Received.KEPT_NEWER, fromLaptop.importPackage(bureau.official(), exported(fromBureau, planned.getId(), "visit-back.zip")).inspection(),
				"the laptop's version grew from the bureau's: it stays");

		atBureau.answer(bureau.official(), Locale.CHINA, planned.getId(), items.get(3).getId(), Answer.notApplicable("局里补录"));
		long entries = bureau.store().verify(null).entries();
		ExchangeException apart = assertThrows(ExchangeException.class,
				() -> fromBureau.importPackage(bureau.official(), exported(fromLaptop, planned.getId(), "visit-3.zip")));
		assertTrue(apart.getMessage().contains("changed apart"), apart.getMessage());
		assertEquals(entries, bureau.store().verify(null).entries(), "nothing was imported");
		assertEquals(ItemOutcome.NOT_APPLICABLE, bureau.store().read(bureau.official(), s -> s.get(Inspection.class, planned.getId())).getResults().get(3).getOutcome(),
				"the bureau's own answer stays");
	}

	@Test
	void aPackageImportsIntoADesktopWithCopiesOfItsOwnOfWhatTheInspectionRefersTo() throws IOException {
		try (DemoStore desktop = DemoStore.open(temp.resolve("other-desktop"))) {
			TemplateLibrary installedThere = new TemplateLibrary(desktop.store());
			installedThere.addSource(new StarterTemplates());
			var person = desktop.data().persons.stream().filter(p -> p.getAgency() != null && !p.getAgency().getId().equals(bureau.official().agencyId()))
					.findFirst().orElseThrow();
			installedThere.install(new org.minewatch.core.Actor(person.getId(), person.getName(), person.getAgency().getId())); // other bytes, same ids
			Imported imported = new InspectionPackages(desktop.store()).importPackage(bureau.official(), result);
			assertEquals(Received.ADDED, imported.inspection());
			assertTrue(imported.count(Received.KEPT_HERE) >= 3, "the mine, the template and the people stay as they are there: " + imported.outcomes());
			assertEquals(2, imported.count(Received.ADDED) - 1, "the two hazards");
		}
	}

	private static Path exported(InspectionPackages from, String inspectionId, String name) throws IOException {
		Path zip = temp.resolve(name);
		from.export(bureau.official(), inspectionId, zip);
		return zip;
	}

	private static RecordDocument document(Store store, Class<? extends org.minewatch.model.base.Record> type, String id) {
		return store.read(bureau.official(), s -> s.document(type, id));
	}

	/** Copies a package, changing one entry's bytes and nothing else (not the manifest). */
	private static void rewrite(Path from, Path to, String changed, java.util.function.UnaryOperator<byte[]> change) throws IOException {
		try (ZipFile in = new ZipFile(from.toFile()); OutputStream file = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(file)) {
			for (var entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				byte[] content;
				try (InputStream stream = in.getInputStream(entry)) {
					content = stream.readAllBytes();
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(entry.getName().equals(changed) ? change.apply(content) : content);
				out.closeEntry();
			}
		}
	}
}
