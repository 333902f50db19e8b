package org.minewatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.NotFoundException;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.StoreException;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Record;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.SupervisionClass;
import org.minewatch.model.report.Report;
import org.minewatch.store.TestStores.Seeded;

/** Create, read, update, delete, void, supersede, paging and as-of queries on a real embedded Derby. */
class RepositoryTest {

	@TempDir
	static Path temp;
	private static Seeded seeded;

	@BeforeAll
	static void seed() {
		seeded = TestStores.seeded(temp);
	}

	@AfterAll
	static void close() {
		seeded.store().close();
	}

	@Test
	void everyRecordTypeReadsBackAsItWasWritten() {
		List<EObject> records = seeded.data().records();
		seeded.store().read(seeded.actor(), session -> {
			EcoreUtil.EqualityHelper equality = new EcoreUtil.EqualityHelper() {
				private static final long serialVersionUID = 1L;

				@Override
				protected boolean haveEqualReference(EObject eObject1, EObject eObject2, org.eclipse.emf.ecore.EReference reference) {
					// references to other records are compared by id: in the store they load from their own documents
					Object one = eObject1.eGet(reference);
					Object two = eObject2.eGet(reference);
					if (reference.isContainment()) {
						return super.haveEqualReference(eObject1, eObject2, reference);
					}
					return ids(one).equals(ids(two));
				}
			};
			var seen = new HashSet<String>();
			for (EObject expected : records) {
				Record record = (Record) expected;
				if (seen.add(record.eClass().getName()) || records.indexOf(expected) % 25 == 0) {
					Record stored = session.get(record.getClass().getInterfaces()[0].asSubclass(Record.class), record.getId());
					assertTrue(equality.equals(record, stored), record.eClass().getName() + " " + record.getId() + " differs when read back");
				}
			}
			assertTrue(seen.size() >= 13, "every record type: " + seen);
			return null;
		});
	}

	@Test
	void updateDeleteVoidAndSupersede(@TempDir Path own) {
		Seeded seeded = TestStores.seeded(own); // its own store: it changes records the other tests read
		Mine someMine = seeded.data().mines.get(3);
		seeded.store().write(seeded.actor(), session -> {
			Mine mine = session.get(Mine.class, someMine.getId());
			mine.setName("改名后的煤矿");
			return session.update(mine);
		});
		assertEquals("改名后的煤矿", seeded.store().read(seeded.actor(), s -> s.get(Mine.class, someMine.getId()).getName()));
		assertEquals(2L, seeded.store().read(seeded.actor(), s -> s.get(Mine.class, someMine.getId()).getRevision()));

		String visitId = seeded.data().visits.get(0).getId();
		seeded.store().write(seeded.actor(), session -> {
			session.delete(session.get(org.minewatch.model.schedule.Visit.class, visitId));
			return null;
		});
		assertThrows(NotFoundException.class, () -> seeded.store().read(seeded.actor(), s -> s.get(org.minewatch.model.schedule.Visit.class, visitId)));

		Hazard someHazard = seeded.data().hazards.get(7);
		assertThrows(StoreException.class, () -> seeded.store().write(seeded.actor(), s -> {
			s.delete(s.get(Hazard.class, someHazard.getId()));
			return null;
		}), "a hazard is a legal record: never deleted");
		seeded.store().write(seeded.actor(), s -> s.voidRecord(s.get(Hazard.class, someHazard.getId()), "登记错误"));
		Hazard voided = seeded.store().read(seeded.actor(), s -> s.get(Hazard.class, someHazard.getId()));
		assertTrue(voided.isVoided());
		assertEquals("登记错误", voided.getVoidReason());
		List<String> listed = seeded.store().read(seeded.actor(), s -> ids(all(s, Query.of(Hazard.class).where("mine", someHazard.getMine()))));
		assertFalse(listed.contains(someHazard.getId()), "queries leave voided records out");

		Report report = seeded.data().reports.get(0);
		String replacementId = seeded.store().write(seeded.actor(), s -> {
			Report old = s.get(Report.class, report.getId());
			Report replacement = EcoreUtil.copy(old);
			replacement.setId(null);
			replacement.setTitle(old.getTitle() + "（更正）");
			return s.supersede(old, replacement, "数据更正").getId();
		});
		seeded.store().read(seeded.actor(), s -> {
			Report old = s.get(Report.class, report.getId());
			assertEquals(replacementId, old.getSupersededBy().getId());
			assertEquals("数据更正", old.getSupersedeReason());
			return null;
		});
		assertTrue(seeded.store().verify(null).intact(), "every change went through the audit chain");
		seeded.store().close();
	}

