package vn.luutru.access;

import java.time.Instant;

/**
 * A file of a request, with its access mode when asked for.
 *
 * @param revokedAt when a grant of the file to the reader was last revoked before this
 * request (null if never): such a file waits for the approver even when public
 * @param revokeReason why it was revoked
 */
public record RequestedFile(Long fileId, String fileCode, String title, String accessMode, Instant revokedAt,
		String revokeReason) {

}
