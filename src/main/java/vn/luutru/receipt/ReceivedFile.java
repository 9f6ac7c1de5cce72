package vn.luutru.receipt;

/**
 * A record file a receipt registered, with the AIP written for it.
 *
 * @param fileId the file in the archive's holdings
 * @param aipSha256 the AIP's SHA-256 in the content store
 */
public record ReceivedFile(String fileCode, long fileId, int documents, String aipPackageId, String aipSha256,
		long aipSize) {

}
