package vn.luutru.destruction;

/**
 * The appraisal council's decision on one file: DESTROY, or EXTEND with a new retention
 * (a maintenance code, and years for code 07).
 */
public record CouncilDecision(long fileId, String decision, String maintenanceCode, Integer years, String note) {

}
