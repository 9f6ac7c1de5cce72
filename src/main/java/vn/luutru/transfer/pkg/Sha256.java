package vn.luutru.transfer.pkg;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, in lower-case hex in Java and upper-case hex in METS and PREMIS. */
public final class Sha256 {

	static final String METS_TYPE = "SHA-256";

	static final int BUFFER = 64 * 1024;

	private Sha256() {
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

	static String hex(byte[] digest) {
		return HexFormat.of().formatHex(digest);
	}

	/** Lower-case hex of the bytes' SHA-256. */
	public static String of(byte[] bytes) {
		return hex(digest().digest(bytes));
	}

	/**
	 * The form written into METS CHECKSUM and PREMIS messageDigest, as the circular's
	 * sample.
	 */
	static String declared(String hex) {
		return hex.toUpperCase(java.util.Locale.ROOT);
	}

}
