package org.minewatch.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Store;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.model.checklist.ChecklistFactory;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.refdata.TemplateLoader;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.registry.MineKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The checklist templates on offer and in the database. Every {@link TemplateSource} service contributes (the
 * suite's starters, a province plugin's own); a source that fails is reported and left out, never fatal.
 * {@link #install} stores the editions the database lacks: a template is a record, and an inspection refers to
 * the edition it started with, which stays as it is when a newer edition is installed.
 */
@Component(service = { TemplateLibrary.class, AreaService.class })
public final class TemplateLibrary implements AreaService {

	/** What the sources offer now, and what went wrong with those that failed. */
	public record Offer(List<ChecklistTemplate> templates, List<String> problems) {
	}

	private final Store store;
	private final List<TemplateSource> sources = new CopyOnWriteArrayList<>();

	@Activate
	public TemplateLibrary(@Reference Store store) {
		this.store = store;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addSource(TemplateSource source) {
		sources.add(source);
	}

	public void removeSource(TemplateSource source) {
		sources.remove(source);
	}

	/** Every template the sources offer now; a source that fails is named in the problems with what failed. */
	public Offer available(ReferenceData reference) {
		List<ChecklistTemplate> templates = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (TemplateSource source : sources) {
			try {
				templates.addAll(source.templates(reference));
			} catch (RuntimeException e) {
				problems.add(source.getClass().getName() + ": " + e.getMessage()); //$NON-NLS-1$
			}
		}
		return new Offer(templates, problems);
	}

	/**
	 * Stores each offered edition the database does not hold yet (a template edition's id follows from its name
	 * and edition, so installing twice adds nothing the second time). Returns the editions added and the problems.
	 */
	public Offer install(Actor actor) {
		return store.write(actor, session -> {
			Offer offer = available(session.reference());
			List<ChecklistTemplate> added = new ArrayList<>();
			for (ChecklistTemplate template : offer.templates()) {
				if (session.find(ChecklistTemplate.class, template.getId()).isEmpty()) {
					added.add(session.create(template));
				}
			}
			return new Offer(added, offer.problems());
		});
	}

	/**
	 * Starts a new edition of a stored template for a bureau or province to author: the same sections and items
	 * under ids derived from the name and the new edition, superseding the old one, owned by the author's agency
	 * and stored at once. The old edition stays as it is for the inspections that use it. Refused when the
	 * edition exists. Its origin is {@code origin}, or when null the old edition's, except that a new edition of the
	 * suite's own or a national template is the province's (whoever edits it is not the state or the suite). Valid
	 * from {@code validFrom}, or today when null.
	 */
	public ChecklistTemplate newEdition(Actor actor, String templateId, String edition, TemplateOrigin origin, java.time.LocalDate validFrom) {
		if (edition == null || edition.isBlank()) {
			throw Texts.refused("editionNeedsName"); //$NON-NLS-1$
		}
		return store.write(actor, session -> {
			ChecklistTemplate old = session.get(ChecklistTemplate.class, templateId);
			String id = TemplateLoader.id(old.getName(), edition.strip());
			if (session.find(ChecklistTemplate.class, id).isPresent()) {
				throw Texts.refused("editionExists", old.getName(), edition.strip()); //$NON-NLS-1$
			}
			ChecklistTemplate next = EcoreUtil.copy(old);
			next.setId(id);
			next.setOwner(null);
			next.setCreatedAt(null);
			next.setEdition(edition.strip());
			next.setOrigin(origin != null ? origin
					: old.getOrigin() == TemplateOrigin.NATIONAL || old.getOrigin() == TemplateOrigin.SUITE ? TemplateOrigin.PROVINCE : old.getOrigin());
			next.setStarter(false);
			next.setValidFrom(validFrom == null ? java.time.LocalDate.now(store.clock()) : validFrom);
			next.setValidTo(null);
			next.setSupersedes(old);
			deriveIds(next);
			return session.create(next);
		});
	}

	/** Starts a template of a bureau's, province's or enterprise's own, with no sections yet, stored at once; valid from today when {@code validFrom} is null. */
	public ChecklistTemplate newTemplate(Actor actor, String name, String edition, TemplateOrigin origin, List<MineKind> kinds, java.time.LocalDate validFrom) {
		if (name == null || name.isBlank() || edition == null || edition.isBlank()) {
			throw Texts.refused("templateNeedsName"); //$NON-NLS-1$
		}
		if (kinds.isEmpty()) {
			throw Texts.refused("templateNeedsKind"); //$NON-NLS-1$
		}
		return store.write(actor, session -> {
			String id = TemplateLoader.id(name.strip(), edition.strip());
			if (session.find(ChecklistTemplate.class, id).isPresent()) {
				throw Texts.refused("editionExists", name.strip(), edition.strip()); //$NON-NLS-1$
			}
			ChecklistTemplate template = ChecklistFactory.eINSTANCE.createChecklistTemplate();
			template.setId(id);
			template.setName(name.strip());
			template.setEdition(edition.strip());
			template.setOrigin(origin);
			template.getAppliesTo().addAll(kinds);
			template.setValidFrom(validFrom == null ? java.time.LocalDate.now(store.clock()) : validFrom);
			return session.create(template);
		});
	}

	/**
	 * Why a stored edition cannot be edited in place, or null if it can: one in use by inspections stays as they
	 * saw it, a starter or one a plugin ships changes only with its source. Those are changed by a new edition.
	 */
	public String whyNotEditable(Actor actor, String templateId) {
		return store.read(actor, session -> whyNotEditable(session, session.get(ChecklistTemplate.class, templateId)));
	}

	private String whyNotEditable(org.minewatch.core.Session session, ChecklistTemplate stored) {
		if (stored.getOwner() != null && !stored.getOwner().getId().equals(session.actor().agencyId())) {
			return Texts.format("templateNotOurs", stored.getName(), stored.getEdition(), stored.getOwner().nameOn(java.time.LocalDate.now(store.clock()))); //$NON-NLS-1$
		}
		if (stored.isStarter()) {
			return Texts.format("templateStarter", stored.getName(), stored.getEdition()); //$NON-NLS-1$
		}
		if (available(session.reference()).templates().stream().anyMatch(t -> t.getId().equals(stored.getId()))) {
			return Texts.format("templateShipped", stored.getName(), stored.getEdition()); //$NON-NLS-1$
		}
		long inUse = session.countBy(Query.of(Inspection.class).where("template", stored.getId()).includingVoided(), "kind").values().stream() //$NON-NLS-1$ //$NON-NLS-2$
				.mapToLong(Long::longValue).sum();
		return inUse == 0 ? null : Texts.format("templateInUse", stored.getName(), stored.getEdition(), inUse); //$NON-NLS-1$
	}

	/** What is wrong with an edited template (nothing: empty), in the desktop's language. */
	public static List<String> problems(ChecklistTemplate template) {
		List<String> problems = new ArrayList<>();
		if (blank(template.getName()) || blank(template.getEdition())) {
			problems.add(Texts.format("templateNeedsName")); //$NON-NLS-1$
		}
		if (template.getAppliesTo().isEmpty()) {
			problems.add(Texts.format("templateNeedsKind")); //$NON-NLS-1$
		}
		java.util.Set<String> sections = new java.util.HashSet<>();
		java.util.Set<String> items = new java.util.HashSet<>();
		for (int i = 0; i < template.getSections().size(); i++) {
			ChecklistSection section = template.getSections().get(i);
			String where = blank(section.getNumber()) ? String.valueOf(i + 1) : section.getNumber();
			if (blank(section.getNumber()) || blank(section.getTitle())) {
				problems.add(Texts.format("sectionNeedsTitle", where)); //$NON-NLS-1$
			} else if (!sections.add(section.getNumber().strip())) {
				problems.add(Texts.format("sectionNumberTwice", section.getNumber())); //$NON-NLS-1$
			}
			for (ChecklistItem item : section.getItems()) {
				if (blank(item.getNumber()) || blank(item.getSubject())) {
					problems.add(Texts.format("itemNeedsSubject", where)); //$NON-NLS-1$
				} else if (!items.add(item.getNumber().strip())) {
					problems.add(Texts.format("itemNumberTwice", item.getNumber())); //$NON-NLS-1$
				}
			}
		}
		// sections and items take ids from their numbers: one number cannot name both
		items.stream().filter(sections::contains).sorted().forEach(number -> problems.add(Texts.format("numberOfBoth", number))); //$NON-NLS-1$
		return problems;
	}

	/**
	 * Saves an edited edition (a copy: the editor keeps its own), refused with the reasons when it has problems
	 * or cannot be edited in place; {@code overwrite} saves over whatever is stored now (after a conflict was
	 * shown). Sections and items take ids from the edition and their numbers. Returns the edition as saved.
	 */
	public ChecklistTemplate save(Actor actor, ChecklistTemplate edited, boolean overwrite) {
		List<String> problems = problems(edited);
		if (!problems.isEmpty()) {
			throw new InspectionException("template.problems", String.join("; ", problems)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ChecklistTemplate copy = EcoreUtil.copy(edited);
		deriveIds(copy);
		return store.write(actor, session -> {
			ChecklistTemplate stored = session.get(ChecklistTemplate.class, copy.getId());
			String why = whyNotEditable(session, stored);
			if (why != null) {
				throw new InspectionException("template.notEditable", why); //$NON-NLS-1$
			}
			if (!stored.getName().equals(copy.getName().strip()) || !stored.getEdition().equals(copy.getEdition().strip())) {
				// the id follows from the name and the edition: another name or edition is another edition
				throw Texts.refused("nameIsFixed", stored.getName(), stored.getEdition()); //$NON-NLS-1$
			}
			if (overwrite) {
				copy.setRevision(stored.getRevision());
			}
			return session.update(copy);
		});
	}

	/** Every stored template, by name then newest edition first (the templates view). */
	public List<ChecklistTemplate> stored(Actor actor) {
		return store.read(actor, session -> {
			List<ChecklistTemplate> found = new ArrayList<>();
			for (PageRequest page = PageRequest.first(200); page != null;) {
				Page<ChecklistTemplate> stored = session.query(Query.of(ChecklistTemplate.class).orderBy("name"), page); //$NON-NLS-1$
				found.addAll(stored.items());
				page = stored.next();
			}
			found.sort(NEWEST_FIRST);
			return found;
		});
	}

	private static final Comparator<ChecklistTemplate> NEWEST_FIRST = Comparator.comparing(ChecklistTemplate::getName)
			.thenComparing(ChecklistTemplate::getValidFrom, Comparator.nullsLast(Comparator.reverseOrder()));

	private static void deriveIds(ChecklistTemplate template) {
		for (ChecklistSection section : template.getSections()) {
			section.setId(template.getId() + "/" + section.getNumber().strip()); //$NON-NLS-1$
			for (ChecklistItem item : section.getItems()) {
				item.setId(template.getId() + "/" + item.getNumber().strip()); //$NON-NLS-1$
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** The stored templates for mines of a kind, the newest edition of each name first (by valid-from date). */
	public List<ChecklistTemplate> forKind(Actor actor, MineKind kind) {
		return stored(actor).stream().filter(t -> t.getAppliesTo().contains(kind)).toList();
	}
}
