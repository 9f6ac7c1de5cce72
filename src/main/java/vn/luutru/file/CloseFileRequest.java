package vn.luutru.file;

import java.time.LocalDate;

/**
 * Closes a file when its work has ended; the end date defaults to its latest document.
 */
public record CloseFileRequest(LocalDate endDate) {

}
