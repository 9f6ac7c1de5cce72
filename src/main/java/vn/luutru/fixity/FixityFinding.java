package vn.luutru.fixity;

import java.time.Instant;

import vn.luutru.content.ContentCopy;
import vn.luutru.content.CopyCheck.CopyState;

/**
 * One damaged or missing copy found by a cycle: which object and copy, the checksum
 * expected (the object's name) and the one found, when, and what became of it.
 */
public record FixityFinding(long id, long cycleId, String contentSha256, ContentCopy copyName, CopyState finding,
		String actualSha256, Long actualSize, Instant foundAt, FindingOutcome outcome, Instant repairedAt,
		Long incidentId) {

}
