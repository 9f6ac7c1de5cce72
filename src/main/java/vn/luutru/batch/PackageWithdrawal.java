package vn.luutru.batch;

import java.time.Instant;

/**
 * A transfer package the historical archive accepted but never took into custody: every
 * file in it was put on hold before the change of custody. The package stays in the
 * content store (the audit names its checksum); the note tells the archive why.
 */
public record PackageWithdrawal(Instant withdrawnAt, String note) {

}
