package org.minewatch.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.minewatch.core.Sha256;
import org.minewatch.core.Actor;
import org.minewatch.core.ConflictException;
import org.minewatch.core.NotFoundException;
import org.minewatch.core.IndexRow;
import org.minewatch.model.registry.Mine;
import org.minewatch.core.Page;
import org.minewatch.core.PageRequest;
import org.minewatch.core.Query;
import org.minewatch.core.RecordDocument;
import org.minewatch.core.RowDifference;
import org.minewatch.core.Session;
import org.minewatch.core.StoreException;
import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Record;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.jurisdiction.Agency;
import org.minewatch.model.people.Person;
import org.minewatch.model.refdata.ReferenceData;
import org.minewatch.model.validation.ModelPackages;
import org.minewatch.store.AuditChain.Action;

/**
 * One unit of work on one connection. Reads go to the database as records are touched; writes are
 * collected and carried out at the end, in order, each with its index rows and audit entry, so that
 * records created together may refer to each other.
 */
final class JdbcSession implements Session {

	/** A write to carry out; a received record brings its document and the revision it replaces here (0: none). */
	private record Change(Action action, Record record, String received, long replaces) {

		Change(Action action, Record record) {
			this(action, record, null, 0);
		}
	}

	private final Connection connection;
	private final Actor actor;
	private final Instant now;
	private final Documents.Records records;
	private final ReferenceData reference;
	private final List<Change> changes = new ArrayList<>();

	JdbcSession(Connection connection, Actor actor, Instant now, Documents.Reference reference) {
		this.connection = connection;
		this.actor = actor;
		this.now = now;
		this.reference = reference.data();
		this.records = new Documents.Records(reference, this::document);
	}

	@Override
	public <R extends Record> R get(Class<R> type, String id) {
		return find(type, id).orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
	}

	@Override
	public <R extends Record> Optional<R> find(Class<R> type, String id) {
		Record record = records.load(eClass(type), id);
		return type.isInstance(record) ? Optional.of(type.cast(record)) : Optional.empty();
	}

	@Override
	public <R extends Record> R create(R record) {
		if (record.getId() == null) {
			record.setId(UUID.randomUUID().toString());
		}
		if (record.getOwner() == null) {
			record.setOwner(pendingOrStored(Agency.class, actor.agencyId()));
		}
		if (record.getCreatedAt() == null) {
			record.setCreatedAt(now);
		}
		record.setRevision(1);
		Projections.of(record.eClass()); // refuses types the store does not keep, now rather than at commit
		records.adopt(record);
		changes.add(new Change(Action.CREATE, record));
		return record;
	}

	@Override
	public <R extends Record> R update(R record) {
		adoptForUpdate(record);
		changes.add(new Change(Action.UPDATE, record));
		return record;
	}

	@Override
	public void delete(Record record) {
		if (record instanceof LegalRecord) {
			throw Texts.refusal("record.legalNotDeleted", record.eClass().getName(), record.getId()); //$NON-NLS-1$
		}
		adoptForUpdate(record);
		changes.add(new Change(Action.DELETE, record));
	}

	@Override
	public <R extends LegalRecord> R voidRecord(R record, String reason) {
		if (reason == null || reason.isBlank()) {
			throw Texts.refusal("record.voidNeedsReason", record.eClass().getName(), record.getId()); //$NON-NLS-1$
		}
		adoptForUpdate(record);
		record.setVoidedAt(now);
		record.setVoidedBy(find(Person.class, actor.personId()).orElse(null));
		record.setVoidReason(reason);
		changes.add(new Change(Action.VOID, record));
		return record;
	}

	@Override
	public <R extends LegalRecord> R supersede(R old, R replacement, String reason) {
		if (reason == null || reason.isBlank()) {
			throw Texts.refusal("record.supersedeNeedsReason", old.eClass().getName(), old.getId()); //$NON-NLS-1$
		}
		create(replacement);
		adoptForUpdate(old);
		old.setSupersededBy(replacement);
		old.setSupersedeReason(reason);
		changes.add(new Change(Action.SUPERSEDE, old));
		return replacement;
	}

	@Override
	public <R extends Record> Page<R> query(Query<R> query, PageRequest page) {
		Page<SqlQuery.Row> rows = page(query, SqlQuery.of(query, eClass(query.type()), page, asOf(query)), page);
		return new Page<>(rows.items().stream().map(row -> get(query.type(), row.id())).toList(), rows.next());
	}

