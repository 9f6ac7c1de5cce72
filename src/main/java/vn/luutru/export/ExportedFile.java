package vn.luutru.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import vn.luutru.document.Document;
import vn.luutru.file.RecordFile;

/**
 * What one export holds: the file, its documents in chronological order, and the line
 * that says who printed it and when.
 */
record ExportedFile(RecordFile file, List<Document> documents, String printedLine) {

	/**
	 * Issue date first (undated last), then the document's number as a number where it is
	 * one ("2" before "10"), then the order of capture.
	 */
	static final Comparator<Document> CHRONOLOGICAL = Comparator
		.comparing(Document::issuedDate, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(ExportedFile::numberKey)
		.thenComparing(Document::codeNumber, Comparator.nullsLast(Comparator.<String>naturalOrder()))
		.thenComparingInt(Document::position);

	ExportedFile {
		documents = documents.stream().sorted(CHRONOLOGICAL).toList();
	}

	private static long numberKey(Document d) {
		String n = (d.codeNumber() != null) ? d.codeNumber().trim() : "";
		if (!n.isEmpty() && n.length() < 18 && n.chars().allMatch(Character::isDigit)) {
			return Long.parseLong(n);
		}
		return Long.MAX_VALUE;
	}

}
