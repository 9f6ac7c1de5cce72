package vn.luutru.receipt;

/**
 * What a SIP brings for one retention period (maintenance code 01–07).
 *
 * @param label the period in words, e.g. "Vĩnh viễn", "10 năm"
 */
public record PeriodTotal(String maintenanceCode, String label, int files, int documents, long bytes) {

}
