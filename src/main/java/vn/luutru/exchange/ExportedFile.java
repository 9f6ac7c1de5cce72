package vn.luutru.exchange;

import java.time.Instant;

/** A file exported to the national archive database, with the package handed over. */
public record ExportedFile(Long id, Long fileId, Long agencyId, String fileCode, String objectId, String packageSha256,
		Long packageSize, Instant exportedAt, String exportedBy) {

}
