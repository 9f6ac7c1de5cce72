package vn.luutru.report;

import java.time.LocalDate;

/** A document as the mục lục văn bản lists it, with the file it belongs to. */
record CatalogueDocument(String fileCode, String fileTitle, String codeNumber, String codeNotation,
		LocalDate issuedDate, String typeName, String subject, String organName, int sheetCount, int pageCount,
		String description) {

}
