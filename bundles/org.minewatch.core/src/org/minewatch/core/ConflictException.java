package org.minewatch.core;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A write refused because someone stored the record after it was read: nothing was overwritten.
 * It names the record, who changed it and when, and each field where the two versions differ.
 */
public class ConflictException extends StoreException {

	private static final long serialVersionUID = 1L;

	/** A field where the stored version ({@code theirs}) and the refused one ({@code yours}) differ. */
	public record FieldDifference(String path, Object yours, Object theirs) {
	}

	private final String recordType;
	private final String recordId;
	private final long yourRevision;
	private final long storedRevision;
	private final String changedBy;
	private final Instant changedAt;
	private final List<FieldDifference> differences;

	public ConflictException(String recordType, String recordId, long yourRevision, long storedRevision, String changedBy, Instant changedAt,
			List<FieldDifference> differences) {
		super("store.conflict", CoreTexts.format("conflict", recordType, recordId, changedBy, String.valueOf(changedAt), storedRevision, yourRevision, //$NON-NLS-1$ //$NON-NLS-2$
				differences.stream().map(d -> CoreTexts.format("conflict.field", d.path(), d.yours(), d.theirs())).collect(Collectors.joining("; ")))); //$NON-NLS-1$ //$NON-NLS-2$
		this.recordType = recordType;
		this.recordId = recordId;
		this.yourRevision = yourRevision;
		this.storedRevision = storedRevision;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.differences = List.copyOf(differences);
	}

	public String recordType() {
		return recordType;
	}

	public String recordId() {
		return recordId;
	}

	public long yourRevision() {
		return yourRevision;
	}

	public long storedRevision() {
		return storedRevision;
	}

	public String changedBy() {
		return changedBy;
	}

	public Instant changedAt() {
		return changedAt;
	}

	public List<FieldDifference> differences() {
		return differences;
	}
}
