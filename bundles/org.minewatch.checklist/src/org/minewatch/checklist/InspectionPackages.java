package org.minewatch.checklist;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.minewatch.core.Actor;
import org.minewatch.core.AreaService;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.RecordDocument;
import org.minewatch.core.RecordDocument.Received;
import org.minewatch.core.Session;
import org.minewatch.core.Store;
import org.minewatch.core.StoreException;
import org.minewatch.core.exchange.ExchangeException;
import org.minewatch.core.exchange.ExchangePackage;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Record;
import org.minewatch.model.hazard.Hazard;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.Inspection;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.validation.ModelPackages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Inspections carried as exchange packages for offline field work: a bureau exports a planned inspection, the
 * inspector imports it into a laptop's embedded store, works through it there and exports the result, and the
 * bureau imports that by UUID. A package holds the inspection, the hazards it found, the records they refer to
 * that are not legal records themselves (mine, enterprise, template edition, people, agencies), following their
 * references in turn, and the bytes of every attachment. Other legal records they refer to (an earlier round, a
 * hazard repeated) stay behind. Importing checks the whole package first and writes it in one unit of work:
 * a refused package imports nothing, and importing one twice changes nothing the second time.
 */
@Component(service = { InspectionPackages.class, AreaService.class })
public final class InspectionPackages implements AreaService {

	/** What an import did: the package's header, how many records each outcome had, and the subject's own outcome. */
	public record Imported(ExchangePackage.Header header, Map<Received, Integer> outcomes, Received inspection, int attachments) {

		public int count(Received outcome) {
			return outcomes.getOrDefault(outcome, 0);
		}
	}

	private static final String SUBJECT = "Inspection"; //$NON-NLS-1$

	private final Store store;

	@Activate
	public InspectionPackages(@Reference Store store) {
		this.store = store;
	}

	/** Writes the inspection, what it found and what they refer to, to {@code zip} (completely or not at all). */
	public ExchangePackage export(Actor actor, String inspectionId, Path zip) throws IOException {
		ExchangePackage exchange = store.read(actor, session -> {
			Contents contents = new Contents(session);
			contents.add(session.get(Inspection.class, inspectionId));
			for (PageRequest page = PageRequest.first(200); page != null;) {
				Page<Hazard> found = session.query(Query.of(Hazard.class).where("inspection", inspectionId).includingVoided(), page); //$NON-NLS-1$
				found.items().forEach(contents::add);
				page = found.next();
			}
			contents.close();
			Agency sender = session.find(Agency.class, actor.agencyId()).orElse(null);
			ExchangePackage.Header header = new ExchangePackage.Header(SUBJECT, inspectionId, actor.agencyId(),
					sender == null ? actor.name() : sender.nameOn(java.time.LocalDate.now(store.clock())), store.clock().instant(), store.head());
			return new ExchangePackage(header, contents.documents, contents.bytes);
		});
		exchange.write(zip);
		return exchange;
	}

	/**
	 * Imports an inspection's package: refused with the reason, importing nothing, when the package is truncated,
	 * its content does not match its manifest, it is not an inspection's, or a record in it was changed apart here.
	 */
	public Imported importPackage(Actor actor, Path zip) {
		ExchangePackage exchange = ExchangePackage.read(zip);
		String subject = exchange.header().subjectId();
		if (!SUBJECT.equals(exchange.header().subjectType()) || exchange.records().stream().noneMatch(r -> r.id().equals(subject) && SUBJECT.equals(r.type()))) {
			throw new ExchangeException("exchange.notAnInspection", //$NON-NLS-1$
					Texts.format("package.notAnInspection", zip.getFileName(), exchange.header().subjectType(), subject)); //$NON-NLS-1$
		}
		try {
			return store.write(actor, session -> {
				exchange.contents().forEach(session::receiveContent);
				Map<Received, Integer> outcomes = new EnumMap<>(Received.class);
				Received inspection = null;
				for (RecordDocument document : exchange.records()) {
					Received outcome = receive(session, document);
					outcomes.merge(outcome, 1, Integer::sum);
					if (document.id().equals(subject)) {
						inspection = outcome;
					}
				}
				return new Imported(exchange.header(), outcomes, inspection, exchange.contents().size());
			});
		} catch (StoreException e) {
			throw new ExchangeException(e.code(), Texts.format("package.notImported", zip.getFileName(), e.getMessage()), e); //$NON-NLS-1$
		}
	}

	/**
	 * The inspection and its hazards are received by version; a record they only refer to (a mine, a person, an
	 * agency, a template edition) is added when it is missing and otherwise stays as it is here: a package does
	 * not change a database's registry.
	 */
	private static Received receive(Session session, RecordDocument document) {
		EClass type = Contents.recordType(document.type());
		if (type == null) {
			throw new ExchangeException("exchange.unknownRecord", Texts.format("package.unknownRecord", document.type())); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!LegalRecord.class.isAssignableFrom(type.getInstanceClass())
				&& session.find(type.getInstanceClass().asSubclass(Record.class), document.id()).isPresent()) {
			return Received.KEPT_HERE;
		}
		return session.receive(document);
	}

	/** The records and bytes a package carries, gathered by following references from the records added. */
	private static final class Contents {

		private final Session session;
		private final Set<String> seen = new LinkedHashSet<>();
		private final Deque<Record> pending = new ArrayDeque<>();
		private final List<RecordDocument> documents = new ArrayList<>();
		private final Map<String, byte[]> bytes = new LinkedHashMap<>();

		Contents(Session session) {
			this.session = session;
		}

		void add(Record record) {
			if (seen.add(record.getId())) {
				pending.add(record);
			}
		}

		/** Adds what the records added refer to, until nothing new is reached. */
		void close() {
			while (!pending.isEmpty()) {
				Record record = pending.poll();
				documents.add(session.document(record.eClass().getInstanceClass().asSubclass(Record.class), record.getId()));
				visit(record);
				for (var it = record.eAllContents(); it.hasNext();) {
					visit(it.next());
				}
			}
		}

		private void visit(EObject object) {
			if (object instanceof Attachment attachment && attachment.getSha256() != null && !bytes.containsKey(attachment.getSha256())) {
				bytes.put(attachment.getSha256(), session.content(attachment));
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived() || reference.isTransient()) {
					continue;
				}
				Object value = object.eGet(reference, false);
				if (value instanceof List<?> targets) {
					targets.forEach(target -> follow((EObject) target));
				} else if (value != null) {
					follow((EObject) value);
				}
			}
		}

		/** A reference to another record (not to reference data) adds it, unless it is a legal record of its own. */
		private void follow(EObject target) {
			URI uri = target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target);
			if (uri == null || uri.segmentCount() != 2 || "reference".equals(uri.segment(0)) || seen.contains(uri.segment(1))) { //$NON-NLS-1$
				return;
			}
			EClass type = recordType(uri.segment(0));
			if (type == null || LegalRecord.class.isAssignableFrom(type.getInstanceClass())) {
				return;
			}
			session.find(type.getInstanceClass().asSubclass(Record.class), uri.segment(1)).ifPresent(this::add);
		}

		static EClass recordType(String name) {
			for (var ePackage : ModelPackages.ALL) {
				if (ePackage.getEClassifier(name) instanceof EClass eClass && Record.class.isAssignableFrom(eClass.getInstanceClass())) {
					return eClass;
				}
			}
			return null;
		}
	}
}
