package vn.luutru.search;

/** A search to save: its name and the filters of {@link SearchFilters}. */
record SavedSearchRequest(String name, String q, String agencyCode, Integer year, String maintenanceCode, String status,
		String accessMode, String documentType, String sort) {

	SearchFilters filters() {
		return new SearchFilters(this.q, this.agencyCode, this.year, this.maintenanceCode, this.status, this.accessMode,
				this.documentType, this.sort);
	}

}
