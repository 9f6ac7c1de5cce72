package vn.luutru.search;

import java.time.Instant;

/** A search one user saved under a name; nobody else sees it. */
public record SavedSearch(long id, String name, String q, String agencyCode, Integer fileYear, String maintenanceCode,
		String status, String accessMode, String documentType, String sort, Instant createdAt, Instant updatedAt) {

	SearchFilters filters() {
		return new SearchFilters(this.q, this.agencyCode, this.fileYear, this.maintenanceCode, this.status,
				this.accessMode, this.documentType, this.sort);
	}

}
