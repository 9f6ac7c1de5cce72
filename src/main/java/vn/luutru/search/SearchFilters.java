package vn.luutru.search;

/**
 * What a user asks for: the search text and the filters, as sent (the service checks
 * them).
 *
 * @param q words, "phrases" and beginnings* to find
 * @param agencyCode the owning agency's code
 * @param year the file's year
 * @param maintenanceCode the retention code (01..07)
 * @param status the file's state ({@code vn.luutru.file.FileStatus})
 * @param accessMode the access mode (01 public, 02 conditional, 03 secret)
 * @param documentType a type of document the file holds (01..)
 * @param sort the order ({@link SearchSort}), newest first when not given
 */
public record SearchFilters(String q, String agencyCode, Integer year, String maintenanceCode, String status,
		String accessMode, String documentType, String sort) {

}
