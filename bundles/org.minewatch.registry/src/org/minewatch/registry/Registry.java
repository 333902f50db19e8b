package org.minewatch.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.IndexRow;
import org.minewatch.core.LocalTexts;
import org.minewatch.core.MinewatchException;
import org.minewatch.core.Validity;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.hazard.Resumption;
import org.minewatch.model.base.Record;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.jurisdiction.Jurisdiction;
import org.minewatch.model.jurisdiction.JurisdictionLevel;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.Enterprise;
import org.minewatch.model.registry.Mine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The registry over the store: China's divisions (reference data, in memory) and the agencies,
 * enterprises and mines under them (index rows a page at a time, so that the national data set is
 * browsed without being loaded); records loaded whole for editing and saved back with optimistic
 * locking, the model's constraints checked first; who may act at a desktop. Headless: the desktop, admin
 * commands and tests use the same calls.
 */
@Component(service = { Registry.class, AreaService.class })
public final class Registry implements AreaService {

	private static final LocalTexts TEXTS = LocalTexts.of(Registry.class, "org.minewatch.registry.messages"); //$NON-NLS-1$

	/** An official as a list to pick from shows them: many share a name, so with their agency's name today. */
	public record Official(String personId, String name, String agencyName) {
	}

	private final Store store;
	private ReferenceData reference;
	private Map<String, Jurisdiction> divisionsByCode;

	@Activate
	public Registry(@Reference Store store) {
		this.store = store;
	}

	/** The divisions and other reference data the store's records refer to. */
	public synchronized ReferenceData reference(Actor actor) {
		if (reference == null) {
			reference = store.read(actor, Session::reference);
		}
		return reference;
	}

	/** The divisions under a division, by code. */
	public List<Jurisdiction> children(Jurisdiction division) {
		List<Jurisdiction> children = new ArrayList<>(division.getChildren());
		children.sort(Comparator.comparing(Jurisdiction::getCode));
		return children;
	}

