package vn.luutru.transfer.pkg;

/**
 * A document's content as written into the package.
 *
 * @param path relative to the representation folder, e.g. {@code data/<docCode>.pdf}
 * @param sha256 computed while streaming, lower-case hex
 */
record DataFile(PackageDocument doc, String path, String sha256, long size) {

}
