package org.minewatch.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.minewatch.core.ChainHead;
import org.minewatch.core.RecordDocument;
import org.minewatch.core.Sha256;

/**
 * An exchange package: records and attachment bytes carried between databases that do not share one (a bureau
 * and an inspector's laptop, a mine and its regulator), as a zip with a manifest listing every entry with its
 * SHA-256 and the sender's audit-chain head. {@link #read} refuses a package that is truncated or whose content
 * does not match its manifest, saying which entry and why, before anything is imported. The checksums show
 * that a package arrived as it was written (not cut, not damaged, nothing added or changed by accident); they
 * are not a signature: whoever can write a package can write its manifest.
 *
 * <pre>
 * manifest.tsv                 minewatch-exchange 1; subject, sender, created, chain-head; one line per record (with
 *                              the SHA-256 of each version it had in the sender's database) and
 *                              per attachment's bytes; end with their numbers (a cut manifest has no end line)
 * records/&lt;Type&gt;/&lt;id&gt;.xmi    each record's document as the sender's store keeps it
 * content/&lt;sha256&gt;            each attachment's bytes
 * </pre>
 */
public record ExchangePackage(Header header, List<RecordDocument> records, Map<String, byte[]> contents) {

	/** What the package is about and who sent it when, with the sender's audit-chain head at that moment. */
	public record Header(String subjectType, String subjectId, String senderAgencyId, String senderName, Instant createdAt, ChainHead senderHead) {
	}

	static final String MANIFEST = "manifest.tsv"; //$NON-NLS-1$
	static final String FORMAT = "minewatch-exchange\t1"; //$NON-NLS-1$
	/** The largest entry read: a photo or a document is far smaller; a bigger one is refused unread. */
	static final int ENTRY_LIMIT = 256 * 1024 * 1024;

	public ExchangePackage {
		records = List.copyOf(records);
		contents = Map.copyOf(contents);
	}

	/** Writes the package to {@code zip}, completely or not at all (through a file beside it, moved into place). */
	public void write(Path zip) throws IOException {
		Path partial = zip.resolveSibling(zip.getFileName() + ".partial"); //$NON-NLS-1$
		try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream out = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
			put(out, MANIFEST, manifest().getBytes(StandardCharsets.UTF_8));
			for (RecordDocument record : records) {
				put(out, recordEntry(record.type(), record.id()), record.content().getBytes(StandardCharsets.UTF_8));
			}
			for (Map.Entry<String, byte[]> content : contents.entrySet()) {
				put(out, "content/" + content.getKey(), content.getValue()); //$NON-NLS-1$
			}
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(partial);
			throw e;
		}
		Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private String manifest() {
		StringBuilder manifest = new StringBuilder(FORMAT).append('\n');
		line(manifest, "subject", header.subjectType(), header.subjectId()); //$NON-NLS-1$
		line(manifest, "sender", header.senderAgencyId(), header.senderName()); //$NON-NLS-1$
		line(manifest, "created", header.createdAt().toString()); //$NON-NLS-1$
		line(manifest, "chain-head", header.senderHead().toString()); //$NON-NLS-1$
		for (RecordDocument record : records) {
			line(manifest, "record", record.type(), record.id(), String.valueOf(record.revision()), sha256(record.content().getBytes(StandardCharsets.UTF_8)), //$NON-NLS-1$
					String.join(",", record.history())); //$NON-NLS-1$
		}
		for (Map.Entry<String, byte[]> content : contents.entrySet()) {
			line(manifest, "content", content.getKey(), String.valueOf(content.getValue().length)); //$NON-NLS-1$
		}
		line(manifest, "end", String.valueOf(records.size()), String.valueOf(contents.size())); //$NON-NLS-1$
		return manifest.toString();
	}