	/**
	 * The divisions whose name (Chinese or English) contains {@code text} or whose code starts with
	 * it, provinces before prefectures before counties, at most {@code limit}.
	 */
	public List<Jurisdiction> findDivisions(Actor actor, String text, int limit) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		List<Jurisdiction> found = new ArrayList<>();
		if (wanted.isEmpty()) {
			return found;
		}
		collect(reference(actor).divisions().getNation(), wanted, found);
		found.sort(Comparator.comparing((Jurisdiction j) -> j.getLevel().getValue()).thenComparing(Jurisdiction::getCode));
		return found.size() > limit ? found.subList(0, limit) : found;
	}

	private static void collect(Jurisdiction division, String wanted, List<Jurisdiction> found) {
		for (Jurisdiction child : division.getChildren()) {
			if (child.getCode().startsWith(wanted) || contains(child.getName(), wanted) || contains(child.getNameEn(), wanted)) {
				found.add(child);
			}
			collect(child, wanted, found);
		}
	}

	private static boolean contains(String name, String wanted) {
		return name != null && name.toLowerCase(Locale.ROOT).contains(wanted);
	}

	/** The mines in a division (a county's, a prefecture's counties', a province's, or all), by name; {@code filter} narrows by name. */
	public Page<IndexRow> mines(Actor actor, Jurisdiction division, String filter, PageRequest page) {
		Query<Mine> query = Query.of(Mine.class).orderBy("name"); //$NON-NLS-1$
		switch (division.getLevel()) {
		case COUNTY -> query.where("county", division.getCode()); //$NON-NLS-1$
		case PREFECTURE -> query.whereIn("county", countyCodes(division)); //$NON-NLS-1$
		case PROVINCE -> query.where("province", division.getCode()); //$NON-NLS-1$
		case NATION -> {
			// every mine
		}
		}
		return store.read(actor, s -> s.rows(filtered(query, filter), page));
	}

	/** A prefecture's counties; a prefecture without counties keeps its mines under its own code. */
	private static List<String> countyCodes(Jurisdiction prefecture) {
		List<String> codes = new ArrayList<>(prefecture.getChildren().stream().map(Jurisdiction::getCode).toList());
		codes.add(prefecture.getCode());
		return codes;
	}

	/** The mines of an enterprise, by name. */
	public Page<IndexRow> minesOf(Actor actor, String enterpriseId, PageRequest page) {
		return store.read(actor, s -> s.rows(Query.of(Mine.class).where("enterprise", enterpriseId).orderBy("name"), page)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Enterprises by name: those under a group ({@code parentId}), or the top ones (groups and independents) if null. */
	public Page<IndexRow> enterprises(Actor actor, String parentId, String filter, PageRequest page) {
		Query<Enterprise> query = Query.of(Enterprise.class).orderBy("name"); //$NON-NLS-1$
		if (parentId != null) {
			query.where("parent", parentId); //$NON-NLS-1$
		} else if (filter == null || filter.isBlank()) {
			query.whereMissing("parent"); //$NON-NLS-1$
		}
		return store.read(actor, s -> s.rows(filtered(query, filter), page));
	}

	/**
	 * Agencies under an agency, or the top ones if {@code parentId} is null, in index order (by id).
	 * Whole records, because an agency's name has a history; there are a few thousand nationwide.
	 */
	public Page<Agency> agencies(Actor actor, String parentId, PageRequest page) {
		Query<Agency> query = Query.of(Agency.class);
		if (parentId == null) {
			query.whereMissing("parent"); //$NON-NLS-1$
		} else {
			query.where("parent", parentId); //$NON-NLS-1$
		}
		return store.read(actor, s -> s.query(query, page));
	}

	/**
	 * Who acts at a desktop: the person chosen there ({@code chosenPersonId}, may be null) if they can act for an
	 * agency, else the first official of the first top agency; empty when the database names no official.
	 */
	public Optional<Actor> actingPerson(Actor reader, String chosenPersonId) {
		if (chosenPersonId != null) {
			try {
				return Optional.of(actor(reader, chosenPersonId));
			} catch (MinewatchException e) {
				// the person chosen earlier is gone or no longer an agency's: the first official acts
			}
		}
		return firstOfficial(reader);
	}

	/** The acting person a desktop starts with until one is picked: the first official (by name) of the first top agency. */
	public Optional<Actor> firstOfficial(Actor reader) {
		return store.read(reader, s -> {
			Page<Agency> top = s.query(Query.of(Agency.class).whereMissing("parent"), PageRequest.first(1)); //$NON-NLS-1$
			if (top.items().isEmpty()) {
				return Optional.<Actor>empty();
			}
			Agency agency = top.items().get(0);
			Page<Person> officials = s.query(Query.of(Person.class).where("agency", agency.getId()).orderBy("name"), PageRequest.first(1)); //$NON-NLS-1$ //$NON-NLS-2$
			return officials.items().stream().findFirst().map(p -> new Actor(p.getId(), p.getName(), agency.getId()));
		});
	}

	/** Enterprises whose name contains {@code filter} (all if blank), by name, as whole records: to pick one as a reference. */
	public Page<Enterprise> findEnterprises(Actor actor, String filter, boolean groupsOnly, PageRequest page) {
		return store.read(actor, s -> {
			Page<Enterprise> found = s.query(filtered(Query.of(Enterprise.class).orderBy("name"), filter), page); //$NON-NLS-1$
			return groupsOnly ? new Page<>(found.items().stream().filter(Enterprise::isGroup).toList(), found.next()) : found;
		});
	}

	/** Mines whose name contains {@code filter}, nationwide, by name. */
	public Page<IndexRow> findMines(Actor actor, String filter, PageRequest page) {
		return store.read(actor, s -> s.rows(filtered(Query.of(Mine.class).orderBy("name"), filter), page)); //$NON-NLS-1$
	}

	private static <R extends Record> Query<R> filtered(Query<R> query, String filter) {
		return filter == null || filter.isBlank() ? query : query.where("name", Query.Op.CONTAINS, filter.strip()); //$NON-NLS-1$
	}

	/**
	 * Saves the bureau's revision of a vocabulary (the hazard categories): terms relabelled, retired, added;
	 * refused when a term is missing or moved. The reference data is read again here, on the caller's (background)
	 * thread, so that no part reads it on the UI thread afterwards.
	 */
	public synchronized void saveVocabulary(Actor actor, org.minewatch.model.base.Vocabulary revised) {
		store.write(actor, s -> {
			org.minewatch.core.VocabularyRevisions.save(s, revised);
			return revised;
		});
		reference = store.read(actor, Session::reference);
	}

	/** A record loaded whole, with the records it refers to, ready to edit outside a unit of work. */
	public <R extends Record> R load(Actor actor, Class<R> type, String id) {
		return store.read(actor, s -> {
			R record = s.get(type, id);
			EcoreUtil.resolveAll(record);
			return record;
		});
	}

	/** An agency or enterprise by id, if there is one (to show a name). */
	public <R extends Record> Optional<R> find(Actor actor, Class<R> type, String id) {
		return store.read(actor, s -> s.find(type, id));
	}

	/**
	 * Saves an edited record (a copy of it: the editor keeps its own); refused with the constraint's words when the
	 * model's constraints do not hold for it, and with a {@link org.minewatch.core.ConflictException} if someone
	 * saved it since it was read; a stopped mine changed back to producing or constructing is refused, with the
	 * rule's words, unless {@link Resumption} allows it. Returns the record as saved, with its new revision.
	 */
	public <R extends Record> R save(Actor actor, R edited) {
		R copy = EcoreUtil.copy(edited);
		Validity.require(copy, Locale.getDefault());
		store.write(actor, s -> {
			requireResumption(s, copy);
			return s.update(copy);
		});
		return copy;
	}

	/** A mine whose latest status goes from stopped to working resumes only when {@link Resumption} allows it. */
	private static void requireResumption(Session session, Record edited) {
		if (edited instanceof Mine mine) {
			Mine stored = session.find(Mine.class, mine.getId()).orElse(null);
			if (stored != null && Resumption.isResumption(Resumption.latest(stored), Resumption.latest(mine))) {
				Resumption.require(session, Locale.getDefault(), stored);
			}
		}
	}

	/**
	 * Saves an edited record over the version stored now, deliberately (after a conflict was shown
	 * and the person chose to overwrite): every field takes the edited value; the constraints still hold.
	 */
	public <R extends Record> R overwrite(Actor actor, R edited) {
		R copy = EcoreUtil.copy(edited);
		Validity.require(copy, Locale.getDefault());
		store.write(actor, s -> {
			Record stored = s.get(edited.eClass().getInstanceClass().asSubclass(Record.class), edited.getId());
			requireResumption(s, copy);
			copy.setRevision(stored.getRevision());
			return s.update(copy);
		});
		return copy;
	}

	/** The actor for a person: the person acting for their agency; refused if the person is not an agency's. */
	public Actor actor(Actor reader, String personId) {
		return store.read(reader, s -> {
			Person person = s.get(Person.class, personId);
			// the agency is read in this unit of work: outside it, a reference is not followed
			if (person.getAgency() == null || person.getAgency().getId() == null) {
				throw TEXTS.refusal("registry.noAgency", personId, person.getName()); //$NON-NLS-1$
			}
			return new Actor(person.getId(), person.getName(), person.getAgency().getId());
		});
	}

	/**
	 * Officials of agencies (not mine or enterprise staff), by name, each with their agency's name today, to pick the
	 * acting person from; {@code filter} narrows by name; at most {@code limit}. One read.
	 */
	public List<Official> officials(Actor actor, String filter, int limit) {
		Query<Person> query = Query.of(Person.class).whereMissing("mine").orderBy("name"); //$NON-NLS-1$ //$NON-NLS-2$
		return store.read(actor, s -> {
			java.time.LocalDate today = java.time.LocalDate.now(store.clock());
			Map<String, String> agencies = new HashMap<>();
			List<Official> officials = new ArrayList<>();
			for (IndexRow row : s.rows(filtered(query, filter), PageRequest.first(limit)).items()) {
				String agencyId = row.text("agency"); //$NON-NLS-1$
				if (agencyId != null) {
					String agency = agencies.computeIfAbsent(agencyId, id -> s.find(Agency.class, id).map(a -> a.nameOn(today)).orElse(id));
					officials.add(new Official(row.id(), row.text("name"), agency)); //$NON-NLS-1$
				}
			}
			return officials;
		});
	}

	/**
	 * Stores the bytes of a file a person attaches (a photo, a document) under their SHA-256, and returns the
	 * attachment with its hash and size; the record that holds the attachment is saved apart (with its editor).
	 */
	public Attachment storeContent(Actor actor, Attachment attachment, byte[] content) {
		return store.write(actor, s -> s.attach(attachment, content));
	}

	/** The bytes of an attachment, checked against its SHA-256. */
	public byte[] content(Actor actor, Attachment attachment) {
		return store.read(actor, s -> s.content(attachment));
	}

	/** The division of a code, or null. */
	public synchronized Jurisdiction division(Actor actor, String code) {
		if (divisionsByCode == null) {
			Jurisdiction nation = reference(actor).divisions().getNation();
			divisionsByCode = new HashMap<>();
			divisionsByCode.put(nation.getCode(), nation);
			nation.eAllContents().forEachRemaining(o -> {
				if (o instanceof Jurisdiction j) {
					// a prefecture-level city listed again as its own county-level area keeps the higher level
					divisionsByCode.putIfAbsent(j.getCode(), j);
				}
			});
		}
		return code == null ? null : divisionsByCode.get(code);
	}

	/** The provinces, by code. */
	public List<Jurisdiction> provinces(Actor actor) {
		return children(reference(actor).divisions().getNation());
	}

	/** The counties of a province, by code: where a mine may be registered. */
	public List<Jurisdiction> counties(Jurisdiction province) {
		List<Jurisdiction> counties = new ArrayList<>();
		for (Jurisdiction child : children(province)) {
			if (child.getLevel() == JurisdictionLevel.COUNTY) {
				counties.add(child);
			} else {
				counties.addAll(counties(child));
			}
		}
		return counties;
	}
}
