package vn.luutru.transfer.pkg;

import java.time.Instant;
import java.util.Objects;

/**
 * An event of the whole package, besides its creation, that an AIP's package PREMIS
 * records: e.g. the validation, fixity check and ingestion of a SIP received from outside
 * (vn.luutru.receipt). Done by the receiving archive, run by the software.
 *
 * @param type from the Library of Congress event type vocabulary, e.g. "validation",
 * "fixity check", "ingestion"
 * @param detail what was done, in Vietnamese
 * @param outcomeNote may be null
 */
public record PreservationEvent(String type, Instant at, String detail, String outcomeNote) {

	public PreservationEvent {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(detail, "detail");
	}

}
