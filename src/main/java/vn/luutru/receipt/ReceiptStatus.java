package vn.luutru.receipt;

/**
 * Where a received SIP stands (Circular 05/2025 Art. 23.2: the depositor sees it).
 * RECEIVED: uploaded, its ZIP safe, being validated. VALIDATED: schema, checksums and the
 * E-ARK validator found nothing wrong; waits for the historical archive's decision.
 * ACCEPTED: registered into the archive's holdings, an AIP written for each file.
 * REJECTED: refused, with the reason (the validation errors, or the archivist's reason).
 */
public enum ReceiptStatus {

	RECEIVED, VALIDATED, ACCEPTED, REJECTED

}
