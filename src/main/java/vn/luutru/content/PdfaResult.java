package vn.luutru.content;

/**
 * The outcome of a PDF/A check.
 *
 * @param status COMPLIANT, NON_COMPLIANT or NOT_PDFA (a PDF that claims no PDF/A part)
 * @param flavour the PDF/A flavour checked against, e.g. "2b"; null for NOT_PDFA
 * @param summary a short human-readable summary (failed rules), at most 2000 characters
 */
public record PdfaResult(String status, String flavour, String summary) {

}
