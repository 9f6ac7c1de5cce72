package vn.luutru.access;

import java.util.List;

/**
 * What a reader asks: files by their codes (as the catalogue shows them), the purpose
 * code and what the use is for.
 */
public record AskRequest(List<String> fileCodes, String purpose, String purposeContent) {

}
