package org.minewatch.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.minewatch.model.base.Record;
import org.minewatch.model.base.Vocabulary;
import org.minewatch.model.hazard.CriteriaEdition;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.validation.ModelPackages;

/**
 * Records as XMI documents. Each record (an aggregate) lives in a resource named
 * {@code minewatch:/<Type>/<id>}; references to other records and to reference data are written as
 * such URIs and load when first followed, through a URI handler that reads the record from the
 * database. Reference data lives in shared resources named {@code minewatch:/reference/...}.
 */
final class Documents {

	static final String SCHEME = "minewatch"; //$NON-NLS-1$
	/** References are written as absolute URIs, so a document means the same wherever it is read. */
	private static final org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl ABSOLUTE = new org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl() {
		@Override
		public URI deresolve(URI uri) {
			return uri;
		}
	};

	/** Save options per thread: EMF's lookup cache speeds up saving many documents but is not thread-safe. */
	private static final ThreadLocal<Map<Object, Object>> SAVE = ThreadLocal.withInitial(() -> Map.of(XMLResource.OPTION_ENCODING, "UTF-8", //$NON-NLS-1$
			XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW, XMLResource.OPTION_URI_HANDLER, ABSOLUTE,
			XMLResource.OPTION_FORMATTED, Boolean.FALSE, XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE,
			XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<>()));

	/**
	 * Load options for documents read one after another (verify, rebuild): parsers reused, element names mapped to
	 * features once per thread.
	 */
	private static final org.eclipse.emf.ecore.xmi.XMLParserPool PARSERS = new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl();
	private static final ThreadLocal<Map<Object, Object>> LOAD = ThreadLocal.withInitial(() -> Map.of(XMLResource.OPTION_USE_PARSER_POOL, PARSERS,
			XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>(), XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE));

	/** The reference data, in resources every session shares (read-only). */
	static final class Reference {

		private final ReferenceData data;
		private final Map<URI, Resource> resources = new HashMap<>();

		Reference(ReferenceData data) {
			this.data = data;
			ResourceSetImpl set = new ResourceSetImpl();
			put(set, "divisions", data.divisions()); //$NON-NLS-1$
			for (CriteriaEdition edition : data.criteria()) {
				put(set, "criteria/" + URI.encodeSegment(edition.getEdition(), false), edition); //$NON-NLS-1$
			}
			for (Vocabulary vocabulary : data.vocabularies().values()) {
				put(set, "vocabulary/" + vocabulary.getName(), vocabulary); //$NON-NLS-1$
			}
		}

		ReferenceData data() {
			return data;
		}

		private void put(ResourceSetImpl set, String path, EObject root) {
			Resource resource = new XMIResourceFactoryImpl().createResource(URI.createURI(SCHEME + ":/reference/" + path)); //$NON-NLS-1$
			set.getResources().add(resource);
			resource.getContents().add(root);
			// every id looked up at once: EMF would otherwise walk the whole tree (thousands of divisions) for each
			// reference followed; filled here and only read after, so threads may share it
			Map<String, EObject> ids = new HashMap<>();
			resource.getAllContents().forEachRemaining(object -> {
				String id = org.eclipse.emf.ecore.util.EcoreUtil.getID(object);
				if (id != null) {
					ids.putIfAbsent(id, object);
				}
			});
			((org.eclipse.emf.ecore.resource.impl.ResourceImpl) resource).setIntrinsicIDToEObjectMap(ids);
			resources.put(resource.getURI(), resource);
		}
	}

	/** The resources of one session: its records, and the shared reference data. */
	static final class Records extends ResourceSetImpl {

		private final Reference reference;
		private final boolean followRecords;

		/** @param load the document of a record by id, or null if there is none */
		Records(Reference reference, Function<String, String> load) {
			this(reference, load, true);
		}

		/**
		 * Documents read one at a time, their references to other records left unresolved (a reference then
		 * names its record by the id in its URI): for reading every record of a database in one pass.
		 */
		static Records detached(Reference reference) {
			return new Records(reference, id -> null, false);
		}

		private Records(Reference reference, Function<String, String> load, boolean followRecords) {
			this.reference = reference;
			this.followRecords = followRecords;
			ModelPackages.ALL.forEach(p -> getPackageRegistry().put(p.getNsURI(), p));
			getResourceFactoryRegistry().getProtocolToFactoryMap().put(SCHEME, new XMIResourceFactoryImpl());
			URIConverter converter = new ExtensibleURIConverterImpl(List.of(new URIHandlerImpl() {
				@Override
				public boolean canHandle(URI uri) {
					return SCHEME.equals(uri.scheme());
				}

				@Override
				public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
					String document = load.apply(idOf(uri));
					if (document == null) {
						throw new IOException("no record " + uri); //$NON-NLS-1$
					}
					return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
				}
			}), List.of());
			setURIConverter(converter);
		}

		Reference reference() {
			return reference;
		}

		@Override
		public EObject getEObject(URI uri, boolean loadOnDemand) {
			if (!followRecords && !reference.resources.containsKey(uri.trimFragment())) {
				return null; // another record: the proxy stays, and names it
			}
			return super.getEObject(uri, loadOnDemand);
		}

		@Override
		public Resource getResource(URI uri, boolean loadOnDemand) {
			Resource shared = reference.resources.get(uri);
			return shared != null ? shared : super.getResource(uri, loadOnDemand);
		}

		/** Puts a new record in its own resource (if it is in none yet). */
		Resource adopt(Record record) {
			Resource resource = record.eResource();
			if (resource == null) {
				resource = createResource(uriOf(record.eClass(), record.getId()));
				resource.getContents().add(record);
			}
			return resource;
		}

		/** The record with this id, loaded from its document if not loaded yet; null if there is none. */
		Record load(EClass type, String id) {
			URI uri = uriOf(type, id);
			Resource resource = getResource(uri, false);
			if (resource == null) {
				try {
					resource = getResource(uri, true);
				} catch (RuntimeException e) {
					Resource failed = getResource(uri, false);
					if (failed != null) {
						getResources().remove(failed);
					}
					return null;
				}
			}
			return resource.getContents().isEmpty() ? null : (Record) resource.getContents().get(0);
		}
	}

	static URI uriOf(EClass type, String id) {
		return URI.createURI(SCHEME + ":/" + type.getName() + "/" + id); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String idOf(URI uri) {
		return uri.lastSegment();
	}

	/** The XMI document of a record's resource. */
	static String serialize(Resource resource) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, SAVE.get());
		} catch (IOException e) {
			throw new UncheckedIOException("cannot serialize " + resource.getURI() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/** Reads a document into a resource of its own in {@code set}, outside the record's usual name (for comparisons). */
	static Record parse(Records set, EClass type, String id, String document) {
		return parse(set, type.getName(), id, document);
	}

	/** As {@link #parse(Records, EClass, String, String)}, for a document whose type is read from the document itself. */
	static Record parse(Records set, String typeName, String id, String document) {
		Resource resource = set.createResource(URI.createURI(SCHEME + ":/stored/" + typeName + "/" + id)); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			resource.load(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), LOAD.get());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return (Record) resource.getContents().get(0);
	}

	private Documents() {
	}
}
