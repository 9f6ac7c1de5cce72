package vn.luutru.retention;

import java.time.Instant;

/**
 * An agency a sweep left out, and the earlier batch it waits on: that batch's first step
 * has not claimed its files yet (not run yet, or failing before its claim commits: see
 * its process in Cockpit).
 */
public record SkippedAgency(String agencyCode, String agencyName, String waitingBatchCode, String waitingBatchKind,
		String waitingBatchProcessInstanceId, Instant waitingSince) {

}
