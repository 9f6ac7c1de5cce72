package vn.luutru.destruction;

import java.time.LocalDate;

/**
 * The agency head's decision to destroy as recorded when the task completed.
 *
 * @param number e.g. "15/QĐ-SNV"
 * @param date the day it was signed
 * @param decidedBy the head's user id
 */
record RecordedDecision(String number, LocalDate date, String decidedBy) {

}
