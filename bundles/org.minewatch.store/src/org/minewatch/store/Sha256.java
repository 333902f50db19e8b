package org.minewatch.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex, the algorithm the audit chain records with every entry. */
final class Sha256 {

	static final String ALGORITHM = "SHA-256"; //$NON-NLS-1$

	static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	static String of(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private Sha256() {
	}
}
