package vn.luutru.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain: each event's hash covers its own fields and the previous event's hash, so
 * that changing or removing any event breaks every hash after it.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(AuditEvent e) {
		String canonical = String.join("\u001f", String.valueOf(e.occurredAt().getEpochSecond()), e.actor(), e.action(),
				e.entityType(), e.entityId(), String.valueOf(e.agencyId()), String.valueOf(e.details()), e.prevHash());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
