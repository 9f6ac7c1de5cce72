package vn.luutru.transfer.pkg;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to package: the record files of one transfer batch.
 *
 * @param packageId the batch's package id, e.g. {@code uuid-<UUID>}; the OBJID of each
 * record file's package is derived from it (see
 * {@link TransferPackageWriter#packageIdOf})
 * @param submittingAgency the agency handing the files over
 * @param archive the receiving archive (name and code)
 * @param batchCode the transfer batch (registration) code, recorded as the submission
 * agreement reference
 * @param createdAt when the packages are created
 * @param softwareName the creating software, "LuuTru"
 * @param events events of the whole package besides its creation, recorded in an AIP's
 * package PREMIS (none for a transfer's package)
 */
public record PackageRequest(String packageId, PackageType type, Agency submittingAgency, Agency archive,
		String batchCode, Instant createdAt, String softwareName, String softwareVersion, List<PackageFile> files,
		List<PreservationEvent> events) {

	/** A package with no event but its creation. */
	public PackageRequest(String packageId, PackageType type, Agency submittingAgency, Agency archive, String batchCode,
			Instant createdAt, String softwareName, String softwareVersion, List<PackageFile> files) {
		this(packageId, type, submittingAgency, archive, batchCode, createdAt, softwareName, softwareVersion, files,
				List.of());
	}

	public PackageRequest {
		events = (events != null) ? List.copyOf(events) : List.of();
		Objects.requireNonNull(packageId, "packageId");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(submittingAgency, "submittingAgency");
		Objects.requireNonNull(archive, "archive");
		Objects.requireNonNull(batchCode, "batchCode");
		Objects.requireNonNull(createdAt, "createdAt");
		Objects.requireNonNull(softwareName, "softwareName");
		Objects.requireNonNull(softwareVersion, "softwareVersion");
		files = List.copyOf(files);
		if (files.isEmpty()) {
			throw new IllegalArgumentException("Nothing to package in " + packageId);
		}
		Set<String> fileCodes = new HashSet<>();
		Set<String> docCodes = new HashSet<>();
		for (PackageFile file : files) {
			if (!fileCodes.add(file.fileCode())) {
				throw new IllegalArgumentException("File " + file.fileCode() + " is listed twice");
			}
			for (PackageDocument doc : file.documents()) {
				if (!docCodes.add(doc.docCode())) {
					throw new IllegalArgumentException("Document " + doc.docCode() + " is listed twice");
				}
			}
		}
	}

}
