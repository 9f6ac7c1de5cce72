package vn.luutru.receipt;

/**
 * Where a received SIP stands (Circular 05/2025 Art. 23.2: the depositor sees it).
 * RECEIVED: uploaded, its ZIP safe, being validated. VALIDATED: schema, checksums and the
 * E-ARK validator found nothing wrong; waits for the historical archive's decision.
 * REGISTERING: accepted by the archive, its files and documents being registered a chunk
 * at a time (progress in the view). ACCEPTED: registered into the archive's holdings, an
 * AIP written for each file. REJECTED: refused, with the reason (the validation errors,
 * or the archivist's reason).
 */
public enum ReceiptStatus {

	RECEIVED, VALIDATED, REGISTERING, ACCEPTED, REJECTED

}