	@Test
	void everyTypeIsPagedUpdatedAndDeletedOrVoided(@TempDir Path own) {
		Seeded mine = TestStores.seeded(own);
		java.util.Map<Class<? extends Record>, List<String>> idsByType = new java.util.LinkedHashMap<>();
		for (EObject object : mine.data().records()) {
			Record record = (Record) object;
			idsByType.computeIfAbsent(type(record), t -> new ArrayList<>()).add(record.getId());
		}
		assertTrue(idsByType.size() >= 13, "every record type: " + idsByType.keySet());
		for (var entry : idsByType.entrySet()) {
			Class<? extends Record> type = entry.getKey();
			List<String> expected = entry.getValue().stream().sorted().toList();
			assertEquals(expected, mine.store().read(mine.actor(), s -> ids(all(s, Query.of(type).includingVoided()))), type.getSimpleName() + " paged");
			String id = expected.get(0);
			mine.store().write(mine.actor(), s -> s.update(s.get(type, id)));
			assertEquals(2, mine.store().read(mine.actor(), s -> s.get(type, id).getRevision()), type.getSimpleName() + " updated");
			mine.store().write(mine.actor(), s -> {
				Record record = s.get(type, id);
				if (record instanceof LegalRecord legal) {
					s.voidRecord(legal, "测试作废");
				} else {
					s.delete(record);
				}
				return null;
			});
			boolean gone = mine.store().read(mine.actor(), s -> s.find(type, id).map(r -> r instanceof LegalRecord l && l.isVoided()).orElse(true));
			assertTrue(gone, type.getSimpleName() + " deleted or voided");
		}
		assertEquals(List.of(), mine.store().verify(mine.store().head()).problems());
		mine.store().close();
	}

	private static Class<? extends Record> type(Record record) {
		return record.getClass().getInterfaces()[0].asSubclass(Record.class);
	}

	@Test
	void pagesWalkAQueryInOrderWithoutGapsOrRepeats() {
		Jurisdiction shandong = TestStores.reference().jurisdiction("370000");
		List<String> expected = seeded.data().mines.stream().filter(m -> m.getProvince().getCode().equals("370000"))
				.sorted(Comparator.comparing(Mine::getName).thenComparing(Mine::getId)).map(Mine::getId).toList();
		List<String> paged = seeded.store().read(seeded.actor(), s -> {
			List<String> ids = new ArrayList<>();
			PageRequest request = PageRequest.first(7);
			int pages = 0;
			while (request != null) {
				Page<Mine> page = s.query(Query.of(Mine.class).where("province", shandong).orderBy("name"), request);
				page.items().forEach(m -> ids.add(m.getId()));
				request = page.next();
				pages++;
			}
			assertTrue(pages > 3, "several pages: " + pages);
			return ids;
		});
		assertEquals(expected, paged);
	}

	@Test
	void statusAndClassQueriesAnswerAsOfADate() {
		for (LocalDate day : List.of(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 5, 15), LocalDate.of(2021, 11, 29))) {
			List<String> expectedStopped = seeded.data().mines.stream().filter(m -> m.statusOn(day) == ProductionStatus.ORDERED_TO_STOP)
					.map(Mine::getId).sorted().toList();
			List<String> stopped = seeded.store().read(seeded.actor(), s -> ids(all(s, Query.of(Mine.class)
					.where("status", ProductionStatus.ORDERED_TO_STOP).asOf(day))));
			assertEquals(expectedStopped, stopped, "ordered to stop on " + day);
			List<String> expectedD = seeded.data().mines.stream().filter(m -> m.classificationOn(day) != null
					&& m.classificationOn(day).getSupervisionClass() == SupervisionClass.D).map(Mine::getId).sorted().toList();
			List<String> classD = seeded.store().read(seeded.actor(), s -> ids(all(s, Query.of(Mine.class)
					.where("supervisionClass", SupervisionClass.D).asOf(day))));
			assertEquals(expectedD, classD, "class D on " + day);
		}
		assertFalse(seeded.data().mines.stream().noneMatch(m -> m.statusOn(LocalDate.of(2021, 5, 15)) == ProductionStatus.ORDERED_TO_STOP),
				"the demo data has stopped mines to find");
	}

	@Test
	void hazardsByStateAndDeadline() {
		LocalDate day = LocalDate.of(2021, 9, 1);
		List<String> expected = seeded.data().hazards.stream().filter(h -> !h.isVoided() && h.getState() == HazardState.RECTIFYING
				&& h.getRectification() != null && h.getRectification().getDeadline().isBefore(day)).map(Hazard::getId).sorted().toList();
		List<String> found = seeded.store().read(seeded.actor(), s -> ids(all(s, Query.of(Hazard.class).where("state", HazardState.RECTIFYING)
				.where("deadline", Query.Op.LESS, day))));
		assertEquals(expected, found);
	}

	@Test
	void anUnknownFieldIsRefusedByName() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> seeded.store().read(seeded.actor(),
				s -> s.query(Query.of(Mine.class).where("colour", "red"), PageRequest.first(5))));
		assertTrue(e.getMessage().contains("colour") && e.getMessage().contains("county"), e.getMessage());
	}

	private static <R extends Record> List<R> all(org.minewatch.core.Session session, Query<R> query) {
		List<R> all = new ArrayList<>();
		PageRequest request = PageRequest.first(50);
		while (request != null) {
			Page<R> page = session.query(query, request);
			all.addAll(page.items());
			request = page.next();
		}
		return all;
	}

	private static List<String> ids(List<? extends Record> records) {
		return records.stream().map(Record::getId).sorted().toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Object reference) {
		Function<Object, String> id = o -> o == null ? null : EcoreUtil.getURI((EObject) o).fragment();
		if (reference instanceof List<?> list) {
			return list.stream().map(id).toList();
		}
		return java.util.Collections.singletonList(id.apply(reference));
	}

	static boolean isLegal(Record record) {
		return record instanceof LegalRecord;
	}
}
