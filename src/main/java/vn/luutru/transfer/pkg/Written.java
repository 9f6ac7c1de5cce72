package vn.luutru.transfer.pkg;

/**
 * A metadata or schema file written into the package, as a METS file refers to it.
 *
 * @param href relative to the folder of the METS file that lists it
 * @param sha256 lower-case hex
 */
record Written(String href, String sha256, long size) {

}
