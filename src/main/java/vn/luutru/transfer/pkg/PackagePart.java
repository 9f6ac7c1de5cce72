package vn.luutru.transfer.pkg;

/**
 * A zip written to be joined with others ({@link ZipJoin}).
 *
 * @param manifest what it holds
 * @param entriesSize bytes before its central directory: its entries, copied as they are
 * into the joined zip
 */
public record PackagePart(PackageManifest manifest, long entriesSize) {

}
