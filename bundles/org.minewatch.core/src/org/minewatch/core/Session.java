package org.minewatch.core;

import java.util.Optional;

import org.minewatch.model.base.LegalRecord;
import org.minewatch.model.base.Record;
import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.refdata.ReferenceData;

/**
 * What a unit of work can do. Records are aggregates (a mine with its history, areas and licences;
 * a hazard with its 五落实, acceptances and transitions); other aggregates and reference data are
 * referenced, and load when first touched.
 */
public interface Session {

	/** The record of this type and id; refused with {@link NotFoundException} if there is none. */
	<R extends Record> R get(Class<R> type, String id);

	<R extends Record> Optional<R> find(Class<R> type, String id);

	/** Stores a new record: gives it a UUID if it has none, the actor's agency as owner if none, revision 1. */
	<R extends Record> R create(R record);

	/**
	 * Stores the changed record when the unit of work ends (its revision moves on then); the write is
	 * refused with {@link ConflictException} if someone stored the record since it was read.
	 */
	<R extends Record> R update(R record);

	/** Deletes a record that is not a legal record; legal records are voided or superseded instead. */
	void delete(Record record);

	/** Voids a legal record with a reason; it stays, marked void. */
	<R extends LegalRecord> R voidRecord(R record, String reason);

	/** Supersedes {@code old} by {@code replacement} (stored as new) with a reason. */
	<R extends LegalRecord> R supersede(R old, R replacement, String reason);

	/** Records of a type that match {@code query}, a page at a time in the query's order. */
	<R extends Record> Page<R> query(Query<R> query, PageRequest page);

	/** The index rows of the records that match {@code query}, a page at a time, without loading their documents. */
	<R extends Record> Page<IndexRow> rows(Query<R> query, PageRequest page);

	/**
	 * How many records match {@code query}, by the value of an indexed field (an enum's name, a date, an id,
	 * a text; null for records without one): the figures of a dashboard, counted by the database.
	 */
	<R extends Record> java.util.Map<Object, Long> countBy(Query<R> query, String field);

	/**
	 * Compares an index row shown to a person (from {@link #rows}) with what the record's stored document
	 * derives, field by field: empty when they agree. For a page of rows whose documents the caller reads
	 * anyway (a board opening its hazards), so that an index row changed behind the store's back is reported,
	 * not shown as the truth. The differences are also logged.
	 */
	<R extends Record> java.util.List<RowDifference> indexDifferences(Class<R> type, IndexRow shown);

	/** Stores an attachment's bytes under their SHA-256 and the attachment record with that hash. */
	Attachment attach(Attachment attachment, byte[] content);

	/** The bytes of an attachment, checked against its SHA-256. */
	byte[] content(Attachment attachment);

	/**
	 * The stored document of a record (as last committed) with its history here, to carry to another database;
	 * refused if there is none.
	 */
	RecordDocument document(Class<? extends Record> type, String id);

	/**
	 * Writes a record received from another database as its sender stored it: the same id, revision and document.
	 * A record new here is added; one whose version here is in the sender's history (the sender's grew from it) is
	 * replaced; the same version changes nothing; a sender's version that is in the history here (ours grew from
	 * it) is kept as it is here. Any other is refused ({@link StoreException}): the two databases changed the
	 * record apart.
	 */
	RecordDocument.Received receive(RecordDocument document);

	/** Stores bytes received with an attachment under their SHA-256; refused if they do not match it. */
	void receiveContent(String sha256, byte[] content);

	/** The reference data the records refer to. */
	ReferenceData reference();

	/** The actor of this unit of work. */
	Actor actor();
}
