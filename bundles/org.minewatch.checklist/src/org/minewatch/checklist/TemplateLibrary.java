package org.minewatch.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.minewatch.core.Actor;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.Store;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.model.checklist.ChecklistItem;
import org.minewatch.model.checklist.ChecklistSection;
import org.minewatch.model.checklist.ChecklistTemplate;
import org.minewatch.model.checklist.TemplateOrigin;
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
@Component(service = TemplateLibrary.class)
public final class TemplateLibrary {

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
	 * edition exists.
	 */
	public ChecklistTemplate newEdition(Actor actor, String templateId, String edition, TemplateOrigin origin, java.time.LocalDate validFrom) {
		if (edition == null || edition.isBlank()) {
			throw new InspectionException("a new edition needs its name"); //$NON-NLS-1$
		}
		return store.write(actor, session -> {
			ChecklistTemplate old = session.get(ChecklistTemplate.class, templateId);
			String id = TemplateLoader.id(old.getName(), edition.strip());
			if (session.find(ChecklistTemplate.class, id).isPresent()) {
				throw new InspectionException("the template " + old.getName() + " already has an edition " + edition.strip()); //$NON-NLS-1$ //$NON-NLS-2$
			}
			ChecklistTemplate next = EcoreUtil.copy(old);
			next.setId(id);
			next.setOwner(null);
			next.setCreatedAt(null);
			next.setEdition(edition.strip());
			next.setOrigin(origin);
			next.setStarter(false);
			next.setValidFrom(validFrom);
			next.setValidTo(null);
			next.setSupersedes(old);
			for (ChecklistSection section : next.getSections()) {
				section.setId(id + "/" + section.getNumber()); //$NON-NLS-1$
				for (ChecklistItem item : section.getItems()) {
					item.setId(id + "/" + item.getNumber()); //$NON-NLS-1$
				}
			}
			return session.create(next);
		});
	}

	/** The stored templates for mines of a kind, the newest edition of each name first (by valid-from date). */
	public List<ChecklistTemplate> forKind(Actor actor, MineKind kind) {
		return store.read(actor, session -> {
			List<ChecklistTemplate> found = new ArrayList<>();
			for (PageRequest page = PageRequest.first(200); page != null;) {
				Page<ChecklistTemplate> stored = session.query(Query.of(ChecklistTemplate.class).orderBy("name"), page); //$NON-NLS-1$
				stored.items().stream().filter(t -> t.getAppliesTo().contains(kind)).forEach(found::add);
				page = stored.next();
			}
			found.sort(Comparator.comparing(ChecklistTemplate::getName).thenComparing(ChecklistTemplate::getValidFrom,
					Comparator.nullsLast(Comparator.reverseOrder())));
			return found;
		});
	}
}
