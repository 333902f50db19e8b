package org.minewatch.core.exchange;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minewatch.core.ChainHead;
import org.minewatch.core.exchange.ExchangePackage.Header;

/** The manifest of an exchange package as read, each line checked; a refusal names the line. */
record Manifest(Header header, List<Listed> records, Map<String, Long> contents) {

	/** A record the manifest lists, with the SHA-256 of each version it had in the sender's database. */
	record Listed(String type, String id, long revision, String sha256, List<String> history) {
	}

	static Manifest parse(String where, String text) {
		String[] lines = text.split("\n", -1); //$NON-NLS-1$
		if (!ExchangePackage.FORMAT.equals(lines[0])) {
			throw ExchangeException.refusedAt(where, 1, "manifest.format", ExchangePackage.FORMAT.replace('\t', ' ')); //$NON-NLS-1$
		}
		Map<String, String[]> header = new LinkedHashMap<>();
		List<Listed> records = new ArrayList<>();
		Map<String, Long> contents = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		boolean ended = false;
		for (int i = 1; i < lines.length && !ended; i++) {
			if (lines[i].isEmpty()) {
				continue;
			}
			String[] fields = lines[i].split("\t", -1); //$NON-NLS-1$
			int line = i + 1;
			try {
				switch (fields[0]) {
				case "record" -> { //$NON-NLS-1$
					require(fields, 6, where, line);
					if (!ids.add(fields[2])) {
						throw ExchangeException.refusedAt(where, line, "manifest.twice", fields[2]); //$NON-NLS-1$
					}
					List<String> history = List.of(fields[5].split(",")); //$NON-NLS-1$
					if (!history.get(history.size() - 1).equals(fields[4])) {
						throw ExchangeException.refusedAt(where, line, "manifest.history", fields[2]); //$NON-NLS-1$
					}
					records.add(new Listed(fields[1], fields[2], Long.parseLong(fields[3]), fields[4], history));
				}
				case "content" -> { //$NON-NLS-1$
					require(fields, 3, where, line);
					contents.put(fields[1], Long.parseLong(fields[2]));
				}
				case "end" -> { //$NON-NLS-1$
					require(fields, 3, where, line);
					if (Integer.parseInt(fields[1]) != records.size() || Integer.parseInt(fields[2]) != contents.size()) {
						throw ExchangeException.refusedAt(where, line, "manifest.counts", fields[1], fields[2], records.size(), contents.size()); //$NON-NLS-1$
					}
					ended = true;
				}
				case "subject", "sender", "created", "chain-head" -> header.put(fields[0], fields); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				default -> throw ExchangeException.refusedAt(where, line, "manifest.unknownLine", fields[0]); //$NON-NLS-1$
				}
			} catch (NumberFormatException e) {
				throw ExchangeException.refusedAt(where, line, "manifest.notANumber", e.getMessage()); //$NON-NLS-1$
			}
		}
		if (!ended) {
			throw ExchangeException.refused("manifest.noEnd", where, ExchangePackage.MANIFEST); //$NON-NLS-1$
		}
		for (String key : List.of("subject", "sender", "created", "chain-head")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (!header.containsKey(key) || header.get(key).length < 2) {
				throw ExchangeException.refused("manifest.noHeaderLine", where, ExchangePackage.MANIFEST, key); //$NON-NLS-1$
			}
		}
		try {
			String[] subject = header.get("subject"); //$NON-NLS-1$
			String[] sender = header.get("sender"); //$NON-NLS-1$
			return new Manifest(new Header(subject[1], subject.length > 2 ? subject[2] : null, sender[1], sender.length > 2 ? sender[2] : null,
					Instant.parse(header.get("created")[1]), ChainHead.parse(header.get("chain-head")[1])), records, contents); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (DateTimeParseException | IllegalArgumentException e) {
			throw ExchangeException.failed("manifest.header", e, where, ExchangePackage.MANIFEST, e.getMessage()); //$NON-NLS-1$
		}
	}

	private static void require(String[] fields, int count, String where, int line) {
		if (fields.length < count) {
			throw ExchangeException.refusedAt(where, line, "manifest.fields", fields[0], fields.length - 1, count - 1); //$NON-NLS-1$
		}
	}
}
