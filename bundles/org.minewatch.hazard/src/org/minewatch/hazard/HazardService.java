package org.minewatch.hazard;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.BureauSettings;
import org.minewatch.core.IndexRow;
import org.minewatch.core.LocalTexts;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Progress;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.core.Validity;
import org.minewatch.model.base.Record;
import org.minewatch.model.enforcement.Decision;
import org.minewatch.model.enforcement.DecisionKind;
import org.minewatch.model.enforcement.DocumentKind;
import org.minewatch.model.enforcement.EnforcementDocument;
import org.minewatch.model.enforcement.EnforcementFactory;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.hazard.HazardState;
import org.minewatch.model.hazard.Supervision;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.Person;
import org.minewatch.model.registry.Mine;
import org.minewatch.model.registry.ProductionStatus;
import org.minewatch.model.registry.RegistryFactory;
import org.minewatch.model.registry.StatusChange;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The hazard register over the store: hazards entered (by hand, or by an inspection through the
 * checklist area), moved through their {@link Lifecycle} one step per unit of work, edited and saved with the
 * model's constraints checked, and voided with a reason, never deleted; the board, the dashboard's figures and
 * the ledger read here. A refused step or save writes nothing.
 */
@Component(service = { HazardService.class, AreaService.class })
public final class HazardService implements AreaService {

	/** One lifecycle step, given the lifecycle, the hazard as stored now, who acts and when, and the unit of work (to read persons, agencies). */
	@FunctionalInterface
	public interface Step {
		void take(Lifecycle lifecycle, Hazard hazard, Person by, Instant at, Session session);
	}

	/**
	 * An order to stop production and rectify (停产整顿) issued with a major hazard's registration: its document
	 * number, what it orders, the day the stop begins (null: today, by the store's clock), and the conditions to resume.
	 */
	public record StopOrder(String number, String content, LocalDate stopFrom, String resumeConditions) {
	}

	/** A photo or document and its bytes, given with a hazard (the evidence of a fix on the spot). */
	public record Evidence(org.minewatch.model.inspection.Attachment attachment, byte[] content) {
	}

	/** A page of the board and, when asked for, how many hazards the filter matches (else -1). */
	public record BoardPage(Page<BoardRow> page, long total) {
	}

	private static final LocalTexts TEXTS = LocalTexts.of(HazardService.class, "org.minewatch.hazard.messages"); //$NON-NLS-1$
	private static final int LEDGER_PAGE = 500;

	private final Store store;

	@Activate
	public HazardService(@Reference Store store) {
		this.store = store;
	}

	/**
	 * Registers a hazard entered by hand (found on a patrol, reported, raised by a monitoring alarm) at a mine, in
	 * one unit of work: the regulator that supervises the mine (the mine's owner) follows it up; found by the actor
	 * now unless the draft says otherwise; marked as a repeat as {@link #register(Session, Locale, Hazard, String)}.
	 */
	public Hazard register(Actor actor, Locale locale, String mineId, Hazard draft, String reason) {
		return register(actor, locale, mineId, draft, reason, null);
	}

