package org.minewatch.report;

import java.time.LocalDate;
import java.util.Optional;

import org.minewatch.core.Actor;
import org.minewatch.core.BureauSettings;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.core.StoreException;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.time.Zones;

/**
 * Enforcement documents' numbers (文书编号), unique per issuing agency and year across every desktop that shares the
 * bureau's database and every laptop that works offline. The shared database keeps, per agency and year, the highest
 * number handed out (a bureau setting {@value #COUNTER}{@code <agency>.<year>}); a desktop takes the next one in a unit
 * of work, and two desktops taking one at the same moment conflict in the database (optimistic locking, the setting's
 * unique key): the loser reads again and takes the one after. Before a laptop goes out, a block of numbers is
 * reserved for it on the shared counter ({@link #reserve}) and kept in the laptop's own database ({@link #keep}); a
 * database that holds a block for the agency and year numbers from it only, and refuses once it is used up.
 * The number reads {@code <prefix>〔<year>〕<n>号}, the prefix the bureau's setting {@value #PREFIX}{@code <agency>}
 * (e.g. 晋煤安监), {@value #DEFAULT_PREFIX} until it is set.
 */
public final class DocumentNumbers {

	public static final String COUNTER = "enforcement.numbers."; //$NON-NLS-1$
	public static final String BLOCK = "enforcement.block."; //$NON-NLS-1$
	public static final String PREFIX = "enforcement.prefix."; //$NON-NLS-1$
	public static final String DEFAULT_PREFIX = "煤安监"; //$NON-NLS-1$
	private static final int ATTEMPTS = 20;

	/** Numbers {@code from} to {@code to} (inclusive) of an agency's year, reserved for one laptop. */
	public record Block(String agencyId, int year, long from, long to) {
	}

	private final Store store;

	public DocumentNumbers(Store store) {
		this.store = store;
	}

	/** The next number of the agency's year: from this database's block when it holds one, else the shared counter. */
	public long next(Actor actor, String agencyId, int year) {
		return retried(() -> store.write(actor, session -> take(session, agencyId, year)));
	}

	/** Takes the next number inside a unit of work that does more (numbering a document). */
	static long take(Session session, String agencyId, int year) {
		String blockKey = BLOCK + agencyId + "." + year; //$NON-NLS-1$
		Optional<String> block = BureauSettings.get(session, blockKey);
		if (block.isPresent()) {
			String[] range = block.get().split("-"); //$NON-NLS-1$
			long next = Long.parseLong(range[0]);
			long last = Long.parseLong(range[1]);
			if (next > last) {
				throw Texts.refusal("numbers.blockUsedUp", year, last); //$NON-NLS-1$
			}
			BureauSettings.set(session, blockKey, (next + 1) + "-" + last, null); //$NON-NLS-1$
			return next;
		}
		String counterKey = COUNTER + agencyId + "." + year; //$NON-NLS-1$
		long next = Long.parseLong(BureauSettings.get(session, counterKey).orElse("0")) + 1; //$NON-NLS-1$
		BureauSettings.set(session, counterKey, Long.toString(next), null);
		return next;
	}

	/** Reserves {@code size} numbers on the shared counter for a laptop (while it is connected). */
	public Block reserve(Actor actor, String agencyId, int year, int size) {
		return retried(() -> store.write(actor, session -> {
			String counterKey = COUNTER + agencyId + "." + year; //$NON-NLS-1$
			long last = Long.parseLong(BureauSettings.get(session, counterKey).orElse("0")); //$NON-NLS-1$
			BureauSettings.set(session, counterKey, Long.toString(last + size), null);
			return new Block(agencyId, year, last + 1, last + size);
		}));
	}

	/** Keeps a reserved block in this (a laptop's) database: its numbers are issued from it from now on. */
	public void keep(Actor actor, Block block) {
		store.write(actor, session -> BureauSettings.set(session, BLOCK + block.agencyId() + "." + block.year(), block.from() + "-" + block.to(), //$NON-NLS-1$ //$NON-NLS-2$
				Texts.format("numbers.blockDescription", block.from(), block.to()))); //$NON-NLS-1$
	}

	/** Numbers a document that has none, by its issuing agency and the year it was issued (now, if not yet). */
	public EnforcementDocument number(Actor actor, String documentId) {
		return retried(() -> store.write(actor, session -> {
			EnforcementDocument document = session.get(EnforcementDocument.class, documentId);
			if (document.getNumber() != null && !document.getNumber().isBlank()) {
				throw Texts.refusal("numbers.numberedAlready", document.getNumber()); //$NON-NLS-1$
			}
			String agencyId = document.getIssuingAgency() != null ? document.getIssuingAgency().getId() : actor.agencyId();
			int year = (document.getIssuedAt() == null ? LocalDate.now(store.clock()) : document.getIssuedAt().atZone(Zones.CHINA).toLocalDate()).getYear();
			long n = take(session, agencyId, year);
			String prefix = BureauSettings.get(session, PREFIX + agencyId).orElse(DEFAULT_PREFIX);
			document.setNumber(prefix + "\u3014" + year + "\u3015" + n + "\u53f7"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return session.update(document);
		}));
	}

	/** Runs a unit of work again when another desktop took a number at the same moment (a conflict or the key taken). */
	private static <T> T retried(java.util.function.Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return work.get();
			} catch (StoreException e) {
				if (attempt >= ATTEMPTS || e instanceof org.minewatch.core.NotFoundException) {
					throw e;
				}
				try {
					Thread.sleep(attempt * 5L);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw e;
				}
			}
		}
	}
}
