package vn.luutru.audit;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rotating the audit key: a new current key, and an AUDIT_KEY_ROTATED event in the chain
 * (signed with the new key, naming the old and the new key id). Done on an admin's
 * request, or at start when the configured key is not the one that signed the chain last
 * (a key changed in the configuration, the old one kept among the retired keys).
 */
@Component
class AuditKeyRotation {

	private static final Logger log = LoggerFactory.getLogger(AuditKeyRotation.class);

	private final AuditKeys keys;

	private final AuditService audit;

	AuditKeyRotation(AuditKeys keys, AuditService audit) {
		this.keys = keys;
		this.audit = audit;
	}

	@EventListener(ApplicationReadyEvent.class)
	void adoptConfiguredKey() {
		this.audit.adoptCurrentKey()
			.ifPresent((from) -> log.info("Audit chain now signed with key {} instead of {}", this.keys.current().id(),
					from));
	}

	AuditKeyRotated rotate() throws IOException {
		AuditKey next = this.keys.rotate();
		String from = this.audit.adoptCurrentKey().orElse(null);
		return new AuditKeyRotated(from, next.id());
	}

	/** The answer of a rotation: the key ids before and after. */
	record AuditKeyRotated(String fromKeyId, String toKeyId) {

	}

}
