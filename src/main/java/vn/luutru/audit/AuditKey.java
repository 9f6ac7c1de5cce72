package vn.luutru.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC-SHA-256 key of the audit chain. Its id (the first 8 hex digits of the key's
 * SHA-256) is stored with every event it signs, so that a retired key still verifies the
 * events it signed and the key itself never reaches the database.
 */
final class AuditKey {

	static final String ALGORITHM = "HmacSHA256";

	private final String id;

	private final SecretKeySpec spec;

	private AuditKey(String id, SecretKeySpec spec) {
		this.id = id;
		this.spec = spec;
	}

	static AuditKey of(byte[] secret) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("an audit key needs at least 128 bits, got " + secret.length * 8);
		}
		try {
			String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret)).substring(0, 8);
			return new AuditKey(id, new SecretKeySpec(secret, ALGORITHM));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String id() {
		return this.id;
	}

	/**
	 * Hex HMAC-SHA-256 of the text; a Mac per call is cheap next to the insert it joins.
	 */
	String sign(String text) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.spec);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The key's bytes, only to write them into a key file. */
	byte[] secret() {
		return this.spec.getEncoded();
	}

	@Override
	public String toString() {
		return "AuditKey[" + this.id + "]";
	}

}
