package vn.luutru.file;

/**
 * Published inside the transaction that closes a file, so that whatever the lifecycle
 * does next (appraisal) starts in the same transaction or not at all.
 */
public record FileClosed(long fileId, String fileCode, String agencyCode) {

}
