package vn.luutru.transfer.pkg;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link TransferPackageWriter} wrote, for the transfer list and the handover
 * minutes.
 *
 * @param packageId the batch's package id
 * @param packages file code → OBJID (and root folder) of that file's package, in order
 * @param entries every file in the zip with the SHA-256 and size of its bytes
 * @param documentSha256 docCode → SHA-256 of the content, computed while streaming it
 * @param totalSize bytes of the zip
 * @param zipSha256 SHA-256 of the zip itself
 */
public record PackageManifest(String packageId, Map<String, String> packages, List<Entry> entries,
		Map<String, String> documentSha256, long totalSize, String zipSha256) {

	public PackageManifest {
		packages = Collections.unmodifiableMap(new LinkedHashMap<>(packages));
		entries = List.copyOf(entries);
		documentSha256 = Collections.unmodifiableMap(new LinkedHashMap<>(documentSha256));
	}

	/**
	 * A file in the zip.
	 *
	 * @param path its path in the zip, starting with the package folder
	 * @param sha256 lower-case hex
	 */
	public record Entry(String path, String sha256, long size) {

	}

}
