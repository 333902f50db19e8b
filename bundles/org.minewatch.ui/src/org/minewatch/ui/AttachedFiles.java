package org.minewatch.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.minewatch.model.inspection.Attachment;
import org.minewatch.model.inspection.AttachmentKind;
import org.minewatch.model.inspection.InspectionFactory;

/** A file a person attaches (a photo or a document) as the attachment that describes it; its bytes are stored apart. */
public final class AttachedFiles {

	/** The attachment of a file: a new id, its name, media type, kind (a photo when it is an image) and when it was taken. */
	public static Attachment describe(Path file) throws IOException {
		Attachment attachment = InspectionFactory.eINSTANCE.createAttachment();
		attachment.setId(UUID.randomUUID().toString());
		String name = file.getFileName().toString();
		attachment.setFileName(name);
		String type = Files.probeContentType(file);
		attachment.setMediaType(type);
		attachment.setKind(type != null && type.startsWith("image/") || isImageName(name) ? AttachmentKind.PHOTO : AttachmentKind.DOCUMENT); //$NON-NLS-1$
		attachment.setTakenAt(Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis()));
		return attachment;
	}

	private static boolean isImageName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".png") || lower.endsWith(".gif") || lower.endsWith(".bmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private AttachedFiles() {
	}
}
