package vn.luutru.hold;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * Freezes files by id, or by query (year and/or plan item within the agency); a reason is
 * required.
 */
public record HoldRequest(@Size(max = 2000) String reason, List<Long> fileIds, String agencyCode, Integer year,
		Long planItemId, LocalDate heldUntil) {

}
