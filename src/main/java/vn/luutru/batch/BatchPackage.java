package vn.luutru.batch;

/**
 * One record file's E-ARK package in a transfer batch's zip: where its entries lie in
 * that zip, and the package as a zip of its own (its SHA-256 and size).
 */
public record BatchPackage(long fileId, String fileCode, String objectId, long entriesOffset, long entriesSize,
		String sha256, long size, int documents) {

}