	private static void line(StringBuilder manifest, String key, String... values) {
		manifest.append(key);
		for (String value : values) {
			manifest.append('\t').append(value == null ? "" : value.replaceAll("[\\t\\r\\n]", " ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		manifest.append('\n');
	}

	private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
		out.putNextEntry(new ZipEntry(name));
		out.write(bytes);
		out.closeEntry();
	}

	static String recordEntry(String type, String id) {
		return "records/" + type + "/" + id + ".xmi"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Reads and checks a package: every entry the manifest lists is there with the SHA-256 (and size) it gives, and
	 * nothing else is. Refused with {@link ExchangeException} naming the package, the entry and what is wrong.
	 */
	public static ExchangePackage read(Path zip) {
		String where = zip.getFileName().toString();
		try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
			ZipEntry manifestEntry = file.getEntry(MANIFEST);
			if (manifestEntry == null) {
				throw ExchangeException.refused("package.noManifest", where, MANIFEST); //$NON-NLS-1$
			}
			Manifest manifest = Manifest.parse(where, new String(bytes(file, manifestEntry, where), StandardCharsets.UTF_8));
			Set<String> listed = new HashSet<>(Set.of(MANIFEST));
			List<RecordDocument> records = new ArrayList<>();
			for (Manifest.Listed record : manifest.records()) {
				String name = recordEntry(record.type(), record.id());
				byte[] content = checked(file, name, record.sha256(), -1, where);
				listed.add(name);
				records.add(new RecordDocument(record.type(), record.id(), record.revision(), new String(content, StandardCharsets.UTF_8), record.history()));
			}
			Map<String, byte[]> contents = new LinkedHashMap<>();
			for (Map.Entry<String, Long> content : manifest.contents().entrySet()) {
				String name = "content/" + content.getKey(); //$NON-NLS-1$
				contents.put(content.getKey(), checked(file, name, content.getKey(), content.getValue(), where));
				listed.add(name);
			}
			for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements();) {
				String name = entries.nextElement().getName();
				if (!listed.contains(name)) {
					throw ExchangeException.refused("package.unlisted", where, name); //$NON-NLS-1$
				}
			}
			return new ExchangePackage(manifest.header(), records, contents);
		} catch (ZipException e) {
			throw ExchangeException.failed("package.notZip", e, where, e.getMessage()); //$NON-NLS-1$
		} catch (IOException e) {
			throw ExchangeException.failed("package.unreadable", e, where, e.getMessage()); //$NON-NLS-1$
		}
	}

	private static byte[] checked(ZipFile file, String name, String sha256, long size, String where) throws IOException {
		ZipEntry entry = file.getEntry(name);
		if (entry == null) {
			throw ExchangeException.refused("package.missing", where, name); //$NON-NLS-1$
		}
		byte[] content = bytes(file, entry, where);
		if (size >= 0 && content.length != size) {
			throw ExchangeException.refused("package.size", where, name, content.length, size); //$NON-NLS-1$
		}
		if (!sha256(content).equals(sha256)) {
			throw ExchangeException.refused("package.checksum", where, name); //$NON-NLS-1$
		}
		return content;
	}

	/** Reads an entry, refusing one larger than {@link #ENTRY_LIMIT} (a zip that would fill the memory). */
	private static byte[] bytes(ZipFile file, ZipEntry entry, String where) throws IOException {
		if (entry.getSize() > ENTRY_LIMIT) {
			throw tooLarge(where, entry);
		}
		try (InputStream in = file.getInputStream(entry)) {
			byte[] content = in.readNBytes(ENTRY_LIMIT + 1);
			if (content.length > ENTRY_LIMIT) {
				throw tooLarge(where, entry);
			}
			return content;
		} catch (ZipException | java.io.EOFException e) {
			throw ExchangeException.failed("package.damaged", e, where, entry.getName(), e.getMessage()); //$NON-NLS-1$
		}
	}

	private static ExchangeException tooLarge(String where, ZipEntry entry) {
		return ExchangeException.refused("package.tooLarge", where, entry.getName(), ENTRY_LIMIT / (1024 * 1024)); //$NON-NLS-1$
	}

	private static String sha256(byte[] bytes) {
		return Sha256.of(bytes);
	}
}