	@Override
	public <R extends Record> Page<IndexRow> rows(Query<R> query, PageRequest page) {
		Page<SqlQuery.Row> rows = page(query, SqlQuery.of(query, eClass(query.type()), page, asOf(query)), page);
		List<String> ids = rows.items().stream().map(SqlQuery.Row::id).toList();
		try {
			Map<String, Map<String, Object>> values = SqlQuery.indexValues(connection, eClass(query.type()), ids);
			Map<String, Map<String, Object>> history = query.type() == Mine.class ? SqlQuery.currentHistory(connection, ids, asOf(query)) : Map.of();
			rows.items().forEach(row -> {
				row.values().putAll(values.getOrDefault(row.id(), Map.of()));
				if (query.type() == Mine.class) {
					SqlQuery.CURRENT_HISTORY.forEach(h -> row.values().put(h.field(), null));
					row.values().putAll(history.getOrDefault(row.id(), Map.of()));
				}
			});
		} catch (SQLException e) {
			throw Texts.failure("query.rowsUnreadable", e, query.type().getSimpleName(), e.getMessage()); //$NON-NLS-1$
		}
		return new Page<>(rows.items().stream().map(row -> new IndexRow(row.id(), java.util.Collections.unmodifiableMap(row.values()))).toList(), rows.next());
	}

	@Override
	public <R extends Record> Map<Object, Long> countBy(Query<R> query, String field) {
		try {
			return SqlQuery.countBy(query, eClass(query.type()), field, asOf(query)).counts(connection);
		} catch (SQLException e) {
			throw Texts.failure("query.countFailed", e, query.type().getSimpleName(), field, e.getMessage()); //$NON-NLS-1$
		}
	}

	private Page<SqlQuery.Row> page(Query<?> query, SqlQuery sql, PageRequest page) {
		try {
			List<SqlQuery.Row> rows = sql.run(connection);
			boolean more = rows.size() > page.size();
			List<SqlQuery.Row> shown = more ? rows.subList(0, page.size()) : rows;
			PageRequest next = more ? new PageRequest(page.size(), shown.get(shown.size() - 1).key()) : null;
			return new Page<>(shown, next);
		} catch (SQLException e) {
			throw Texts.failure("query.failed", e, query.type().getSimpleName(), e.getMessage()); //$NON-NLS-1$
		}
	}

	private java.time.LocalDate asOf(Query<?> query) {
		return query.asOfDate() != null ? query.asOfDate() : java.time.LocalDate.ofInstant(now, org.minewatch.model.time.Zones.CHINA);
	}

	@Override
	public <R extends Record> List<RowDifference> indexDifferences(Class<R> type, IndexRow shown) {
		EClass eClass = eClass(type);
		Projections.Projection projection = Projections.of(eClass);
		R record = get(type, shown.id());
		Map<String, String> derived = new java.util.LinkedHashMap<>(Derivation.indexRow(projection, record));
		Mine mine = record instanceof org.minewatch.model.hazard.Hazard hazard ? hazard.getMine()
				: record instanceof org.minewatch.model.inspection.Inspection inspection ? inspection.getMine() : null;
		boolean placeKnown = mine == null || !mine.eIsProxy(); // a mine deleted since: nothing to derive the place from
		if (placeKnown) {
			derived.putAll(Derivation.placeFrom(mine));
		}
		List<RowDifference> differences = new ArrayList<>();
		for (Projections.Column column : projection.columns()) {
			if (shown.values().containsKey(column.field()) && (column.fromRecord() || placeKnown)) {
				String stored = Derivation.text(shown.get(column.field()));
				if (!java.util.Objects.equals(stored, derived.get(column.column()))) {
					differences.add(new RowDifference(projection.table(), shown.id(), column.column(), stored, derived.get(column.column())));
				}
			}
		}
		if (!differences.isEmpty()) {
			System.Logger log = System.getLogger(JdbcSession.class.getName());
			differences.forEach(d -> log.log(System.Logger.Level.WARNING, "an index row shown differs from its document: " + d.message())); //$NON-NLS-1$
		}
		return differences;
	}

	@Override
	public Attachment attach(Attachment attachment, byte[] content) {
		String sha256 = Sha256.of(content);
		try {
			keepContent(sha256, content);
		} catch (SQLException e) {
			throw Texts.failure("attachment.notStored", e, attachment.getFileName(), e.getMessage()); //$NON-NLS-1$
		}
		attachment.setSha256(sha256);
		attachment.setSize(content.length);
		if (attachment.eContainer() == null && attachment.eResource() == null) {
			create(attachment); // a record of its own; otherwise its owner's document carries it
		}
		return attachment;
	}

