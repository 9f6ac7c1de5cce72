package vn.luutru.audit;

/**
 * The head row: the last event, and since V12 the key that signed the row and its HMAC.
 */
record AuditHead(long lastEventId, String lastHash, String keyId, String mac) {

}
