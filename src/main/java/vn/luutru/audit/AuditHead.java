package vn.luutru.audit;

record AuditHead(long lastEventId, String lastHash) {

}
