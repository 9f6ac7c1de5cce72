package vn.luutru.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain: each event's hash covers its own fields and the previous event's hash, so
 * that changing or removing any event breaks every hash after it. Since V12 the hash is
 * an HMAC with a key held outside the database, so that someone who can write the
 * database cannot re-hash a rewritten tail; events written before keep their plain
 * SHA-256 and the key id {@link #LEGACY}.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	/** Key id of the events hashed with plain SHA-256, before the chain was keyed. */
	static final String LEGACY = "sha256";

	private AuditHash() {
	}

	/** Plain SHA-256, for events written before the chain was keyed. */
	static String of(AuditEvent e) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * HMAC of the event; the key id is signed too, so that an event cannot be passed off
	 * as signed with another key.
	 */
	static String signed(AuditKey key, AuditEvent e) {
		return key.sign(canonical(e) + "\u001f" + key.id());
	}

	/**
	 * HMAC of the head row: without the key, nobody can roll the head back to an earlier
	 * event after deleting the latest ones.
	 */
	static String head(AuditKey key, long lastEventId, String lastHash) {
		return key.sign("head\u001f" + lastEventId + "\u001f" + lastHash + "\u001f" + key.id());
	}

	private static String canonical(AuditEvent e) {
		return String.join("\u001f", String.valueOf(e.occurredAt().getEpochSecond()), e.actor(), e.action(),
				e.entityType(), e.entityId(), String.valueOf(e.agencyId()), String.valueOf(e.details()), e.prevHash());
	}

}