	@Override
	public void receiveContent(String sha256, byte[] content) {
		if (!Sha256.of(content).equals(sha256)) {
			throw Texts.refusal("attachment.receivedMismatch", sha256); //$NON-NLS-1$
		}
		try {
			keepContent(sha256, content);
		} catch (SQLException e) {
			throw Texts.failure("attachment.notStored", e, sha256, e.getMessage()); //$NON-NLS-1$
		}
	}

	/** Stores bytes under their SHA-256 unless the store has them already. */
	private void keepContent(String sha256, byte[] content) throws SQLException {
		try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM mw_content WHERE sha256 = ?")) { //$NON-NLS-1$
			exists.setString(1, sha256);
			try (ResultSet found = exists.executeQuery()) {
				if (found.next()) {
					return;
				}
			}
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mw_content (sha256, byte_size, content) VALUES (?, ?, ?)")) { //$NON-NLS-1$
			insert.setString(1, sha256);
			insert.setLong(2, content.length);
			insert.setBytes(3, content);
			insert.executeUpdate();
		}
	}

	@Override
	public RecordDocument document(Class<? extends Record> type, String id) {
		StoredRow row = storedRow(id);
		if (row == null || !eClass(type).isSuperTypeOf(eClassNamed(row.type()))) {
			throw new NotFoundException(type.getSimpleName(), id);
		}
		return new RecordDocument(row.type(), id, row.revision(), document(id), history(id, row.sha256()));
	}

	@Override
	public RecordDocument.Received receive(RecordDocument incoming) {
		EClass type = eClassNamed(incoming.type());
		Projections.of(type); // refuses types the store does not keep
		StoredRow here = storedRow(incoming.id());
		RecordDocument.Received outcome = RecordDocument.Received.ADDED;
		if (here != null) {
			if (!here.type().equals(incoming.type())) {
				throw Texts.refusal("receive.otherType", incoming.type(), incoming.id(), here.type()); //$NON-NLS-1$
			}
			String theirs = Sha256.of(incoming.content());
			if (here.sha256().equals(theirs)) {
				return RecordDocument.Received.UNCHANGED;
			}
			if (!incoming.history().contains(here.sha256())) {
				if (history(incoming.id(), here.sha256()).contains(theirs)) {
					return RecordDocument.Received.KEPT_NEWER;
				}
				throw Texts.refusal("receive.changedApart", incoming.type(), incoming.id(), here.revision(), incoming.revision()); //$NON-NLS-1$
			}
			outcome = RecordDocument.Received.UPDATED;
		}
		Record record = load(type, incoming);
		changes.add(new Change(Action.RECEIVE, record, incoming.content(), here == null ? 0 : here.revision()));
		return outcome;
	}

	/** The SHA-256 of each version a record had here, oldest first, as the audit chain records them, and the one stored now. */
	private List<String> history(String id, String current) {
		List<String> versions = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT after_sha256 FROM mw_audit WHERE record_id = ? AND after_sha256 IS NOT NULL ORDER BY seq")) { //$NON-NLS-1$
			select.setString(1, id);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					versions.add(rows.getString(1));
				}
			}
		} catch (SQLException e) {
			throw Texts.failure("record.historyUnreadable", e, id, e.getMessage()); //$NON-NLS-1$
		}
		if (versions.isEmpty() || !versions.get(versions.size() - 1).equals(current)) {
			versions.add(current); // written by a bulk import, whose audit entry lists a batch
		}
		return versions;
	}

	/** Reads a received document into the record's own resource, replacing what this session had loaded of it. */
	private Record load(EClass type, RecordDocument incoming) {
		URI uri = Documents.uriOf(type, incoming.id());
		Resource resource = records.getResource(uri, false);
		if (resource == null) {
			resource = records.createResource(uri);
		} else {
			resource.unload();
		}
		try {
			resource.load(new ByteArrayInputStream(incoming.content().getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException | RuntimeException e) {
			records.getResources().remove(resource);
			throw Texts.failure("receive.unreadable", e, incoming.type(), incoming.id(), e.getMessage()); //$NON-NLS-1$
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Record record) || record.eClass() != type
				|| !incoming.id().equals(record.getId()) || record.getRevision() != incoming.revision()) {
			records.getResources().remove(resource);
			throw Texts.refusal("receive.otherRecord", incoming.type(), incoming.id()); //$NON-NLS-1$
		}
		return record;
	}

	/** The type, revision and document hash stored for an id. */
	private record StoredRow(String type, long revision, String sha256) {
	}

	private StoredRow storedRow(String id) {
		try (PreparedStatement select = connection.prepareStatement("SELECT record_type, revision, document_sha256 FROM mw_record WHERE id = ?")) { //$NON-NLS-1$
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? new StoredRow(row.getString(1), row.getLong(2), row.getString(3)) : null;
			}
		} catch (SQLException e) {
			throw Texts.failure("record.unreadable", e, id, e.getMessage()); //$NON-NLS-1$
		}
	}

	@Override
	public byte[] content(Attachment attachment) {
		try (PreparedStatement select = connection.prepareStatement("SELECT content FROM mw_content WHERE sha256 = ?")) { //$NON-NLS-1$
			select.setString(1, attachment.getSha256());
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw Texts.refusal("attachment.missing", attachment.getFileName(), attachment.getSha256()); //$NON-NLS-1$
				}
				byte[] bytes = row.getBytes(1);
				if (!Sha256.of(bytes).equals(attachment.getSha256())) {
					throw Texts.refusal("attachment.changed", attachment.getFileName(), attachment.getSha256()); //$NON-NLS-1$
				}
				return bytes;
			}
		} catch (SQLException e) {
			throw Texts.failure("attachment.unreadable", e, attachment.getFileName(), e.getMessage()); //$NON-NLS-1$
		}
	}

	@Override
	public ReferenceData reference() {
		return reference;
	}

	@Override
	public Actor actor() {
		return actor;
	}

	/** True when this unit of work wrote a bureau setting whose key starts with {@code prefix}. */
	boolean changedSetting(String prefix) {
		return changes.stream().anyMatch(c -> c.record() instanceof org.minewatch.model.base.Setting setting && setting.getKey() != null
				&& setting.getKey().startsWith(prefix));
	}

	boolean hasChanges() {
		return !changes.isEmpty();
	}

	/** Carries out the collected writes, in order, with the audit chain locked. */
	void flush() throws SQLException {
		if (changes.isEmpty()) {
			return;
		}
		AuditChain.lock(connection);
		for (Change change : changes) {
			switch (change.action()) {
			case CREATE -> insert(change.record());
			case DELETE -> remove(change.record());
			case RECEIVE -> storeReceived(change);
			default -> store(change.action(), change.record());
			}
		}
		changes.clear();
	}

	private void insert(Record record) throws SQLException {
		String document = Documents.serialize(record.eResource());
		String sha256 = Sha256.of(document);
		insertRow(record, document, sha256);
		Projections.write(connection, record);
		AuditChain.append(connection, actor, now, Action.CREATE, record.eClass().getName(), record.getId(), record.getRevision(), null, sha256, document);
	}

	private void store(Action action, Record record) throws SQLException {
		long read = record.getRevision();
		String before = storedSha256(record, read);
		record.setRevision(read + 1);
		String document = Documents.serialize(record.eResource());
		String sha256 = Sha256.of(document);
		if (!updateRow(record, read, document, sha256)) {
			record.setRevision(read);
			throw conflict(record, read);
		}
		Projections.write(connection, record);
		AuditChain.append(connection, actor, now, action, record.eClass().getName(), record.getId(), read + 1, before, sha256, document);
	}

	/** Writes a received record's document as it came, under its own revision. */
	private void storeReceived(Change change) throws SQLException {
		Record record = change.record();
		String sha256 = Sha256.of(change.received());
		String before = null;
		if (change.replaces() == 0) {
			insertRow(record, change.received(), sha256);
		} else {
			before = storedSha256(record, change.replaces());
			if (!updateRow(record, change.replaces(), change.received(), sha256)) {
				throw conflict(record, change.replaces());
			}
		}
		Projections.write(connection, record);
		AuditChain.append(connection, actor, now, Action.RECEIVE, record.eClass().getName(), record.getId(), record.getRevision(), before, sha256,
				change.received());
	}

	private void insertRow(Record record, String document, String sha256) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mw_record (id, record_type, owner_id, revision, voided, modified_at, " //$NON-NLS-1$
				+ "modified_by, modified_by_name, document, document_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			insert.setString(1, record.getId());
			insert.setString(2, record.eClass().getName());
			insert.setString(3, record.getOwner() == null ? null : record.getOwner().getId());
			insert.setLong(4, record.getRevision());
			insert.setShort(5, voided(record));
			insert.setTimestamp(6, Timestamp.from(now));
			insert.setString(7, actor.personId());
			insert.setString(8, actor.name());
			insert.setString(9, document);
			insert.setString(10, sha256);
			insert.executeUpdate();
		} catch (SQLException e) {
			if ("23505".equals(e.getSQLState())) { //$NON-NLS-1$
				throw Texts.failure("record.exists", e, record.eClass().getName(), record.getId()); //$NON-NLS-1$
			}
			throw e;
		}
	}

	/** Replaces the stored row at revision {@code read} by the record at its revision; false if the stored revision moved on. */
	private boolean updateRow(Record record, long read, String document, String sha256) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE mw_record SET revision = ?, owner_id = ?, voided = ?, modified_at = ?, " //$NON-NLS-1$
				+ "modified_by = ?, modified_by_name = ?, document = ?, document_sha256 = ? WHERE id = ? AND revision = ?")) { //$NON-NLS-1$
			update.setLong(1, record.getRevision());
			update.setString(2, record.getOwner() == null ? null : record.getOwner().getId());
			update.setShort(3, voided(record));
			update.setTimestamp(4, Timestamp.from(now));
			update.setString(5, actor.personId());
			update.setString(6, actor.name());
			update.setString(7, document);
			update.setString(8, sha256);
			update.setString(9, record.getId());
			update.setLong(10, read);
			return update.executeUpdate() == 1;
		}
	}

	private void remove(Record record) throws SQLException {
		long read = record.getRevision();
		String before = storedSha256(record, read);
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM mw_record WHERE id = ? AND revision = ?")) { //$NON-NLS-1$
			delete.setString(1, record.getId());
			delete.setLong(2, read);
			if (delete.executeUpdate() != 1) {
				throw conflict(record, read);
			}
		}
		Projections.delete(connection, record);
		AuditChain.append(connection, actor, now, Action.DELETE, record.eClass().getName(), record.getId(), read, before, null, null);
	}

	/** The stored document's hash, refusing with a conflict if the stored revision is not the one read. */
	private String storedSha256(Record record, long read) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT revision, document_sha256 FROM mw_record WHERE id = ?")) { //$NON-NLS-1$
			select.setString(1, record.getId());
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw new NotFoundException(record.eClass().getName(), record.getId());
				}
				if (row.getLong(1) != read) {
					throw conflict(record, read);
				}
				return row.getString(2);
			}
		}
	}

	private ConflictException conflict(Record record, long read) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT revision, modified_by_name, modified_at, document FROM mw_record WHERE id = ?")) { //$NON-NLS-1$
			select.setString(1, record.getId());
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw new NotFoundException(record.eClass().getName(), record.getId());
				}
				Record stored = Documents.parse(new Documents.Records(referenceResources(), this::document), record.eClass(), record.getId(),
						AuditChain.text(row.getClob(4)));
				return new ConflictException(record.eClass().getName(), record.getId(), read, row.getLong(1), row.getString(2),
						row.getTimestamp(3).toInstant(), Differences.between(record, stored));
			}
		}
	}

	private Documents.Reference referenceResources() {
		return records.reference();
	}

	/** A record changed in this session must be one of its own: loaded here, or brought in from elsewhere. */
	private void adoptForUpdate(Record record) {
		Resource resource = record.eResource();
		if (resource == null || resource.getResourceSet() != records) {
			Resource own = records.getResource(Documents.uriOf(record.eClass(), record.getId()), false);
			if (own == null) {
				own = records.createResource(Documents.uriOf(record.eClass(), record.getId()));
			}
			own.getContents().clear();
			own.getContents().add(record);
		}
	}

	private <R extends Record> R pendingOrStored(Class<R> type, String id) {
		for (Change change : changes) {
			if (type.isInstance(change.record()) && id.equals(change.record().getId())) {
				return type.cast(change.record());
			}
		}
		return find(type, id).orElseThrow(() -> Texts.refusal("record.noActingAgency", id)); //$NON-NLS-1$
	}

	/** The stored document of a record, or null. */
	private String document(String id) {
		try (PreparedStatement select = connection.prepareStatement("SELECT document FROM mw_record WHERE id = ?")) { //$NON-NLS-1$
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				return row.next() ? AuditChain.text(row.getClob(1)) : null;
			}
		} catch (SQLException e) {
			throw Texts.failure("record.unreadable", e, id, e.getMessage()); //$NON-NLS-1$
		}
	}

	private static short voided(Record record) {
		return (short) (record instanceof LegalRecord legal && legal.isVoided() ? 1 : 0);
	}

	static EClass eClassNamed(String name) {
		for (EPackage ePackage : ModelPackages.ALL) {
			if (ePackage.getEClassifier(name) instanceof EClass eClass) {
				return eClass;
			}
		}
		throw Texts.refusal("record.unknownClass", name); //$NON-NLS-1$
	}

	static EClass eClass(Class<?> type) {
		for (EPackage ePackage : ModelPackages.ALL) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass && eClass.getInstanceClass() == type) {
					return eClass;
				}
			}
		}
		throw new IllegalArgumentException(type.getName() + " is not a class of the Minewatch model"); //$NON-NLS-1$
	}
}
