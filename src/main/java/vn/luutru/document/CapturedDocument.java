package vn.luutru.document;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A document just captured, with what the clerk should know about it: the documents of
 * the agency already kept with the same number, notation and issuing organ (Decree
 * 30/2020 Annex VI III.1.h). A possible duplicate is flagged, not refused: a copy filed
 * in two files is sometimes right.
 *
 * @param duplicateOf the codes of those documents; null when none
 * @param duplicateWarning the flag in Vietnamese then English; null when none
 */
public record CapturedDocument(@JsonUnwrapped Document document, List<String> duplicateOf, String duplicateWarning) {

}
