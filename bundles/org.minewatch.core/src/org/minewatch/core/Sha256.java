package org.minewatch.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lower-case hex: the audit chain's algorithm, recorded with every entry, and exchange packages' checksums. */
public final class Sha256 {

	public static final String ALGORITHM = "SHA-256"; //$NON-NLS-1$

	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String of(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance(ALGORITHM).digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private Sha256() {
	}
}
