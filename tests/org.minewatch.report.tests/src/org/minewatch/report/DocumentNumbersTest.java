package org.minewatch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minewatch.core.Actor;
import org.minewatch.core.MinewatchException;
import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.enforcement.EnforcementFactory;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.demo.DemoSeeder;
import org.minewatch.store.Administration;
import org.minewatch.store.JdbcStore;
import org.minewatch.store.NetworkServer;
import org.minewatch.tests.store.DemoStore;

/**
 * Enforcement documents' numbers: two desktops on the bureau's network server take numbers of one agency's year at the
 * same time while a laptop, its block reserved before it went out, numbers offline; no number is issued twice, none is
 * skipped, and the laptop refuses once its block is used up. A document is numbered once, with the bureau's prefix.
 */
class DocumentNumbersTest {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	@TempDir
	Path temp;

	@Test
	void twoDesktopsAndALaptopNeverIssueTheSameNumber() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
			port = socket.getLocalPort();
		}
		try (NetworkServer server = NetworkServer.start(temp.resolve("server"), LOOPBACK, port, "dbo", "owner-secret", new PrintWriter(new StringWriter()))) {
			Administration admin = Administration.of(server.url(), "dbo", "owner-secret");
			admin.migrate();
			admin.addAccount("wang", "wang-secret");
			admin.addAccount("li", "li-secret-2");
			ReferenceData reference = ReferenceData.loadShipped();
			try (JdbcStore desk1 = JdbcStore.connect(server.url(), "wang", "wang-secret", reference, DemoStore.CLOCK);
					JdbcStore desk2 = JdbcStore.connect(server.url(), "li", "li-secret-2", ReferenceData.loadShipped(), DemoStore.CLOCK);
					DemoStore laptopDemo = DemoStore.open(temp.resolve("laptop"))) {
				// the bureau's database and the laptop's hold the same agencies and people (the demo data)
				DemoSeeder.seed(desk1, reference);
				JdbcStore laptop = laptopDemo.store();
				Actor official = laptopDemo.official();
				String agency = official.agencyId();
				Actor wang = new Actor(official.personId(), "王", agency);
				Actor li = new Actor(official.personId(), "李", agency);
				DocumentNumbers first = new DocumentNumbers(desk1);
				DocumentNumbers second = new DocumentNumbers(desk2);
				DocumentNumbers offline = new DocumentNumbers(laptop);
				assertEquals(1, first.next(wang, agency, 2021));
				DocumentNumbers.Block block = first.reserve(wang, agency, 2021, 10);
				assertEquals(new DocumentNumbers.Block(agency, 2021, 2, 11), block);
				offline.keep(wang, block);

				List<Long> issued = Collections.synchronizedList(new ArrayList<>(List.of(1L)));
				ExecutorService pool = Executors.newFixedThreadPool(3);
				try {
					List<Future<?>> work = new ArrayList<>();
					work.add(pool.submit(() -> repeat(25, () -> issued.add(first.next(wang, agency, 2021)))));
					work.add(pool.submit(() -> repeat(25, () -> issued.add(second.next(li, agency, 2021)))));
					work.add(pool.submit(() -> repeat(10, () -> issued.add(offline.next(wang, agency, 2021)))));
					for (Future<?> f : work) {
						f.get();
					}
				} finally {
					pool.shutdown();
				}
				List<Long> sorted = issued.stream().sorted().toList();
				assertEquals(LongStream.rangeClosed(1, 61).boxed().toList(), sorted, "every number once, none skipped");
				MinewatchException usedUp = assertThrows(MinewatchException.class, () -> offline.next(wang, agency, 2021));
				assertEquals("numbers.blockUsedUp", usedUp.code());
				assertEquals(62, second.next(li, agency, 2021), "the desktops go on after the laptop's block");
				assertEquals(1, first.next(wang, agency, 2022), "a new year starts at 1");
			}
		}
	}

	private static void repeat(int times, Runnable action) {
		for (int i = 0; i < times; i++) {
			action.run();
		}
	}

	@Test
	void aDocumentIsNumberedOnceWithTheBureausPrefix() {
		try (DemoStore demo = DemoStore.open(temp.resolve("demo"))) {
			Agency agency = demo.data().agencies.stream().filter(a -> a.getId().equals(demo.official().agencyId())).findFirst().orElseThrow();
			EnforcementDocument draft = EnforcementFactory.eINSTANCE.createEnforcementDocument();
			draft.setKind(DocumentKind.ORDER_TO_CORRECT);
			draft.setIssuedAt(DemoStore.CLOCK.instant());
			String id = demo.store().write(demo.official(), s -> {
				draft.setIssuingAgency(s.get(Agency.class, agency.getId()));
				org.minewatch.core.BureauSettings.set(s, DocumentNumbers.PREFIX + agency.getId(), "晋煤安监", null);
				return s.create(draft).getId();
			});
			DocumentNumbers numbers = new DocumentNumbers(demo.store());
			EnforcementDocument numbered = numbers.number(demo.official(), id);
			assertTrue(numbered.getNumber().matches("晋煤安监〔2021〕\\d+号"), numbered.getNumber());
			assertEquals("numbers.numberedAlready", assertThrows(MinewatchException.class, () -> numbers.number(demo.official(), id)).code());
		}
	}
}
