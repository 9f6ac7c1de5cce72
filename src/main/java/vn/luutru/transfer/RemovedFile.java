package vn.luutru.transfer;

/** A file the agency head took off the transfer list, and why. */
public record RemovedFile(long fileId, String reason) {

}