	/**
	 * As {@link #register(Actor, Locale, String, Hazard, String)}, and, for a major hazard with an order to stop
	 * ({@code order} not null), in the same unit of work: the order (停产整顿, issued by the actor's agency, its
	 * stop decision naming the hazard) and the mine's status, ordered to stop (责令停产停建整改) from the order's
	 * first day. The mine resumes only through {@link #resume} (or the registry), when {@link Resumption} allows.
	 */
	public Hazard register(Actor actor, Locale locale, String mineId, Hazard draft, String reason, StopOrder order) {
		if (order != null && draft.getGrade() != org.minewatch.model.hazard.HazardGrade.MAJOR) {
			throw new LifecycleException("lifecycle.stopOrderMajorOnly", TEXTS.format(locale, "lifecycle.stopOrderMajorOnly")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (order != null && (order.number() == null || order.number().isBlank())) {
			throw new LifecycleException("lifecycle.stopOrderNumber", TEXTS.format(locale, "lifecycle.stopOrderNumber")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return store.write(actor, session -> {
			Mine mine = session.get(Mine.class, mineId);
			draft.setMine(mine);
			draft.setOwner(mine.getOwner());
			Hazard hazard = register(session, locale, draft, reason);
			if (order != null) {
				orderToStop(session, mine, hazard, order);
			}
			return hazard;
		});
	}

	private void orderToStop(Session session, Mine mine, Hazard hazard, StopOrder order) {
		Person by = session.get(Person.class, session.actor().personId());
		Agency issuer = session.get(Agency.class, session.actor().agencyId());
		EnforcementDocument document = EnforcementFactory.eINSTANCE.createEnforcementDocument();
		document.setKind(DocumentKind.ORDER_TO_STOP_AND_RECTIFY);
		document.setNumber(order.number().strip());
		document.setIssuingAgency(issuer);
		document.setOwner(issuer);
		document.setMine(mine);
		document.setIssuedAt(store.clock().instant());
		document.setContent(order.content());
		LocalDate from = order.stopFrom() == null ? LocalDate.now(store.clock()) : order.stopFrom();
		document.setStopFrom(from);
		document.setResumeConditions(order.resumeConditions());
		Decision stop = EnforcementFactory.eINSTANCE.createDecision();
		stop.setKind(DecisionKind.STOP_PRODUCTION);
		stop.setText(order.content());
		stop.getHazards().add(hazard);
		document.getDecisions().add(stop);
		session.create(document);
		StatusChange change = RegistryFactory.eINSTANCE.createStatusChange();
		change.setStatus(ProductionStatus.ORDERED_TO_STOP);
		change.setSince(from);
		change.setReason(order.number().strip());
		change.setRecordedBy(by);
		mine.getStatusHistory().add(change);
		session.update(mine);
	}

	/**
	 * A stopped mine resumes (复工复产) to {@code to} (producing or constructing) from today, with the reason: refused
	 * with the rule's words while any of its major hazards is open or no inspection before resumption was completed
	 * since it stopped ({@link Resumption}). Returns the mine as saved.
	 */
	public Mine resume(Actor actor, Locale locale, String mineId, ProductionStatus to, String reason) {
		return store.write(actor, session -> {
			Mine mine = session.get(Mine.class, mineId);
			if (!Resumption.isResumption(Resumption.latest(mine), to)) {
				throw new LifecycleException("resumption.notStopped", TEXTS.format(locale, "resumption.notStopped", mine.getName())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Resumption.require(session, locale, mine);
			StatusChange change = RegistryFactory.eINSTANCE.createStatusChange();
			change.setStatus(to);
			change.setSince(LocalDate.now(store.clock()));
			change.setReason(reason);
			change.setRecordedBy(session.get(Person.class, actor.personId()));
			mine.getStatusHistory().add(change);
			return session.update(mine);
		});
	}

	/** What a mine's resumption waits for (its open major hazards, the inspection before resumption): see {@link Resumption}. */
	public Resumption.Check resumption(Actor actor, String mineId) {
		return store.read(actor, session -> Resumption.check(session, session.get(Mine.class, mineId)));
	}

	/**
	 * Enters a general hazard found outside an inspection (on a patrol, by the mine's own staff) and fixed on the
	 * spot (当场整改), closed at once with the evidence, in one unit of work: the evidence's bytes are kept and the
	 * hazard holds the attachments. Refused with the rule's words when the lifecycle forbids it.
	 */
	public Hazard fixedOnSpot(Actor actor, Locale locale, String mineId, Hazard draft, List<Evidence> evidence, String reason) {
		return store.write(actor, session -> {
			Mine mine = session.get(Mine.class, mineId);
			draft.setMine(mine);
			draft.setOwner(mine.getOwner());
			List<org.minewatch.model.inspection.Attachment> attached = new ArrayList<>();
			for (Evidence item : evidence) {
				org.minewatch.model.inspection.Attachment attachment = item.attachment();
				if (attachment.getId() == null) {
					attachment.setId(java.util.UUID.randomUUID().toString());
				}
				attachment.setOwner(mine.getOwner());
				session.attach(attachment, item.content());
				attached.add(attachment);
			}
			return fixedOnSpot(session, locale, draft, attached, reason);
		});
	}

	/**
	 * Enters a hazard as found and registers it: found by the actor unless it names who found it, now unless
	 * it says when; marked as a repeat (屡查屡犯) of the closed hazard of its mine that it matches within the
	 * bureau's window ({@link Repeats#WINDOW_DAYS_SETTING}).
	 */
	public Hazard register(Actor actor, Locale locale, Hazard hazard, String reason) {
		return store.write(actor, session -> register(session, locale, hazard, reason));
	}

	/** As {@link #register(Actor, Locale, Hazard, String)}, inside a unit of work that does more (an inspection's answer). */
	public Hazard register(Session session, Locale locale, Hazard hazard, String reason) {
		Person by = found(session, hazard);
		new Lifecycle(locale).register(hazard, by, store.clock().instant(), reason);
		return session.create(hazard);
	}

	/**
	 * Enters a hazard an inspection found and fixed on the spot (当场整改), closed with the evidence; inside the
	 * inspection's unit of work. Refused with the rule when the lifecycle forbids it (a major hazard).
	 */
	public Hazard fixedOnSpot(Session session, Locale locale, Hazard hazard, List<org.minewatch.model.inspection.Attachment> evidence, String reason) {
		Person by = found(session, hazard);
		new Lifecycle(locale).fixOnSpot(hazard, evidence, by, store.clock().instant(), reason);
		return session.create(hazard);
	}

	/** Found by the actor unless it says who, now unless it says when; marked as a repeat within the bureau's window. */
	private Person found(Session session, Hazard hazard) {
		Person by = session.get(Person.class, session.actor().personId());
		if (hazard.getFoundBy() == null) {
			hazard.setFoundBy(by);
		}
		if (hazard.getFoundAt() == null) {
			hazard.setFoundAt(store.clock().instant());
		}
		hazard.setState(HazardState.FOUND);
		if (hazard.getMine() != null) {
			int window = BureauSettings.integer(session, Repeats.WINDOW_DAYS_SETTING, Repeats.DEFAULT_WINDOW_DAYS);
			Repeats.repeatOf(hazard, closedAt(session, hazard.getMine().getId()), window).ifPresent(hazard::setRepeatOf);
		}
		return by;
	}

	/** Takes one step on the stored hazard; refused with {@link LifecycleException} (nothing written) when a rule forbids it. */
	public Hazard take(Actor actor, Locale locale, String hazardId, Step step) {
		return store.write(actor, session -> {
			Hazard hazard = session.get(Hazard.class, hazardId);
			step.take(new Lifecycle(locale), hazard, session.get(Person.class, actor.personId()), store.clock().instant(), session);
			return session.update(hazard);
		});
	}

	/**
	 * Saves a hazard edited by hand (what and where, grade, category, citation, the 五落实 and the plan, photos): a
	 * copy, refused with the constraint's words when the model's constraints do not hold, and with the rule's words
	 * when the edit changes what only a lifecycle step changes (state, transitions, listing, acceptances, extensions,
	 * the stopped area, voiding). {@code overwrite}: over whatever is stored now, after a conflict was shown.
	 * Returns the hazard as saved, with its new revision.
	 */
	public Hazard save(Actor actor, Locale locale, Hazard edited, boolean overwrite) {
		Hazard copy = EcoreUtil.copy(edited);
		Validity.require(copy, locale);
		store.write(actor, session -> {
			Hazard stored = session.get(Hazard.class, copy.getId());
			String changed = steppedFieldChanged(stored, copy);
			if (changed != null) {
				throw new LifecycleException("lifecycle.stepsOnly", TEXTS.format(locale, "lifecycle.stepsOnly", TEXTS.format(locale, "stepped." + changed))); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (overwrite) {
				copy.setRevision(stored.getRevision());
			}
			return session.update(copy);
		});
		return copy;
	}

	/** The first field an edit changed that only a lifecycle step may change (its message key's last part), or null. */
	private static String steppedFieldChanged(Hazard stored, Hazard edited) {
		if (stored.getState() != edited.getState()) {
			return "state"; //$NON-NLS-1$
		}
		if (stored.isAreaStopped() != edited.isAreaStopped() || stored.isFixedOnSpot() != edited.isFixedOnSpot()
				|| stored.isPeopleWithdrawn() != edited.isPeopleWithdrawn()) {
			return "areaStopped"; //$NON-NLS-1$
		}
		if (stored.getTransitions().size() != edited.getTransitions().size() || stored.getAcceptances().size() != edited.getAcceptances().size()
				|| stored.getExtensions().size() != edited.getExtensions().size()
				|| !Objects.equals(stored.getAcceptanceRequestedAt(), edited.getAcceptanceRequestedAt())) {
			return "transitions"; //$NON-NLS-1$
		}
		if (!sameListing(stored.getSupervision(), edited.getSupervision())) {
			return "supervision"; //$NON-NLS-1$
		}
		if (!Objects.equals(stored.getVoidedAt(), edited.getVoidedAt())) {
			return "voided"; //$NON-NLS-1$
		}
		return null;
	}

	private static boolean sameListing(Supervision stored, Supervision edited) {
		if (stored == null || edited == null) {
			return stored == edited;
		}
		return Objects.equals(stored.getNumber(), edited.getNumber()) && Objects.equals(stored.getListedAt(), edited.getListedAt())
				&& Objects.equals(stored.getLiftedAt(), edited.getLiftedAt());
	}

	/** The agencies that may list a hazard for supervision: the regulator that owns it and those above it, nearest first. */
	public List<Agency> listingRegulators(Actor actor, String hazardId) {
		return store.read(actor, session -> {
			Hazard hazard = session.get(Hazard.class, hazardId);
			List<Agency> chain = new ArrayList<>();
			for (Agency agency = hazard.getOwner() == null ? null : session.get(Agency.class, hazard.getOwner().getId()); agency != null; agency = agency
					.getParent()) {
				agency.nameOn(LocalDate.now(store.clock())); // the names, read while the unit of work is open
				chain.add(agency);
			}
			return chain;
		});
	}

	/** A page of the hazard board, and how many hazards match when {@code count}; today is the store's. */
	public BoardPage board(Actor actor, BoardFilter filter, PageRequest request, boolean count) {
		LocalDate today = LocalDate.now(store.clock());
		return store.read(actor, s -> new BoardPage(BoardRow.page(s, filter, request, today), count ? BoardRow.count(s, filter, today) : -1));
	}

	/**
	 * The area a person's work covers, where their dashboard opens: the nation for a national agency, else the province
	 * their agency's first covered division lies in (a county's or a city's regulator sees its province's figures).
	 */
	public HazardFigures.Area homeArea(Actor actor) {
		return store.read(actor, s -> {
			Agency agency = s.get(Agency.class, actor.agencyId());
			if (agency.getLevel() == JurisdictionLevel.NATION || agency.getCovers().isEmpty()) {
				return HazardFigures.Area.NATION;
			}
			return HazardFigures.Area.province(agency.getCovers().get(0).getCode().substring(0, 2) + "0000"); //$NON-NLS-1$
		});
	}

	/** The dashboard's figures for an area, counted by the database today. */
	public HazardFigures figures(Actor actor, HazardFigures.Area area) {
		LocalDate today = LocalDate.now(store.clock());
		return store.read(actor, s -> HazardFigures.count(s, area, today));
	}

	/**
	 * Writes the ledger (隐患排查治理台账) of the hazards the board's filter matches, in its order, for the filter's area
	 * as it stands today, in the person's language, to {@code file}: through a file beside it moved into place, so that
	 * a cancelled or failed export leaves no half-written ledger. Returns how many hazards it holds, or -1 when cancelled.
	 */
	public int exportLedger(Actor actor, Locale locale, BoardFilter filter, Path file, Progress progress) throws IOException {
		LocalDate today = LocalDate.now(store.clock());
		Ledger ledger = new Ledger(locale);
		String area = store.read(actor, s -> areaName(s, filter, locale, ledger));
		progress.begin(store.read(actor, s -> BoardRow.count(s, filter, today)));
		List<Hazard> hazards = new ArrayList<>();
		for (PageRequest request = filter.matchesNothing() ? null : PageRequest.first(LEDGER_PAGE); request != null;) {
			if (progress.cancelled()) {
				return -1;
			}
			PageRequest current = request;
			Page<IndexRow> page = store.read(actor, s -> {
				Page<IndexRow> rows = s.rows(filter.query(today), current);
				for (IndexRow row : rows.items()) {
					Hazard hazard = s.get(Hazard.class, row.id());
					EcoreUtil.resolveAll(hazard); // the ledger names the mine, the people and the agencies
					hazards.add(hazard);
				}
				return rows;
			});
			progress.worked(page.items().size());
			request = page.next();
		}
		Path partial = file.toAbsolutePath().resolveSibling("." + file.getFileName() + ".partial"); //$NON-NLS-1$ //$NON-NLS-2$
		try (OutputStream out = Files.newOutputStream(partial)) {
			ledger.write(area, today, hazards, out);
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		return hazards.size();
	}

	/** The board's area by name in the person's language: a county with its province, a province, or the nation. */
	private static String areaName(Session session, BoardFilter filter, Locale locale, Ledger ledger) {
		String code = filter.countyCode() != null ? filter.countyCode() : filter.provinceCode();
		org.minewatch.model.jurisdiction.Jurisdiction area = code == null ? null : session.reference().jurisdiction(code);
		if (area == null) {
			return ledger.nation();
		}
		boolean chinese = locale.getLanguage().equals("zh"); //$NON-NLS-1$
		String name = chinese || area.getNameEn() == null || area.getNameEn().isBlank() ? area.getName() : area.getNameEn();
		org.minewatch.model.jurisdiction.Jurisdiction province = filter.countyCode() == null || filter.provinceCode() == null ? null
				: session.reference().jurisdiction(filter.provinceCode());
		if (province != null) {
			String provinceName = chinese || province.getNameEn() == null || province.getNameEn().isBlank() ? province.getName() : province.getNameEn();
			return chinese ? provinceName + name : name + ", " + provinceName; //$NON-NLS-1$
		}
		return name;
	}

	/** How many of a mine's hazards (not voided) repeat an earlier one. */
	public long repeats(Actor actor, String mineId) {
		return store.read(actor, session -> allOf(session, Query.of(Hazard.class).where("mine", mineId)).stream() //$NON-NLS-1$
				.filter(h -> h.getRepeatOf() != null).count());
	}

	/** How many hazards of an enterprise's mines repeat an earlier one. */
	public long repeatsOfEnterprise(Actor actor, String enterpriseId) {
		List<String> mines = store.read(actor, session -> allRows(session, Query.of(Mine.class).where("enterprise", enterpriseId))); //$NON-NLS-1$
		return mines.stream().mapToLong(mine -> repeats(actor, mine)).sum();
	}

	private static List<Hazard> closedAt(Session session, String mineId) {
		return allOf(session, Query.of(Hazard.class).where("mine", mineId).where("state", HazardState.CLOSED)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static <R extends Record> List<R> allOf(Session session, Query<R> query) {
		List<R> all = new ArrayList<>();
		for (PageRequest page = PageRequest.first(500); page != null;) {
			Page<R> found = session.query(query, page);
			all.addAll(found.items());
			page = found.next();
		}
		return all;
	}

	private static List<String> allRows(Session session, Query<?> query) {
		List<String> ids = new ArrayList<>();
		for (PageRequest page = PageRequest.first(1000); page != null;) {
			Page<IndexRow> found = session.rows(query, page);
			found.items().forEach(row -> ids.add(row.id()));
			page = found.next();
		}
		return ids;
	}

	/** Voids a wrongly registered hazard with the reason: it stays in the register, marked void. */
	public Hazard voidHazard(Actor actor, String hazardId, String reason) {
		return store.write(actor, session -> session.voidRecord(session.get(Hazard.class, hazardId), reason));
	}
}
