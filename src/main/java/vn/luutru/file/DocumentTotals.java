package vn.luutru.file;

/** Documents, sheets and pages of a file, counted from its documents. */
public record DocumentTotals(int documents, int sheets, int pages) {

}
