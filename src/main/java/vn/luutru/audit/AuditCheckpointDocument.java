package vn.luutru.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The checkpoint file: the head of the chain at one moment, signed with the audit key.
 * {@code previous} is the SHA-256 of the checkpoint before it, so that checkpoints form a
 * chain of their own and a deleted one shows. Anyone holding the key can check a
 * downloaded copy: the signature is the hex HMAC-SHA-256 of {@link #signedText()}.
 */
@JsonPropertyOrder({ "eventId", "hash", "count", "keyId", "createdAt", "previous", "signature" })
@JsonInclude(JsonInclude.Include.ALWAYS)
record AuditCheckpointDocument(long eventId, String hash, long count, String keyId, String createdAt, String previous,
		String signature) {

	/** The fields before the signature, one line each. */
	String signedText() {
		return "luutru-audit-checkpoint\n" + this.eventId + "\n" + this.hash + "\n" + this.count + "\n" + this.keyId
				+ "\n" + this.createdAt + "\n" + this.previous;
	}

	AuditCheckpointDocument signedWith(AuditKey key) {
		AuditCheckpointDocument unsigned = new AuditCheckpointDocument(this.eventId, this.hash, this.count, key.id(),
				this.createdAt, this.previous, null);
		return new AuditCheckpointDocument(this.eventId, this.hash, this.count, key.id(), this.createdAt, this.previous,
				key.sign(unsigned.signedText()));
	}

	boolean signatureValid(AuditKey key) {
		return key.id().equals(this.keyId) && key.sign(signedText()).equals(this.signature);
	}

}
