package vn.luutru.exchange;

import java.time.Instant;

/**
 * One request to export files to the national archive database, and how far it got.
 *
 * @param filesDone files exported
 * @param filesFailed files whose package could not be written (see
 * {@link NationalExportView#failed()})
 */
public record NationalExportRun(Long id, String requestedBy, Instant requestedAt, NationalExportStatus status,
		int filesTotal, int filesDone, int filesFailed) {

}
